import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useLanguage } from '../../../i18n/use-language';
import { EVENT_KINDS, type LeaderTerm, type TimelineEvent } from '../../../lib/dataset/schema';
import { DEFAULT_FILTERS, useUiStore } from '../../../stores/ui-store';

function termYears(term: LeaderTerm): string {
  return `${term.start.slice(0, 4)}–${term.end?.slice(0, 4) ?? ''}`;
}

/**
 * Kind checkboxes (which double as the legend), a leader filter and a text
 * search whose results can be stepped through, each opening its event.
 */
export function FilterBar({
  leaderTerms,
  results,
  selectedEventId,
}: {
  leaderTerms: LeaderTerm[];
  /** The events the filters let through, in time order. */
  results: TimelineEvent[];
  selectedEventId: string | null;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const searchId = useId();
  const leaderId = useId();
  const filters = useUiStore(useShallow((state) => state.filters));
  const { toggleKind, setLeader, setQuery, clearFilters, selectEvent } = useUiStore(
    useShallow((state) => ({
      toggleKind: state.toggleKind,
      setLeader: state.setLeader,
      setQuery: state.setQuery,
      clearFilters: state.clearFilters,
      selectEvent: state.selectEvent,
    })),
  );

  const filtered =
    filters.kinds.length !== DEFAULT_FILTERS.kinds.length ||
    filters.leader !== null ||
    filters.query !== '';
  const position = results.findIndex((event) => event.id === selectedEventId);
  const step = (offset: number) => {
    if (results.length === 0) return;
    const from = position === -1 ? (offset > 0 ? -1 : 0) : position;
    const index = (from + offset + results.length) % results.length;
    const target = results[index];
    if (target) selectEvent(target.id);
  };

  return (
    <div id="filter-bar" className="filter-bar" role="search" aria-label={t('filters.label')}>
      {/* The kind toggles are the legend too: each shows the mark its kind is drawn with. */}
      <fieldset className="filter-bar__kinds">
        <legend className="visually-hidden">{t('filters.kinds')}</legend>
        {EVENT_KINDS.map((kind) => (
          <label key={kind} className="filter-bar__kind" title={t(`kinds.${kind}`)}>
            <input
              type="checkbox"
              className="filter-bar__check"
              checked={filters.kinds.includes(kind)}
              onChange={() => toggleKind(kind)}
            />
            <span className={`kind-swatch kind-swatch--${kind}`} aria-hidden="true" />
            {t(`legend.${kind}`)}
          </label>
        ))}
      </fieldset>

      <div className="filter-bar__field">
        <label htmlFor={leaderId} className="visually-hidden">
          {t('filters.leader')}
        </label>
        <select
          id={leaderId}
          value={filters.leader ?? ''}
          onChange={(event) => setLeader(event.target.value || null)}
        >
          <option value="">{t('filters.allLeaders')}</option>
          {(['japan', 'russia'] as const).map((country) => (
            <optgroup
              key={country}
              label={t(country === 'japan' ? 'filters.japanLeaders' : 'filters.russiaLeaders')}
            >
              {leaderTerms
                .filter((term) => term.country === country)
                .map((term) => (
                  <option key={term.id} value={term.id}>
                    {term.name[language]} ({termYears(term)})
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </div>

      <div className="filter-bar__field filter-bar__search">
        <label htmlFor={searchId} className="visually-hidden">
          {t('filters.search')}
        </label>
        <input
          id={searchId}
          type="search"
          value={filters.query}
          placeholder={t('filters.searchPlaceholder')}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              step(event.shiftKey ? -1 : 1);
            }
          }}
        />
      </div>

      <div className="filter-bar__results">
        <p role="status" className="filter-bar__count">
          {filtered ? t('filters.results', { count: results.length }) : ''}
          {filtered && position !== -1
            ? ` · ${t('filters.resultPosition', { position: position + 1, count: results.length })}`
            : ''}
        </p>
        {filtered && (
          <div className="filter-bar__stepper">
            <button
              type="button"
              onClick={() => step(-1)}
              disabled={results.length === 0}
              aria-label={t('filters.previousResult')}
              title={t('filters.previousResult')}
            >
              ↑
            </button>
            <button
              type="button"
              onClick={() => step(1)}
              disabled={results.length === 0}
              aria-label={t('filters.nextResult')}
              title={t('filters.nextResult')}
            >
              ↓
            </button>
            <button type="button" onClick={clearFilters}>
              {t('filters.clear')}
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
