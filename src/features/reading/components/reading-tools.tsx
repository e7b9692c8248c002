import { lazy, Suspense, useState } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';
import type { Source } from '../../../lib/dataset/schema';
import { READING_PAIRS, useUiStore } from '../../../stores/ui-store';
import type { Citable } from '../../citation/format-citation';
import './reading-tools.css';

// The citation is built and shown only when asked for, so the first view
// carries just these two buttons.
const CiteSection = lazy(() => import('../../citation/components/cite-section'));

/**
 * The panel's reading tools: two languages side by side, the reader choosing
 * the pair (kept in the URL as `?parallel=1` for Japanese–English, or
 * `?parallel=ja-ru` / `en-ru`; pressing the chosen pair again turns it off),
 * and a disclosure that cites the open record.
 */
export function ReadingTools({
  citable,
  sourcesById,
}: {
  citable: Citable;
  sourcesById: ReadonlyMap<string, Source>;
}) {
  const { t } = useTranslation();
  const parallel = useUiStore((state) => state.parallel);
  const setParallel = useUiStore((state) => state.setParallel);
  const [citing, setCiting] = useState(false);

  return (
    <div className="reading-tools">
      <div className="reading-tools__buttons">
        <div className="reading-tools__pairs" role="group" aria-labelledby="reading-pairs-label">
          <span id="reading-pairs-label" className="reading-tools__label">
            {t('reading.parallel')}
          </span>
          {READING_PAIRS.map((pair) => (
            <button
              key={pair}
              type="button"
              aria-pressed={parallel === pair}
              onClick={() => setParallel(parallel === pair ? null : pair)}
            >
              {t(`reading.pairs.${pair}`)}
            </button>
          ))}
        </div>
        <button
          type="button"
          aria-expanded={citing}
          aria-controls="panel-cite"
          onClick={() => setCiting(!citing)}
        >
          {t('cite.open')}
        </button>
      </div>
      <div id="panel-cite">
        {citing && (
          <ErrorBoundary
            fallback={
              <p role="alert" className="notice notice--error">
                {t('cite.failed')}
              </p>
            }
          >
            <Suspense fallback={<p className="muted">{t('cite.loading')}</p>}>
              <CiteSection citable={citable} sourcesById={sourcesById} />
            </Suspense>
          </ErrorBoundary>
        )}
      </div>
    </div>
  );
}
