import { act, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AgreementPanel } from '../../src/features/agreements/components/agreement-panel';
import { EventPanel } from '../../src/features/events/components/event-panel';
import { i18n } from '../../src/i18n/index';
import type { Agreement, TimelineEvent } from '../../src/lib/dataset/schema';
import { useUiStore } from '../../src/stores/ui-store';
import { irkutskSummit, sampleSources, tokyoDeclaration } from '../fixtures/events';
import { renderWithProviders } from '../test-utils';

const sourcesById = new Map(sampleSources.map((source) => [source.id, source]));
const agreementsById = new Map([[tokyoDeclaration.id, tokyoDeclaration]]);

const irkutsk: TimelineEvent = {
  ...irkutskSummit,
  occasion: { ja: '公式訪問', en: 'Official visit', ru: 'Official visit' },
  keyPoints: [
    { ja: '第一の要点', en: 'The first point', ru: 'The first point' },
    { ja: '第二の要点', en: 'The second point', ru: 'The second point' },
  ],
};

function renderEvent(event = irkutsk) {
  return renderWithProviders(
    <EventPanel event={event} agreementsById={agreementsById} sourcesById={sourcesById} />,
  );
}

/**
 * The row of a field: the Japanese cell and the English cell, in that order.
 * (The rows' structure and `lang` attributes are what parallel reading is, and
 * no role exposes them, hence the direct DOM access.)
 */
function cellsOf(text: string) {
  const cell = screen.getByText(text);
  // eslint-disable-next-line testing-library/no-node-access
  const row = cell.closest('.parallel-row');
  if (!(row instanceof HTMLElement)) throw new Error(`"${text}" is not in a parallel row`);
  return [...row.children].map((child) => ({
    lang: child.getAttribute('lang'),
    text: child.textContent,
  }));
}

