import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app';
import { useUiStore } from '../../src/stores/ui-store';
import { latestTimeline } from '../fakes/fake-timeline';
import { irkutskSummit, sampleDataFiles } from '../fixtures/events';
import { renderWithProviders, stubDataFiles } from '../test-utils';

vi.mock('vis-timeline/esnext', () => import('../fakes/fake-timeline'));
// The event panel breaks while rendering, as a bug in it would.
vi.mock('../../src/features/events/components/event-panel', () => ({
  EventPanel: () => {
    throw new Error('panel bug');
  },
}));

describe('error boundaries', () => {
  it('contain a failing panel so the timeline and lists stay usable', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    stubDataFiles(sampleDataFiles());
    const { user } = renderWithProviders(<App />);
    await screen.findByRole('region', { name: '会談の年表' });

    act(() => useUiStore.getState().selectEvent(irkutskSummit.id));

    expect(await screen.findByRole('alert')).toHaveTextContent('この部分を表示できませんでした。');
    expect(screen.getByRole('region', { name: '会談の年表' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: '文書・合意' })).toBeInTheDocument();
    expect(latestTimeline().textsOf('event')).toHaveLength(3);
    // The rest still responds: switching language works.
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('region', { name: 'Timeline of meetings' })).toBeInTheDocument();
  });
});
