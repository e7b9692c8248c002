/**
 * The whole app, rendered with its providers over stubbed data files, once
 * the timeline region is there. Tests that use it mock vis-timeline first.
 */
import { screen } from '@testing-library/react';
import { App } from '../src/app/app';
import { sampleDataFiles } from './fixtures/events';
import { renderWithProviders, stubDataFiles } from './test-utils';

export async function renderLoadedApp({
  files = sampleDataFiles(),
  embed = false,
}: { files?: Record<string, unknown>; embed?: boolean } = {}) {
  stubDataFiles(files);
  const view = renderWithProviders(<App embed={embed} />);
  await screen.findByRole('region', { name: '会談の年表' });
  return view;
}
