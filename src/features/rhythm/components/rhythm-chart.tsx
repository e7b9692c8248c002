/**
 * Events per year, drawn under the timeline on the same time axis: a year's
 * bar spans the same pixels as that year above, and follows its zoom and
 * pan. Clicking a year zooms the timeline to it. Loaded on demand.
 */
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ToggleGroup } from '../../../components/toggle-group/toggle-group';
import { textIn } from '../../../i18n/localized';
import { useLanguage } from '../../../i18n/use-language';
import {
  EVENT_KINDS,
  type EventKind,
  type LeaderTerm,
  type TimelineEvent,
} from '../../../lib/dataset/schema';
import { clampWindow, WINDOW_LIMITS } from '../../../lib/time-window';
import { useUiStore } from '../../../stores/ui-store';
import {
  countPerYearByKind,
  countPerYearByLeaders,
  type LeaderPair,
  type YearCount,
} from '../count-per-year';
import { useTimelineAxis } from '../use-timeline-axis';
import '../rhythm.css';

type Grouping = 'kind' | 'leaders';

/** Colours for leader pairs, taken in turn: neighbouring pairs always differ. */
const PAIR_COLOURS = 6;
/** A year label needs about this many pixels. */
const LABEL_WIDTH = 36;

function yearStart(year: number): number {
  // Local time, as the timeline draws it.
  return new Date(year, 0, 1).getTime();
}

export function RhythmChart({
  events,
  leaderTerms,
}: {
  /** The events the filters let through. */
  events: TimelineEvent[];
  leaderTerms: LeaderTerm[];
}) {
  const { t } = useTranslation('features');
  const language = useLanguage();
  const visible = useUiStore((state) => state.window);
  const setWindow = useUiStore((state) => state.setWindow);
  const [grouping, setGrouping] = useState<Grouping>('kind');
  const plotRef = useRef<HTMLDivElement>(null);
  const axis = useTimelineAxis(plotRef);

  const byKind = useMemo(() => countPerYearByKind(events), [events]);
  const byLeaders = useMemo(
    () => countPerYearByLeaders(events, leaderTerms),
    [events, leaderTerms],
  );
  const years: YearCount[] = grouping === 'kind' ? byKind : byLeaders.years;
  const pairIndex = useMemo(
    () => new Map(byLeaders.pairs.map((pair, index) => [pair.key, index])),
    [byLeaders],
  );
  // The scale stays put while the reader pans: the busiest year of all.
  const max = Math.max(1, ...years.map((year) => year.total));

  const span = visible.end - visible.start;
  const x = (time: number) => axis.left + ((time - visible.start) / span) * axis.width;
  const yearWidth = axis.width * ((yearStart(2001) - yearStart(2000)) / span);
  const labelEvery = [1, 2, 5, 10].find((step) => step * yearWidth >= LABEL_WIDTH) ?? 10;
  const firstYear = new Date(WINDOW_LIMITS.min).getFullYear();
  const lastYear = new Date(WINDOW_LIMITS.max).getFullYear() - 1;
  const labelYears: number[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    if (year % labelEvery === 0) labelYears.push(year);
  }

  const pairName = (pair: LeaderPair) =>
    t('rhythm.pair', {
      japan: (pair.japan && textIn(pair.japan.name, language)) ?? t('rhythm.noLeader'),
      russia: (pair.russia && textIn(pair.russia.name, language)) ?? t('rhythm.noLeader'),
    });
  const groupName = (key: string) =>
    grouping === 'kind'
      ? t(`kinds.${key as EventKind}`)
      : pairName(byLeaders.pairs[pairIndex.get(key) ?? -1] ?? { key });
  const groupClass = (key: string) =>
    grouping === 'kind'
      ? `rhythm__segment rhythm-kind--${key}`
      : `rhythm__segment rhythm-pair--${(pairIndex.get(key) ?? 0) % PAIR_COLOURS}`;

  const inView = (start: number, end: number) =>
    x(end) > axis.left && x(start) < axis.left + axis.width;

  return (
    <section className="rhythm-chart" aria-label={t('rhythm.label')}>
      <div className="rhythm-chart__header">
        <ToggleGroup
          className="rhythm-chart__grouping"
          label={t('rhythm.groupBy')}
          options={[
            { value: 'kind', label: t('rhythm.byKind') },
            { value: 'leaders', label: t('rhythm.byLeaders') },
          ]}
          value={grouping}
          onChange={setGrouping}
        />
        <p className="muted rhythm-chart__hint">{t('rhythm.hint')}</p>
      </div>
      <div ref={plotRef} className="rhythm-chart__plot">
        {axis.width > 0 && (
          <>
            <span
              className="rhythm-chart__max"
              aria-hidden="true"
              style={{ left: `${axis.left}px` }}
            >
              {max}
            </span>
            <div
              className="rhythm-chart__area"
              style={{ left: `${axis.left}px`, width: `${axis.width}px` }}
            >
              {years.map(({ year, total, groups }) => {
                const start = yearStart(year);
                const end = yearStart(year + 1);
                if (!inView(start, end)) return null;
                const label = t('rhythm.year', { year, count: total });
                return (
                  <button
                    key={year}
                    type="button"
                    className="rhythm__bar"
                    data-year={year}
                    style={{
                      left: `${x(start) - axis.left}px`,
                      width: `${x(end) - x(start)}px`,
                      height: `${(total / max) * 100}%`,
                    }}
                    aria-label={label}
                    title={`${label} (${groups
                      .map((group) => `${groupName(group.key)} ${group.count}`)
                      .join(' · ')})`}
                    onClick={() => setWindow(clampWindow({ start, end }))}
                  >
                    {groups.map((group) => (
                      <span
                        key={group.key}
                        className={groupClass(group.key)}
                        style={{ flexGrow: group.count }}
                      />
                    ))}
                  </button>
                );
              })}
            </div>
            <div
              className="rhythm-chart__years"
              aria-hidden="true"
              style={{ left: `${axis.left}px`, width: `${axis.width}px` }}
            >
              {labelYears.map((year) => {
                const start = yearStart(year);
                const end = yearStart(year + 1);
                if (!inView(start, end)) return null;
                return (
                  <span
                    key={year}
                    className="rhythm-chart__year"
                    style={{ left: `${(x(start) + x(end)) / 2 - axis.left}px` }}
                  >
                    {year}
                  </span>
                );
              })}
            </div>
          </>
        )}
      </div>
      <ul className="rhythm-chart__legend">
        {grouping === 'kind'
          ? EVENT_KINDS.map((kind) => (
              <li key={kind}>
                <span className={`rhythm-chart__swatch rhythm-kind--${kind}`} aria-hidden="true" />
                {t(`kinds.${kind}`)}
              </li>
            ))
          : byLeaders.pairs.map((pair, index) => (
              <li key={pair.key}>
                <span
                  className={`rhythm-chart__swatch rhythm-pair--${index % PAIR_COLOURS}`}
                  aria-hidden="true"
                />
                {pairName(pair)}
              </li>
            ))}
      </ul>
    </section>
  );
}
