import { act, screen, within } from '@testing-library/react';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app';
import { useUiStore } from '../../src/stores/ui-store';
import { irkutskSummit, sampleDataFiles, sampleEvents, tokyoVenue } from '../fixtures/events';
import { renderLoadedApp } from '../render-app';
import { renderWithProviders, stubDataFiles } from '../test-utils';

vi.mock('vis-timeline/esnext', () => import('../fakes/fake-timeline'));

const original = {
  createObjectURL: URL.createObjectURL.bind(URL),
  revokeObjectURL: URL.revokeObjectURL.bind(URL),
};
let downloads: { name: string; blob: Blob }[] = [];

beforeEach(() => {
  downloads = [];
  let blob: Blob | undefined;
  Object.assign(URL, {
    createObjectURL: (made: Blob) => {
      blob = made;
      return 'blob:test';
    },
    revokeObjectURL: () => undefined,
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    if (blob) downloads.push({ name: this.download, blob });
  });
});

afterEach(() => {
  Object.assign(URL, original);
  vi.restoreAllMocks();
});

function text(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.readAsText(blob);
  });
}

describe('the Export control', () => {
  it('downloads the events shown after a search as CSV', async () => {
    const { user } = await renderLoadedApp();
    act(() => useUiStore.getState().setQuery('イルクーツク'));
    const toggle = screen.getByRole('button', { name: '書き出し' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');

    await user.click(await screen.findByRole('button', { name: '表示中の1件をCSV(Excel用)で' }));
    expect(
      await screen.findByText(
        /^japan-russia-events-\d{4}-\d{2}-\d{2}\.csv をダウンロードしました。$/,
      ),
    ).toHaveRole('status');
    const csv = downloads.at(-1);
    expect(csv?.name).toMatch(/^japan-russia-events-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = Papa.parse<Record<string, string>>(await text(csv?.blob ?? new Blob()), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows.map((row) => row.id)).toEqual([irkutskSummit.id]);
  });

  it('downloads the events left by the kind filters as JSON', async () => {
    const { user } = await renderLoadedApp();
    act(() => useUiStore.getState().toggleKind('summit'));
    await user.click(screen.getByRole('button', { name: '書き出し' }));
    await user.click(await screen.findByRole('button', { name: '表示中の1件をJSONで' }));
    await vi.waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]?.name).toMatch(/^japan-russia-events-\d{4}-\d{2}-\d{2}\.json$/);
    const json = JSON.parse(await text(downloads[0]?.blob ?? new Blob())) as { events: unknown[] };
    expect(json.events).toEqual(sampleEvents.filter((event) => event.kind !== 'summit'));
  });

  it('downloads the whole dataset with its schema, whatever the filters', async () => {
    const { user } = await renderLoadedApp();
    act(() => useUiStore.getState().setQuery('no such event'));
    await user.click(screen.getByRole('button', { name: '書き出し' }));
    expect(
      await screen.findByRole('button', { name: '表示中の0件をCSV(Excel用)で' }),
    ).toBeEnabled();
    await user.click(screen.getByRole('button', { name: 'データセット全体とスキーマ(JSON)' }));
    await vi.waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]?.name).toMatch(/^japan-russia-dataset-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(await text(downloads[0]?.blob ?? new Blob())) as {
      schema: { $defs: Record<string, unknown> };
      data: Record<string, unknown[]>;
    };
    expect(exported.data.events).toHaveLength(sampleEvents.length);
    expect(exported.data.sources).toHaveLength(2);
    // The sample has no venues.json: exported without venues, not refused.
    expect(exported.data.venues).toBeUndefined();
    expect(Object.keys(exported.schema.$defs)).toContain('event');
  });

  it('includes the map’s venues when venues.json is there', async () => {
    const venue = tokyoVenue;
    stubDataFiles({ ...sampleDataFiles(), 'venues.json': { venues: [venue] } });
    const { user } = renderWithProviders(<App />);
    await user.click(await screen.findByRole('button', { name: '書き出し' }));
    await user.click(
      await screen.findByRole('button', { name: 'データセット全体とスキーマ(JSON)' }),
    );
    await vi.waitFor(() => expect(downloads).toHaveLength(1));
    const exported = JSON.parse(await text(downloads[0]?.blob ?? new Blob())) as {
      data: Record<string, unknown[]>;
    };
    expect(exported.data.venues).toEqual([venue]);
  });

  it('closes on Escape without closing the open panel, and gives focus back', async () => {
    const { user } = await renderLoadedApp();
    act(() => useUiStore.getState().selectEvent(irkutskSummit.id));
    const panel = await screen.findByRole('complementary');
    const toggle = screen.getByRole('button', { name: '書き出し' });
    await user.click(toggle);
    await screen.findByRole('button', { name: /CSV/ });
    await user.tab();
    expect(screen.getByRole('button', { name: /CSV/ })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
    expect(panel).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /CSV/ })).not.toBeInTheDocument();
    // The next Escape is the panel's again.
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument();
    expect(within(document.body).getByRole('button', { name: '書き出し' })).toBeInTheDocument();
  });

  it('says so when the file cannot be made, and keeps the menu usable', async () => {
    const { user } = await renderLoadedApp();
    Object.assign(URL, {
      createObjectURL: () => {
        throw new Error('out of memory');
      },
    });
    await user.click(screen.getByRole('button', { name: '書き出し' }));
    const json = await screen.findByRole('button', { name: '表示中の3件をJSONで' });
    await user.click(json);
    expect(await screen.findByText('ファイルを準備できませんでした: out of memory')).toHaveRole(
      'status',
    );
    expect(json).toHaveFocus();
    expect(downloads).toEqual([]);
  });

  it('closes when the reader clicks elsewhere', async () => {
    const { user } = await renderLoadedApp();
    const toggle = screen.getByRole('button', { name: '書き出し' });
    await user.click(toggle);
    await screen.findByRole('button', { name: /CSV/ });
    await user.click(screen.getByRole('heading', { level: 1 }));
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });
});
