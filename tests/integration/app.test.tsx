import { act, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app';
import { useUiStore } from '../../src/stores/ui-store';
import { FakeTimeline, latestTimeline } from '../fakes/fake-timeline';
import { irkutskSummit, sampleEvents } from '../fixtures/events';
import { renderWithProviders, stubDataFiles } from '../test-utils';

vi.mock('vis-timeline/esnext', () => import('../fakes/fake-timeline'));

const timeline = latestTimeline;

describe('the app', () => {
  beforeEach(() => {
    FakeTimeline.instances = [];
  });

  it('shows a loading state, then the events on the timeline', async () => {
    stubDataFiles({ 'events.json': { events: sampleEvents } });
    renderWithProviders(<App />);
    expect(screen.getByRole('status')).toHaveTextContent('年表のデータを読み込んでいます');
    expect(await screen.findByRole('region', { name: '会談の年表' })).toBeInTheDocument();
    expect(timeline().shownTexts()).toEqual([
      '日露首脳会談(東京)',
      '日露首脳会談(イルクーツク)',
      '横浜APECの際の日露外相会談',
    ]);
  });

  it('opens the panel for an event selected on the timeline', async () => {
    stubDataFiles({ 'events.json': { events: sampleEvents } });
    const { user } = renderWithProviders(<App />);
    await screen.findByRole('region', { name: '会談の年表' });

    act(() => timeline().handlers.get('select')?.({ items: [irkutskSummit.id] }));
    const panel = screen.getByRole('complementary', { name: '日露首脳会談(イルクーツク)' });
    expect(within(panel).getByText('2001年3月')).toBeInTheDocument();
    expect(within(panel).getByText('ロシア・イルクーツク')).toBeInTheDocument();
    expect(within(panel).getByText(/イルクーツク声明/)).toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: '閉じる' }));
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument();
    expect(useUiStore.getState().selectedEventId).toBeNull();
  });

  it('switches UI strings, event text and <html lang> to English', async () => {
    stubDataFiles({ 'events.json': { events: sampleEvents } });
    const { user } = renderWithProviders(<App />);
    await screen.findByRole('region', { name: '会談の年表' });
    act(() => useUiStore.getState().selectEvent(irkutskSummit.id));

    await user.click(screen.getByRole('button', { name: 'English' }));

    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    const panel = screen.getByRole('complementary', {
      name: 'Japan-Russia Summit Meeting (Irkutsk)',
    });
    expect(within(panel).getByText('March 2001')).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Close' })).toBeInTheDocument();
    expect(timeline().shownTexts()[0]).toBe('Japan-Russia Summit Meeting (Tokyo)');
    // The same timeline, updated in place.
    expect(FakeTimeline.instances).toHaveLength(1);
  });

  it('explains a failed load and recovers on Retry', async () => {
    const fetchMock = stubDataFiles({});
    const { user } = renderWithProviders(<App />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('年表のデータを読み込めませんでした: events.json: HTTP 404');

    stubDataFiles({ 'events.json': { events: sampleEvents } });
    await user.click(within(alert).getByRole('button', { name: '再試行' }));
    expect(await screen.findByRole('region', { name: '会談の年表' })).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('reports an invalid record by id and field and still shows the rest', async () => {
    const broken = { ...irkutskSummit, title: { ja: 'タイトルのみ' } };
    stubDataFiles({ 'events.json': { events: [sampleEvents[0], broken, sampleEvents[2]] } });
    renderWithProviders(<App />);
    await screen.findByRole('region', { name: '会談の年表' });
    const notice = screen.getByRole('status');
    expect(notice).toHaveTextContent('1件の記録に問題があり');
    expect(notice).toHaveTextContent('events.json › 2001-03-irkutsk-summit › title.en');
    expect(timeline().shownTexts()).toHaveLength(2);
  });
});
