import type { ReactNode } from 'react';
import { LANGUAGES, type Language } from '../../i18n/index';
import { useLanguage } from '../../i18n/use-language';
import type { Localized } from '../../lib/dataset/schema';
import { useUiStore } from '../../stores/ui-store';
import './parallel-text.css';

/**
 * One field of a record: in the reader's language, or, when reading in
 * parallel, as a row with a Japanese cell and an English cell (each with its
 * own `lang`, so screen readers and fonts switch). The one renderer every
 * panel field goes through, so the panels stay small and every field lines up
 * the same way. Text only: a string field becomes a text node.
 */
export function ParallelText({
  text,
  children,
}: {
  text?: Localized;
  /** For fields built per language (a date line, a participant with role). */
  children?: (language: Language) => ReactNode;
}) {
  const language = useLanguage();
  const parallel = useUiStore((state) => state.parallel);
  const render = (lang: Language) => (children ? children(lang) : text?.[lang]);
  if (!parallel) return <>{render(language)}</>;
  // Spans, so the row fits wherever the field sits (a heading, a paragraph, a list item).
  return (
    <span className="parallel-row">
      {LANGUAGES.map((lang) => (
        <span key={lang} lang={lang} className={`parallel-row__cell parallel-row__cell--${lang}`}>
          {render(lang)}
        </span>
      ))}
    </span>
  );
}
