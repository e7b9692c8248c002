import { lazy, Suspense, useCallback, useRef, useState } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';
import type { TimelineEvent } from '../../../lib/dataset/schema';
import type { Dataset } from '../../../lib/dataset/validate';
import './export-menu.css';

// Only the button is in the first view; the choices, and the code that builds
// the files (papaparse, the schema generator), load when the reader opens it.
const ExportChoices = lazy(() => import('./export-choices'));

/**
 * The toolbar's Export disclosure: the events shown (after filters and
 * search) as CSV or JSON, or the whole dataset with its schema.
 */
export function ExportMenu({ events, dataset }: { events: TimelineEvent[]; dataset: Dataset }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);

  const close = useCallback((returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) toggleRef.current?.focus();
  }, []);

  return (
    <div className="export-menu" ref={rootRef}>
      <button
        ref={toggleRef}
        type="button"
        aria-expanded={open}
        aria-controls="export-menu-choices"
        onClick={() => setOpen(!open)}
      >
        {t('export.open')}
      </button>
      <div id="export-menu-choices">
        {open && (
          <ErrorBoundary
            fallbackRender={({ error }) => (
              <p role="alert" className="notice notice--error">
                {t('export.failed', { reason: error instanceof Error ? error.message : '' })}
              </p>
            )}
          >
            <Suspense fallback={<p className="muted">{t('export.working')}</p>}>
              <ExportChoices events={events} dataset={dataset} rootRef={rootRef} onClose={close} />
            </Suspense>
          </ErrorBoundary>
        )}
      </div>
    </div>
  );
}
