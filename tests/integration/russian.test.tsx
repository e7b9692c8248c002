import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LanguageSwitch } from '../../src/components/language-switch/language-switch';
import { EventPanel } from '../../src/features/events/components/event-panel';
import { i18n } from '../../src/i18n/index';
import { useUiStore } from '../../src/stores/ui-store';
import { irkutskSummit, sampleSources, tokyoDeclaration } from '../fixtures/events';
import { renderWithProviders } from '../test-utils';
import { RUSSIAN, withRussian } from '../russian';

const sourcesById = new Map(withRussian(sampleSources).map((source) => [source.id, source]));
const agreementsById = new Map([[tokyoDeclaration.id, withRussian(tokyoDeclaration)]]);
const irkutsk = withRussian(irkutskSummit);
const summaryRu = RUSSIAN[irkutskSummit.summary.en] ?? '';

function renderEvent(event = irkutsk) {
  return renderWithProviders(
    <EventPanel event={event} agreementsById={agreementsById} sourcesById={sourcesById} />,
  );
}

describe('in Russian', () => {
  it('switches with a three-way control named in each language', async () => {
    const { user } = renderWithProviders(<LanguageSwitch />);
    const group = screen.getByRole('group', { name: '言語' });
    expect(
      within(group)
        .getAllByRole('button')
        .map((button) => button.getAttribute('lang')),
    ).toEqual(['ja', 'en', 'ru']);
    await user.click(within(group).getByRole('button', { name: 'Русский' }));
    expect(i18n.resolvedLanguage).toBe('ru');
    const russian = screen.getByRole('group', { name: 'Язык' });
    expect(within(russian).getByRole('button', { name: 'Русский' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(within(russian).getByRole('button', { name: '日本語' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  it('reads an event’s panel in Russian, its date at the sources’ precision', async () => {
    await act(() => i18n.changeLanguage('ru'));
    renderEvent();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      'Японо-российская встреча на высшем уровне (Иркутск)',
    );
    // Month precision: the nominative month, no invented day.
    expect(screen.getByText('март 2001 г.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Краткое содержание' })).toBeInTheDocument();
    expect(screen.getByText(summaryRu)).not.toHaveAttribute('lang');
    expect(screen.getByText(/Ёсиро Мори/u)).toBeInTheDocument();
  });

  it('reads Japanese beside Russian, and English beside Russian, as the reader chooses', async () => {
    const { user } = renderEvent();
    const pairs = screen.getByRole('group', { name: '対訳表示' });
    await user.click(within(pairs).getByRole('button', { name: '日露' }));
    expect(useUiStore.getState().parallel).toBe('ja-ru');
    const ja = screen.getByText(irkutsk.summary.ja);
    // eslint-disable-next-line testing-library/no-node-access -- the row is what parallel reading is
    const cells = [...(ja.closest('.parallel-row')?.children ?? [])];
    expect(cells.map((cell) => [cell.getAttribute('lang'), cell.textContent])).toEqual([
      ['ja', irkutsk.summary.ja],
      ['ru', summaryRu],
    ]);
    await user.click(within(pairs).getByRole('button', { name: '英露' }));
    expect(within(pairs).getByRole('button', { name: '英露' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(within(pairs).getByRole('button', { name: '日露' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(screen.queryByText(irkutsk.summary.ja)).not.toBeInTheDocument();
    expect(screen.getByText(irkutsk.summary.en)).toHaveAttribute('lang', 'en');
    await user.click(within(pairs).getByRole('button', { name: '英露' }));
    expect(useUiStore.getState().parallel).toBeNull();
  });
});
