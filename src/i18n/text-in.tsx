import { shownLanguage, textIn, type LocalizedText } from './localized';
import type { Language } from './index';

/** A dataset text as a text node, wrapped in a `lang` span only when it falls back to another language. */
export function TextIn({ text, language }: { text: LocalizedText; language: Language }) {
  const shown = shownLanguage(text, language);
  return shown === language ? (
    <>{textIn(text, language)}</>
  ) : (
    <span lang={shown}>{textIn(text, language)}</span>
  );
}