describe('parallel reading', () => {
  it('shows each field of an event as a Japanese cell beside an English one', async () => {
    const { user } = renderEvent();
    const toggle = screen.getByRole('button', { name: '日英' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(screen.queryByText(irkutsk.summary.en)).not.toBeInTheDocument();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(useUiStore.getState().parallel).toBe('ja-en');

    expect(cellsOf(irkutsk.summary.ja)).toEqual([
      { lang: 'ja', text: irkutsk.summary.ja },
      { lang: 'en', text: irkutsk.summary.en },
    ]);
    expect(cellsOf(irkutsk.place.en)).toEqual([
      { lang: 'ja', text: irkutsk.place.ja },
      { lang: 'en', text: irkutsk.place.en },
    ]);
    expect(cellsOf('Official visit')[0]).toEqual({ lang: 'ja', text: '公式訪問' });
    expect(cellsOf('2001年3月')).toEqual([
      { lang: 'ja', text: '2001年3月 (平成13年3月)' },
      { lang: 'en', text: 'March 2001' },
    ]);
    expect(cellsOf('Yoshiro Mori')).toEqual([
      { lang: 'ja', text: '森喜朗(内閣総理大臣)' },
      { lang: 'en', text: 'Yoshiro Mori (Prime Minister)' },
    ]);
    // One row per key point, so the translation of each point sits beside it.
    const points = within(screen.getByRole('region', { name: '要点' })).getAllByRole('listitem');
    expect(points.map((point) => point.textContent)).toEqual([
      '第一の要点The first point',
      '第二の要点The second point',
    ]);
    expect(cellsOf('内閣府:')).toEqual([
      { lang: 'ja', text: `内閣府: 近年の主な動き — ${irkutsk.sources[0]?.at.ja}` },
      {
        lang: 'en',
        text: `Cabinet Office: Recent major developments — ${irkutsk.sources[0]?.at.en}`,
      },
    ]);
    // The title, in both languages; the UI around it stays Japanese.
    const heading = screen.getByRole('heading', { level: 2 });
    expect(heading).toHaveTextContent(`${irkutsk.title.ja}${irkutsk.title.en}`);
    expect(within(heading).getByText(irkutsk.title.en)).toHaveAttribute('lang', 'en');
    expect(screen.getByRole('heading', { name: '概要' })).toBeInTheDocument();

    await user.click(toggle);
    expect(screen.queryByText(irkutsk.summary.en)).not.toBeInTheDocument();
    expect(screen.getByText(irkutsk.summary.ja)).not.toHaveAttribute('lang');
  });

  it('lines up the source notes and an agreement’s contents, and follows the UI language', async () => {
    const agreement: Agreement = {
      ...tokyoDeclaration,
      place: { ja: '東京', en: 'Tokyo', ru: 'Токио' },
      provisions: [
        {
          ja: '四島の帰属',
          en: 'The attribution of the four islands',
          ru: 'The attribution of the four islands',
        },
        { ja: '法と正義', en: 'Law and justice', ru: 'Law and justice' },
      ],
    };
    act(() => useUiStore.getState().setParallel('ja-en'));
    renderWithProviders(
      <AgreementPanel
        agreement={agreement}
        agreementsById={agreementsById}
        builtOnBy={[]}
        events={[]}
        sourcesById={sourcesById}
      />,
    );
    expect(cellsOf('Law and justice')).toEqual([
      { lang: 'ja', text: '法と正義' },
      { lang: 'en', text: 'Law and justice' },
    ]);
    expect(cellsOf('Cabinet Office:')[1]).toEqual({
      lang: 'en',
      text: 'Cabinet Office: Recent major developments — October 1993',
    });
    await act(() => i18n.changeLanguage('en'));
    expect(screen.getByRole('button', { name: 'Japanese–English' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.getByRole('heading', { name: 'What it contains' })).toBeInTheDocument();
    // Dataset text is still in both languages, Japanese first.
    expect(cellsOf('法と正義')[0]).toEqual({ lang: 'ja', text: '法と正義' });
  });

  it('renders hostile text as text in both cells', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const { user } = renderEvent({
      ...irkutsk,
      summary: { ja: hostile, en: hostile, ru: hostile },
    });
    await user.click(screen.getByRole('button', { name: '日英' }));
    expect(screen.getAllByText(hostile)).toHaveLength(2);
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });
});

describe('cite this', () => {
  it('shows the citation in both languages, each copied by its own button', async () => {
    const { user } = renderEvent();
    const cite = screen.getByRole('button', { name: '引用' });
    expect(cite).toHaveAttribute('aria-expanded', 'false');
    await user.click(cite);
    expect(cite).toHaveAttribute('aria-expanded', 'true');

    const section = await screen.findByRole('region', { name: 'この記録を引用する' });
    const link = `${location.origin}/?lang=ja&event=${irkutsk.id}`;
    const ja = within(section).getByText(/^「日露首脳会談\(イルクーツク\)」/);
    expect(ja).toHaveAttribute('lang', 'ja');
    expect(ja.textContent).toContain(link);
    expect(ja.textContent).toContain(
      '出典: 内閣府「近年の主な動き」 http://www8.cao.go.jp/hoppo/shisaku/01.html',
    );
    const en = within(section).getByText(/^“Japan-Russia Summit Meeting \(Irkutsk\)”/);
    expect(en).toHaveAttribute('lang', 'en');
    expect(en.textContent).toContain(`${location.origin}/?lang=en&event=${irkutsk.id}`);

    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    await user.click(within(section).getByRole('button', { name: '英語の引用をコピー' }));
    expect(writeText).toHaveBeenLastCalledWith(en.textContent);
    await user.click(within(section).getByRole('button', { name: '日本語の引用をコピー' }));
    expect(writeText).toHaveBeenLastCalledWith(ja.textContent);

    await user.click(cite);
    expect(screen.queryByRole('region', { name: 'この記録を引用する' })).not.toBeInTheDocument();
  });

  it('keeps the path the app is served under in the link it copies', async () => {
    window.history.replaceState(null, '', '/jr-timeline/?lang=ja&q=x');
    const { user } = renderEvent();
    await user.click(screen.getByRole('button', { name: '引用' }));
    const section = await screen.findByRole('region', { name: 'この記録を引用する' });
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    await user.click(within(section).getByRole('button', { name: '英語の引用をコピー' }));
    expect(writeText.mock.lastCall?.[0]).toContain(
      `${location.origin}/jr-timeline/?lang=en&event=${irkutsk.id} (accessed `,
    );
  });

  it('cites an agreement by name, with agreement= in its link', async () => {
    const { user } = renderWithProviders(
      <AgreementPanel
        agreement={tokyoDeclaration}
        agreementsById={agreementsById}
        builtOnBy={[]}
        events={[]}
        sourcesById={sourcesById}
      />,
    );
    await user.click(screen.getByRole('button', { name: '引用' }));
    const section = await screen.findByRole('region', { name: 'この記録を引用する' });
    expect(section).toHaveTextContent(
      `「東京宣言」(1993年10月)『日露平和条約交渉の歩み 1993–2014年 年表』${location.origin}/?lang=ja&agreement=1993-tokyo-declaration`,
    );
  });

  it('shows hostile text in a citation as text', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const { user } = renderEvent({ ...irkutsk, title: { ja: hostile, en: hostile, ru: hostile } });
    await user.click(screen.getByRole('button', { name: '引用' }));
    const section = await screen.findByRole('region', { name: 'この記録を引用する' });
    expect(section).toHaveTextContent(`「${hostile}」`);
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });
});
