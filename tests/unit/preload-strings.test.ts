/**
 * The inline script the build puts in index.html (scripts/preload-strings.ts)
 * preloads the strings of the language the app is about to choose. It picks
 * by its own few lines, so they are held here to the app's detector inside
 * i18next, over the same situations: a link, a stored choice, the browser's
 * languages (regional variants too), blocked storage, nothing at all.
 */
import { createInstance } from 'i18next';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { preloadStringsScript, scriptHash } from '../../scripts/preload-strings';
import { LANGUAGES, languageDetector } from '../../src/i18n/index';

const CHUNKS = {
  ja: '/assets/common-ja.js',
  en: '/assets/common-en.js',
  ru: '/assets/common-ru.js',
};

function preloaded(): string[] {
  document.head.querySelectorAll('link[rel="modulepreload"]').forEach((link) => link.remove());
  // As the browser runs the inline script: a classic script in this window
  // (jsdom runs inserted scripts: vitest's environment allows them).
  const script = document.createElement('script');
  script.textContent = preloadStringsScript(CHUNKS);
  document.head.append(script);
  script.remove();
  return [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map(
    (link) => new URL(link.href).pathname,
  );
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
  test(`preloads the strings the app then uses: ${situation.name}`, async () => {
    browserLanguages(['fr-FR']);
    situation.set();
    const language = await appLanguage();
    expect(language).toBeDefined();
    expect(preloaded()).toEqual([CHUNKS[language as keyof typeof CHUNKS]]);
  });
}

test('allows exactly its own text under the Content-Security-Policy', () => {
  const script = preloadStringsScript(CHUNKS);
  expect(scriptHash(script)).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
  expect(scriptHash(`${script} `)).not.toBe(scriptHash(script));
});
