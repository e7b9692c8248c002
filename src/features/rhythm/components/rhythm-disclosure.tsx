/**
 * The "Events per year" button under the timeline. Only this button is in
 * the first view; the chart's code loads when the reader first opens it.
 */
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { AreaBoundary } from '../../../components/area-boundary/area-boundary';
import type { LeaderTerm, TimelineEvent } from '../../../lib/dataset/schema';
import { useUiStore } from '../../../stores/ui-store';

const RhythmChart = lazy(() =>
  import('./rhythm-chart').then((module) => ({ default: module.RhythmChart })),
);

export function RhythmDisclosure({
  events,
  leaderTerms,
}: {
  events: TimelineEvent[];
  leaderTerms: LeaderTerm[];
}) {
  const { t } = useTranslation();
  const open = useUiStore((state) => state.rhythm);
  const setRhythm = useUiStore((state) => state.setRhythm);
  return (
    <div className="rhythm">
      <button
        type="button"
        className="rhythm__toggle"
        aria-expanded={open}
        aria-controls={open ? 'rhythm-panel' : undefined}
        onClick={() => setRhythm(!open)}
      >
        <span aria-hidden="true">{open ? '▾ ' : '▸ '}</span>
        {t('rhythm.toggle')}
      </button>
      {open && (
        <div id="rhythm-panel">
          <AreaBoundary>
            <Suspense fallback={<p className="muted">{t('rhythm.loading')}</p>}>
              <RhythmChart events={events} leaderTerms={leaderTerms} />
            </Suspense>
          </AreaBoundary>
        </div>
      )}
    </div>
  );
}
