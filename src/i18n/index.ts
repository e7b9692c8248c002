/**
 * i18next owns the language. The first visit follows the browser (or a
 * `?lang=` link); after that the reader's choice is kept in localStorage.
 *
 * Two namespaces, each one small file per language that Vite makes its own
 * chunk: `common` holds what the first view shows, and only the active
 * language's is loaded before the first render (see main.tsx); `features`
 * holds the strings of the parts loaded on demand (map, chart, lineage,
 * citations, export, sharing) and arrives with them. Another language's
 * files arrive when the reader switches to it.
 */
import i18n, { type LanguageDetectorModule } from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import { takeEarlyStrings } from './early-strings';
import type enCommon from './locales/en/common.json';
import type enFeatures from './locales/en/features.json';

export const LANGUAGES = ['ja', 'en', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

export const defaultNS = 'common';

/** The shape of every namespace, for typed keys (see i18next.d.ts). */
export interface Namespaces {
  common: typeof enCommon;
  features: typeof enFeatures;
}
export type Namespace = keyof Namespaces;

// Spelled out, one import per file, so each is its own chunk and none is bundled.
const STRINGS: {
  [L in Language]: { [N in Namespace]: () => Promise<{ default: Namespaces[N] }> };
} = {
  ja: {
    common: () => import('./locales/ja/common.json'),
    features: () => import('./locales/ja/features.json'),
  },
  en: {
    common: () => import('./locales/en/common.json'),
    features: () => import('./locales/en/features.json'),
  },
  ru: {
    common: () => import('./locales/ru/common.json'),
    features: () => import('./locales/ru/features.json'),
  },
};

/** One namespace of one language, fetched on demand. */
export function loadStrings<N extends Namespace>(
  language: Language,
  namespace: N,
): Promise<Namespaces[N]> {
  const load = STRINGS[language][namespace];
  const early = namespace === 'common' ? takeEarlyStrings(language) : null;
  // Should the page's early import have failed, the app asks once more itself.
  const loaded = early ? (early as ReturnType<typeof load>).catch(() => load()) : load();
  return loaded.then((module) => module.default);
}

/** The on-demand strings of one language. */
export function loadFeatureStrings(language: Language): Promise<typeof enFeatures> {
  return loadStrings(language, 'features');
}

function isNamespace(value: string): value is Namespace {
  return value === 'common' || value === 'features';
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The language the app is showing, narrowed to the three the app speaks. */
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
 * (`ru-RU` counts as `ru`, see nonExplicitSupportedLngs), else `ja`. Our
 * own few lines instead of i18next-browser-languagedetector, which
 * bundles lookups (cookies, paths, subdomains, …) the app never uses.
 */
export const languageDetector: LanguageDetectorModule = {
  type: 'languageDetector',
  detect: () => {
    const fromLink = new URLSearchParams(location.search).get(QUERY_PARAMETER);
    const candidates = [
      fromLink,
      storedLanguage(),
      ...navigator.languages,
      navigator.language,
      // Last, so there is always one: i18next has no fallback language to load.
      'ja',
    ];
    return candidates.filter((candidate): candidate is string => Boolean(candidate));
  },
  // i18next hands over the code it matched (`ru-RU`); the app's language is its first part.
  cacheUserLanguage: (language) => {
    const base = language.split('-')[0];
    if (isLanguage(base)) storeLanguage(base);
  },
};

function reflectLanguage(): void {
  const language = currentLanguage();
  document.documentElement.lang = language;
  document.title = i18n.t('app.title');
  document
    .querySelector('meta[name="description"]')
    ?.setAttribute('content', i18n.t('app.description'));
}

let ready: Promise<void> | undefined;

/**
 * Detects the language and starts fetching its `common` strings at once;
 * resolves when they are in, so the first render has them. Call it before
 * anything else that waits on the network.
 */
export function initI18n(): Promise<void> {
  if (ready) return ready;
  ready = i18n
    .use(languageDetector)
    .use(initReactI18next)
    .use(
      resourcesToBackend((language: string, namespace: string) =>
        isLanguage(language) && isNamespace(namespace)
          ? loadStrings(language, namespace)
          : Promise.reject(new Error(`No ${namespace} strings for ${language}`)),
      ),
    )
    .init({
      defaultNS,
      // A feature component asks for `features` and still finds the shared strings.
      fallbackNS: defaultNS,
      ns: [defaultNS],
      supportedLngs: LANGUAGES,
      nonExplicitSupportedLngs: true,
      // `ru-RU` loads `ru` only, never a `ru-RU` file that does not exist.
      load: 'languageOnly',
      // No fallback language: it would be fetched alongside the reader's own.
      // Every language has every key (tests/unit/i18n-resources.test.ts).
      fallbackLng: false,
      // Start fetching now, not on the next tick.
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    })
    .then(() => {
      i18n.on('languageChanged', reflectLanguage);
      reflectLanguage();
    });
  return ready;
}

export { i18n };
