import { lazy, Suspense, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AreaBoundary } from '../../components/area-boundary/area-boundary';
import './share-menu.css';
import { embedCode, useViewUrl } from './view-url';

// The panel's code loads only when the reader first opens it.
const SharePanel = lazy(() => import('./share-panel'));

/**
 * "Share / Embed" in the header of the full view: a disclosure whose content
 * (the link to this view and the iframe code to embed it) loads on first use.
 */
export function ShareMenu() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  const close = () => {
    setOpen(false);
    toggleRef.current?.focus();
  };

  return (
    <>
      <button
        ref={toggleRef}
        type="button"
        className="share-menu__toggle"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen(!open)}
      >
        {t('embed.share')}
      </button>
      {open && (
        // A row of its own under the title; if the panel's code cannot load
        // (offline before it was ever saved), only this row says so.
        <div className="share-menu__row">
          <AreaBoundary>
            <Suspense fallback={null}>
              <OpenSharePanel id={panelId} onClose={close} />
            </Suspense>
          </AreaBoundary>
        </div>
      )}
    </>
  );
}

/** The current view's link and embed code, kept up to date while the panel is open. */
function OpenSharePanel({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation('features');
  const link = useViewUrl(false);
  const code = embedCode(useViewUrl(true), t('embed.frameTitle'));
  return <SharePanel id={id} link={link} code={code} onClose={onClose} />;
}
