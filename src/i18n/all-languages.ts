/**
 * For the parts that give text in every language at once (a citation, an
 * export): the other languages' strings, fetched when such a part first
 * shows, since the first view loads only the reader's own.
 *
 * Not i18n/index.ts itself: importing that module from an on-demand chunk
 * would split it out of the first view's chunk.
 */
import type { i18n as I18n } from 'i18next';
import { use } from 'react';
import type { Language } from './index';

/** The same as i18n's LANGUAGES (a unit test holds them together). */
export const ALL_LANGUAGES: readonly Language[] = ['ja', 'en', 'ru'];

let loading: Promise<void> | undefined;

/** Every language's strings; rejects (and is tried afresh next time) if one did not arrive. */
export function loadAllLanguages(i18n: I18n): Promise<void> {
  loading ??= i18n.loadLanguages([...ALL_LANGUAGES]).then(() => {
    const missing = ALL_LANGUAGES.filter((language) => !i18n.hasResourceBundle(language, 'common'));
    if (missing.length > 0) {
      loading = undefined;
      throw new Error(`No strings for ${missing.join(', ')}`);
    }
  });
  return loading;
}

/** Suspends until every language's strings are in; throws to the error boundary if they fail. */
export function useAllLanguages(i18n: I18n): void {
  use(loadAllLanguages(i18n));
}

/** The app's title in each language; call after useAllLanguages. */
export function appTitles(i18n: I18n): Record<Language, string> {
  return {
    ja: i18n.getFixedT('ja')('app.title'),
    en: i18n.getFixedT('en')('app.title'),
    ru: i18n.getFixedT('ru')('app.title'),
  };
}
