import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

type Outcome = 'idle' | 'copied' | 'manual';

/**
 * Copies text to the clipboard and says so in a live region. Where the
 * browser refuses (no permission, an insecure origin, an old browser), the
 * text is shown selected in a read-only box so the reader can copy it by hand:
 * nothing is lost.
 */
export function CopyButton({
  text,
  label,
  className,
}: {
  /** What to copy; a function is called at click time so it is never stale. */
  text: string | (() => string);
  label: string;
  className?: string;
}) {
  const { t } = useTranslation('features');
  const [outcome, setOutcome] = useState<Outcome>('idle');
  const [fallback, setFallback] = useState('');
  const fallbackRef = useRef<HTMLTextAreaElement>(null);
  const fallbackId = useId();

  useEffect(() => {
    if (outcome !== 'copied') return;
    const timer = setTimeout(() => setOutcome('idle'), 4000);
    return () => clearTimeout(timer);
  }, [outcome]);

  useEffect(() => {
    if (outcome !== 'manual') return;
    fallbackRef.current?.focus();
    fallbackRef.current?.select();
  }, [outcome]);

  const copy = async () => {
    const value = typeof text === 'function' ? text() : text;
    try {
      await navigator.clipboard.writeText(value);
      setOutcome('copied');
    } catch {
      setFallback(value);
      setOutcome('manual');
    }
  };

  return (
    <span className={['copy-button', className].filter(Boolean).join(' ')}>
      <button type="button" onClick={() => void copy()}>
        {label}
      </button>
      <span role="status" className="copy-button__status">
        {outcome === 'copied' ? t('copy.copied') : outcome === 'manual' ? t('copy.manual') : ''}
      </span>
      {outcome === 'manual' && (
        <>
          <label className="visually-hidden" htmlFor={fallbackId}>
            {label}
          </label>
          <textarea
            id={fallbackId}
            ref={fallbackRef}
            className="copy-button__fallback"
            readOnly
            rows={4}
            value={fallback}
          />
        </>
      )}
    </span>
  );
}
