import { useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../components/copy-button/copy-button';
import './share-panel.css';

/**
 * The link to the current view and the code that embeds it in an article,
 * each shown in a read-only box and with a button that copies it. Both follow
 * the view as the reader keeps exploring with the panel open (ShareMenu
 * computes them, so this chunk needs nothing else from the app).
 */
export default function SharePanel({
  id,
  link,
  code,
  onClose,
}: {
  id: string;
  link: string;
  code: string;
  onClose: () => void;
}) {
  const { t } = useTranslation('features');
  const panelRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  // In the commit, not after it: the panel appears when its lazy chunk (or the
  // features strings) resolve, outside any user event, and a passive effect
  // would then run a frame later, leaving focus on the toggle for that frame
  // (CI caught the test reading focus in between).
  useLayoutEffect(() => {
    headingRef.current?.focus();
  }, []);

  // Escape from inside closes this panel, and only it: the capture phase runs
  // before the event panel's own Escape handler, which skips a handled key.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !panelRef.current?.contains(document.activeElement)) return;
      event.preventDefault();
      onCloseRef.current();
    };
    document.addEventListener('keydown', onKeyDown, true);
    return () => document.removeEventListener('keydown', onKeyDown, true);
  }, []);

  return (
    <section id={id} ref={panelRef} className="share-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="share-panel__title" tabIndex={-1} ref={headingRef}>
        {t('embed.title')}
      </h2>
      <p className="share-panel__help">{t('embed.help')}</p>
      <div className="share-panel__field">
        <label htmlFor={`${id}-link`}>{t('embed.link')}</label>
        <input
          id={`${id}-link`}
          type="text"
          readOnly
          value={link}
          onFocus={(event) => event.currentTarget.select()}
        />
        <CopyButton text={() => link} label={t('embed.copyLink')} />
      </div>
      <div className="share-panel__field">
        <label htmlFor={`${id}-code`}>{t('embed.code')}</label>
        <textarea
          id={`${id}-code`}
          readOnly
          rows={3}
          value={code}
          onFocus={(event) => event.currentTarget.select()}
        />
        <CopyButton text={() => code} label={t('embed.copyCode')} />
      </div>
      <button type="button" className="share-panel__close" onClick={onClose}>
        {t('embed.close')}
      </button>
    </section>
  );
}
