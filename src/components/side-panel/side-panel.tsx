import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../stores/ui-store';

interface SidePanelProps {
  /** Changes when the panel shows another record, so focus follows the reader. */
  recordKey: string;
  title: ReactNode;
  /** A short line above the title naming what kind of record this is. */
  eyebrow: ReactNode;
  onClose: () => void;
  children: ReactNode;
  footer?: ReactNode;
}

/**
 * The details panel beside the timeline (a bottom sheet on phones). Escape
 * closes it; when it opens or shows another record, focus moves to its
 * heading so keyboard and screen-reader users land on what they opened.
 */
export function SidePanel({
  recordKey,
  title,
  eyebrow,
  onClose,
  children,
  footer,
}: SidePanelProps) {
  const { t } = useTranslation();
  const parallel = useUiStore((state) => state.parallel);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) onCloseRef.current();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
  }, [recordKey]);

  // On close, hand focus back to where the reader opened the panel from
  // (the timeline, a list row), if it is still on the page. A layout effect:
  // it records the opener before the heading takes focus, and its cleanup
  // runs while the panel is still in the document.
  useLayoutEffect(() => {
    const openedFrom = document.activeElement;
    const panel = headingRef.current?.closest('aside');
    return () => {
      if (
        openedFrom instanceof HTMLElement &&
        openedFrom.isConnected &&
        panel?.contains(document.activeElement)
      ) {
        openedFrom.focus({ preventScroll: true });
      }
    };
  }, []);

  return (
    <aside className={parallel ? 'panel panel--parallel' : 'panel'} aria-labelledby="panel-title">
      <header className="panel__header">
        <div>
          <p className="panel__eyebrow">{eyebrow}</p>
          <h2 id="panel-title" className="panel__title" tabIndex={-1} ref={headingRef}>
            {title}
          </h2>
        </div>
        <button type="button" className="panel__close" onClick={onClose}>
          {t('panel.close')}
        </button>
      </header>
      <div className="panel__body">{children}</div>
      {footer && <footer className="panel__footer">{footer}</footer>}
    </aside>
  );
}
