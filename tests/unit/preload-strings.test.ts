/**
 * The inline script the build puts in index.html (scripts/preload-strings.ts)
 * starts importing the strings of the language the app is about to choose. It picks
 * by its own few lines, so they are held here to the app's detector inside
 * i18next, over the same situations: a link, a stored choice, the browser's
 * languages (regional variants too), blocked storage, nothing at all.
 */
import { createInstance } from 'i18next';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { preloadStringsScript, scriptHash } from '../../scripts/preload-strings';
import { EARLY_STRINGS_GLOBAL, type EarlyStrings } from '../../src/i18n/early-strings';
import { LANGUAGES, languageDetector } from '../../src/i18n/index';

const CHUNKS = {
  ja: '/assets/common-ja.js',
  en: '/assets/common-en.js',
  ru: '/assets/common-ru.js',
};

/** The chunk the inline script started importing, and the language it told the app. */
function preloaded(): { language: string; path: string } | null {
  const holder = window as unknown as Record<string, unknown>;
  holder[EARLY_STRINGS_GLOBAL] = undefined;
  // Run as the browser runs the inline script: a classic script on this
  // window. Neither jsdom's scripts nor a Function body have import(), so
  // the page's one import goes to a recorder instead.
  const imported: string[] = [];
  holder.__recordImport = (url: string) => {
    imported.push(url);
    return Promise.resolve({ default: {} });
  };
  const text = preloadStringsScript(CHUNKS);
  expect(text).toContain('import(early.url)');
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the script under test, as text
  const run = new Function(
    text.replace('import(early.url)', 'window.__recordImport(early.url)'),
  ) as () => void;
  run();
  const early = holder[EARLY_STRINGS_GLOBAL] as EarlyStrings | undefined;
  if (!early) return null;
  // The app takes the import from here (src/i18n/early-strings.ts).
  expect(early.module).toBeInstanceOf(Promise);
  expect(imported).toEqual([early.url]);
  return { language: early.language, path: early.url };
}

async function appLanguage(): Promise<string | undefined> {
  const instance = createInstance();
  await instance.use(languageDetector).init({
    resources: Object.fromEntries(
      LANGUAGES.map((language) => [language, { common: { x: language } }]),
    ),
    supportedLngs: LANGUAGES,
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    fallbackLng: false,
    initAsync: false,
  });
  return instance.resolvedLanguage;
}

function browserLanguages(languages: string[]): void {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
  vi.spyOn(navigator, 'language', 'get').mockReturnValue(languages[0] ?? '');
}

beforeEach(() => localStorage.clear());
afterEach(() => {
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});

const SITUATIONS: { name: string; set: () => void }[] = [
  { name: 'a ?lang=ru link', set: () => window.history.replaceState(null, '', '/?lang=ru') },
  {
    name: 'an unknown ?lang=xx link',
    set: () => window.history.replaceState(null, '', '/?lang=xx'),
  },
  { name: 'a stored choice of English', set: () => localStorage.setItem('jrt.language', 'en') },
  { name: 'a Russian browser (ru-RU)', set: () => browserLanguages(['ru-RU', 'en']) },
  { name: 'a German browser that reads English', set: () => browserLanguages(['de-DE', 'en-GB']) },
  { name: 'a browser in no language of ours', set: () => browserLanguages(['fr-FR']) },
  {
    name: 'blocked storage and an English browser',
    set: () => {
      vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
        throw new Error('blocked');
      });
      browserLanguages(['en-US']);
    },
  },
];

for (const situation of SITUATIONS) {
  test(`starts importing the strings the app then uses: ${situation.name}`, async () => {
    browserLanguages(['fr-FR']);
    situation.set();
    const language = await appLanguage();
    expect(language).toBeDefined();
    expect(preloaded()).toEqual({
      language,
      path: CHUNKS[language as keyof typeof CHUNKS],
    });
  });
}

test('allows exactly its own text under the Content-Security-Policy', () => {
  const script = preloadStringsScript(CHUNKS);
  expect(scriptHash(script)).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
  expect(scriptHash(`${script} `)).not.toBe(scriptHash(script));
});
