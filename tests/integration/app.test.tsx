import { act, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app';
import { useUiStore } from '../../src/stores/ui-store';
import { FakeTimeline, latestTimeline as timeline } from '../fakes/fake-timeline';
import { irkutskSummit, sampleDataFiles, sampleEvents, tokyoSummit } from '../fixtures/events';
import { renderLoadedApp } from '../render-app';
import { renderWithProviders, stubDataFiles } from '../test-utils';

vi.mock('vis-timeline/esnext', () => import('../fakes/fake-timeline'));

describe('the app', () => {
  beforeEach(() => {
    FakeTimeline.instances = [];
  });

  it('shows a loading state, then events, documents and leaders on the timeline', async () => {
    stubDataFiles(sampleDataFiles());
    renderWithProviders(<App />);
    expect(screen.getByRole('status')).toHaveTextContent('年表のデータを読み込んでいます');
    await screen.findByRole('region', { name: '会談の年表' });
    expect(timeline().textsOf('event')).toEqual([
      '日露首脳会談(東京)',
      '日露首脳会談(イルクーツク)',
      '横浜APECの際の日露外相会談',
    ]);
    expect(timeline().textsOf('agreement')).toEqual(['東京宣言']);
    expect(timeline().textsOf('term')).toEqual(['森喜朗']);
  });

  it('draws the timeline once the documents and leaders are in, without waiting for the sources', async () => {
    const files = sampleDataFiles();
    let releaseLeaders: () => void = () => undefined;
    const fetched = stubDataFiles({
      ...files,
      'leaders.json': () =>
        new Promise<Response>((resolve) => {
          releaseLeaders = () => resolve(new Response(JSON.stringify(files['leaders.json'])));
        }),
      // Still on its way when the timeline draws: only the panel needs it.
      'sources.json': () => new Promise<Response>(() => undefined),
    });
    const requested = () => fetched.mock.calls.map(([input]) => (input as string).split('/').pop());
    renderWithProviders(<App />);
    // The events and documents are in, the leaders not yet: still loading.
    await vi.waitFor(() => expect(vi.mocked(fetch)).toHaveBeenCalledTimes(3));
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(screen.getByRole('status')).toHaveTextContent('年表のデータを読み込んでいます');
    expect(FakeTimeline.instances).toHaveLength(0);
    // The sources, which only the panel shows, are not asked for before the first view.
    expect(requested().sort()).toEqual(['agreements.json', 'events.json', 'leaders.json']);

    releaseLeaders();
    await screen.findByRole('region', { name: '会談の年表' });
    // Created once, with the leaders' band among its first items.
    expect(FakeTimeline.instances).toHaveLength(1);
    expect(timeline().textsOf('term')).toEqual(['森喜朗']);
    expect(timeline().textsOf('agreement')).toEqual(['東京宣言']);
    await vi.waitFor(() => expect(requested()).toContain('sources.json'));
  });

  it('opens the panel for an event selected on the timeline, with its era date and source', async () => {
    const { user } = await renderLoadedApp();
    act(() => timeline().emit('select', { items: [`event:${irkutskSummit.id}`] }));

    const panel = await screen.findByRole('complementary', { name: '日露首脳会談(イルクーツク)' });
    expect(within(panel).getByText('2001年3月')).toBeInTheDocument();
    expect(panel).toHaveTextContent('2001年3月 (平成13年3月)');
    expect(within(panel).getByText('ロシア・イルクーツク')).toBeInTheDocument();
    expect(within(panel).getByText('森喜朗')).toBeInTheDocument();
    // The sources join once the first view has painted.
    expect(await within(panel).findByRole('link', { name: '近年の主な動き' })).toHaveAttribute(
      'href',
      'http://www8.cao.go.jp/hoppo/shisaku/01.html',
    );
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveFocus();

    await user.click(within(panel).getByRole('button', { name: '閉じる' }));
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument();
    expect(useUiStore.getState().selection).toBeNull();
  });

  it('steps to the previous and next events, and closes on Escape', async () => {
    const { user } = await renderLoadedApp();
    act(() => useUiStore.getState().selectEvent(irkutskSummit.id));
    await user.click(await screen.findByRole('button', { name: /前の出来事/ }));
    expect(screen.getByRole('complementary', { name: tokyoSummit.title.ja })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /前の出来事/ })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: /次の出来事/ }));
    await user.click(screen.getByRole('button', { name: /次の出来事/ }));
    expect(
      screen.getByRole('complementary', { name: '横浜APECの際の日露外相会談' }),
    ).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument();
  });

  it('leads from an event to its agreement and on to every event citing it', async () => {
    const { user } = await renderLoadedApp();
    act(() => useUiStore.getState().selectEvent(tokyoSummit.id));
    const eventPanel = await screen.findByRole('complementary', { name: tokyoSummit.title.ja });
    await user.click(within(eventPanel).getByRole('button', { name: '東京宣言' }));

    const panel = await screen.findByRole('complementary', { name: '東京宣言' });
    expect(within(panel).getByText('日露間の最初の包括的な文書。')).toBeInTheDocument();
    const tokyoItem = timeline()
      .items.get()
      .find((item) => item.id === `event:${tokyoSummit.id}`);
    expect(tokyoItem?.className).toContain('is-related');
    await user.click(within(panel).getByRole('button', { name: tokyoSummit.title.ja }));
    expect(screen.getByRole('complementary', { name: tokyoSummit.title.ja })).toBeInTheDocument();
  });

  it('switches UI strings, event text and <html lang> to English, updating the timeline in place', async () => {
    const { user } = await renderLoadedApp();
    act(() => useUiStore.getState().selectEvent(irkutskSummit.id));

    await user.click(screen.getByRole('button', { name: 'English' }));

    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Japan–Russia Peace Treaty Diplomacy: A Timeline, 1993–2014');
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    const panel = await screen.findByRole('complementary', {
      name: 'Japan-Russia Summit Meeting (Irkutsk)',
    });
    expect(within(panel).getByText('March 2001')).toBeInTheDocument();
    expect(within(panel).queryByText(/平成/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Zoom in' })).toBeInTheDocument();
    expect(timeline().textsOf('event')[0]).toBe('Japan-Russia Summit Meeting (Tokyo)');
    expect(FakeTimeline.instances).toHaveLength(1);
  });

  it('filters by kind and search, and steps through the results', async () => {
    const { user } = await renderLoadedApp();
    await user.click(screen.getByRole('checkbox', { name: '首脳会談' }));
    expect(timeline().textsOf('event')).toEqual(['横浜APECの際の日露外相会談']);
    await user.click(screen.getByRole('checkbox', { name: '首脳会談' }));

    await user.type(
      screen.getByRole('searchbox', { name: 'タイトル・概要を検索' }),
      'イルクーツク',
    );
    expect(screen.getByText('1件の出来事が該当')).toBeInTheDocument();
    expect(timeline().textsOf('event')).toEqual(['日露首脳会談(イルクーツク)']);
    await user.click(screen.getByRole('button', { name: /次の検索結果/ }));
    expect(
      screen.getByRole('complementary', { name: '日露首脳会談(イルクーツク)' }),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '絞り込みを解除' }));
    expect(timeline().textsOf('event')).toHaveLength(3);
  });

  it('filters by leader', async () => {
    const { user } = await renderLoadedApp();
    await user.selectOptions(screen.getByRole('combobox', { name: '首脳' }), 'jp-mori');
    expect(timeline().textsOf('event')).toEqual(['日露首脳会談(イルクーツク)']);
  });

  it('offers the same events as a list that opens each one', async () => {
    const { user } = await renderLoadedApp();
    await user.click(screen.getByRole('button', { name: '一覧' }));
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(sampleEvents.length + 1);
    await user.click(within(table).getByRole('button', { name: irkutskSummit.title.ja }));
    expect(screen.getByRole('complementary', { name: irkutskSummit.title.ja })).toBeInTheDocument();
    const irkutskRow = within(table).getAllByRole('row')[2];
    expect(irkutskRow).toHaveAttribute('aria-current', 'true');
    expect(irkutskRow).toHaveTextContent(irkutskSummit.title.ja);
  });

  it('explains a failed load of the events and recovers on Retry', async () => {
    const files = sampleDataFiles();
    const { 'events.json': events, ...others } = files;
    stubDataFiles(others);
    const { user } = renderWithProviders(<App />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      '年表のデータを読み込めませんでした: サーバーが events.json に対して 404 を返しました。',
    );

    stubDataFiles({ ...others, 'events.json': events });
    await user.click(within(alert).getByRole('button', { name: '再試行' }));
    expect(await screen.findByRole('region', { name: '会談の年表' })).toBeInTheDocument();
  });

  it('keeps the timeline working when another file fails, with a Retry for that file', async () => {
    const files = sampleDataFiles();
    await renderLoadedApp({
      files: { ...files, 'agreements.json': () => new Response('oops', { status: 500 }) },
    });
    expect(screen.getByRole('alert')).toHaveTextContent(
      'agreements.json を読み込めませんでした(サーバーが agreements.json に対して 500 を返しました。)',
    );
    expect(timeline().textsOf('event')).toHaveLength(3);
    expect(
      within(screen.getByRole('alert')).getByRole('button', { name: '再試行' }),
    ).toBeInTheDocument();
  });

  it('reports an invalid record by id and field and still shows the rest', async () => {
    const broken = { ...irkutskSummit, title: { ja: 'タイトルのみ' } };
    await renderLoadedApp({
      files: {
        ...sampleDataFiles(),
        'events.json': { events: [sampleEvents[0], broken, sampleEvents[2]] },
      },
    });
    const notice = screen
      .getAllByRole('status')
      .find((element) => element.textContent.includes('1件の記録に問題があり'));
    expect(notice).toHaveTextContent('events.json › 2001-03-irkutsk-summit › title.en');
    expect(timeline().textsOf('event')).toHaveLength(2);
  });

  it('says politely when a link names an unknown event', async () => {
    const { user } = await renderLoadedApp();
    act(() => useUiStore.getState().selectEvent('1999-01-nowhere'));
    expect(screen.getByText(/「1999-01-nowhere」/)).toHaveTextContent('このリンクが指す出来事');
    await user.click(screen.getByRole('button', { name: '閉じる' }));
    expect(useUiStore.getState().selection).toBeNull();
  });
});
