/**
 * i18next owns the language. The first visit follows the browser (or a
 * `?lang=` link); after that the reader's choice is kept in localStorage.
 *
 * Two namespaces: `common` holds what the first view shows and is bundled,
 * so the first render already has its strings; `features` holds the strings
 * of the parts loaded on demand (map, chart, lineage, citations, export,
 * sharing) and arrives with them, one small file per language.
 */
import i18n, { type LanguageDetectorModule } from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import enCommon from './locales/en/common.json';
import type enFeatures from './locales/en/features.json';
import jaCommon from './locales/ja/common.json';

export const LANGUAGES = ['ja', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const defaultNS = 'common';
export const resources = {
  ja: { common: jaCommon },
  en: { common: enCommon },
} as const;

/** The shape of every namespace, for typed keys (see i18next.d.ts). */
export interface Namespaces {
  common: typeof enCommon;
  features: typeof enFeatures;
}

/** The on-demand strings of one language; Vite makes each file its own chunk. */
export function loadFeatureStrings(language: Language): Promise<typeof enFeatures> {
  return language === 'ja'
    ? import('./locales/ja/features.json').then((module) => module.default)
    : import('./locales/en/features.json').then((module) => module.default);
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The language the app is showing, narrowed to the two the data carries. */
export function currentLanguage(instance = i18n): Language {
  const language = instance.resolvedLanguage ?? instance.language;
  return isLanguage(language) ? language : 'ja';
}

/** Where the reader's choice is kept, and the link parameter that picks a language. */
const STORAGE_KEY = 'jrt.language';
const QUERY_PARAMETER = 'lang';

/** localStorage can throw (blocked storage, sandboxed frames): then nothing is remembered. */
function storedLanguage(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function storeLanguage(language: string): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // The choice lasts for this page only.
  }
}

/**
 * Which language to show, in order: a `?lang=` link, the reader's earlier
 * choice, the browser's languages. i18next takes the first it supports
 * (`en-GB` counts as `en`, see nonExplicitSupportedLngs), else `ja`. Our
 * own few lines instead of i18next-browser-languagedetector, which
 * bundles lookups (cookies, paths, subdomains, …) the app never uses.
 */
export const languageDetector: LanguageDetectorModule = {
  type: 'languageDetector',
  detect: () => {
    const fromLink = new URLSearchParams(location.search).get(QUERY_PARAMETER);
    const candidates = [fromLink, storedLanguage(), ...navigator.languages, navigator.language];
    return candidates.filter((candidate): candidate is string => Boolean(candidate));
  },
  // i18next hands over the code it matched (`en-GB`); the app's language is its first part.
  cacheUserLanguage: (language) => {
    const base = language.split('-')[0];
    if (isLanguage(base)) storeLanguage(base);
  },
};

function reflectLanguage(): void {
  const language = currentLanguage();
  document.documentElement.lang = language;
  document.title = i18n.t('app.title');
}

export function initI18n(): typeof i18n {
  if (i18n.isInitialized) return i18n;
  void i18n
    .use(languageDetector)
    .use(initReactI18next)
    .use(
      resourcesToBackend((language: string, namespace: string) =>
        namespace === 'features' && isLanguage(language)
          ? loadFeatureStrings(language)
          : Promise.reject(new Error(`No ${namespace} strings for ${language}`)),
      ),
    )
    .init({
      resources,
      // The bundled `common` stays; only namespaces missing from `resources` are fetched.
      partialBundledLanguages: true,
      defaultNS,
      // A feature component asks for `features` and still finds the shared strings.
      fallbackNS: defaultNS,
      ns: [defaultNS],
      supportedLngs: LANGUAGES,
      nonExplicitSupportedLngs: true,
      fallbackLng: 'ja',
      // Resources are bundled, so init completes synchronously and the
      // first render already has the right strings.
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  i18n.on('languageChanged', reflectLanguage);
  reflectLanguage();
  return i18n;
}

export { i18n };
