import type { ReactNode } from 'react';
import type { Language } from '../../i18n/index';
import { shownLanguage, textIn, type LocalizedText } from '../../i18n/localized';
import { TextIn } from '../../i18n/text-in';
import { useLanguage } from '../../i18n/use-language';
import { pairLanguages, useUiStore } from '../../stores/ui-store';
import './parallel-text.css';

/**
 * One field of a record: in the reader's language, or, when reading in
 * parallel, as a row with one cell per language of the chosen pair (each with
 * its own `lang`, so screen readers and fonts switch). The one renderer every
 * panel field goes through, so the panels stay small and every field lines up
 * the same way. Text only: a string field becomes a text node. A text not yet
 * translated into Russian shows its English, marked as English.
 */
export function ParallelText({
  text,
  children,
}: {
  text?: LocalizedText;
  /** For fields built per language (a date line, a participant with role). */
  children?: (language: Language) => ReactNode;
}) {
  const language = useLanguage();
  const parallel = useUiStore((state) => state.parallel);
  if (!parallel) {
    if (children) return <>{children(language)}</>;
    return text ? <TextIn text={text} language={language} /> : null;
  }
  // Spans, so the row fits wherever the field sits (a heading, a paragraph, a list item).
  return (
    <span className="parallel-row">
      {pairLanguages(parallel).map((lang) => {
        const shown = text && !children ? shownLanguage(text, lang) : lang;
        return (
          <span
            key={lang}
            lang={shown}
            className={`parallel-row__cell parallel-row__cell--${lang}`}
          >
            {children ? children(lang) : text && textIn(text, lang)}
          </span>
        );
      })}
    </span>
  );
}
