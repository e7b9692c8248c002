/**
 * Reading one language out of a dataset text. Japanese and English are always
 * there; Russian is being translated, so a record may lack it for a while.
 * Then the English text is shown, marked `lang="en"` so screen readers and
 * fonts switch with it: never a blank, never English posing as Russian.
 */
import type { Language } from './index';

/** A dataset text (see `localizedSchema`): Japanese, English and, record by record, Russian. */
export interface LocalizedText {
  ja: string;
  en: string;
  ru?: string;
}

/** The language a text is actually shown in for a reader of `language`. */
export function shownLanguage(text: LocalizedText, language: Language): Language {
  return text[language] ? language : 'en';
}

/** The text for a reader of `language`, in English where its Russian is missing. */
export function textIn(text: LocalizedText, language: Language): string {
  return text[language] || text.en;
}
