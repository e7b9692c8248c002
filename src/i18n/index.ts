/**
 * i18next owns the language. The first visit follows the browser (or a
 * `?lang=` link); after that the reader's choice is kept in localStorage.
 */
import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import enCommon from './locales/en/common.json';
import jaCommon from './locales/ja/common.json';

export const LANGUAGES = ['ja', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const defaultNS = 'common';
export const resources = {
  ja: { common: jaCommon },
  en: { common: enCommon },
} as const;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The language the app is showing, narrowed to the two the data carries. */
export function currentLanguage(instance = i18n): Language {
  const language = instance.resolvedLanguage ?? instance.language;
  return isLanguage(language) ? language : 'ja';
}

function reflectLanguage(): void {
  const language = currentLanguage();
  document.documentElement.lang = language;
  document.title = i18n.t('app.title');
}

export function initI18n(): typeof i18n {
  if (i18n.isInitialized) return i18n;
  void i18n
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources,
      defaultNS,
      ns: [defaultNS],
      supportedLngs: LANGUAGES,
      nonExplicitSupportedLngs: true,
      fallbackLng: 'ja',
      // Resources are bundled, so init completes synchronously and the
      // first render already has the right strings.
      initAsync: false,
      interpolation: { escapeValue: false },
      detection: {
        order: ['querystring', 'localStorage', 'navigator'],
        lookupQuerystring: 'lang',
        lookupLocalStorage: 'jrt.language',
        caches: ['localStorage'],
      },
      returnNull: false,
    });
  i18n.on('languageChanged', reflectLanguage);
  reflectLanguage();
  return i18n;
}

export { i18n };
