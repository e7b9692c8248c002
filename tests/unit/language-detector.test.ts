/**
 * Which language the first view shows: our detector (src/i18n/index.ts)
 * inside a fresh i18next configured as the app's, so the whole choice is
 * tested — a `?lang=` link, then the reader's stored choice, then the
 * browser's languages, regional variants counting, Japanese otherwise —
 * and storage that throws never breaks it.
 */
import { createInstance } from 'i18next';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { LANGUAGES, languageDetector } from '../../src/i18n/index';

// One string per language is enough for i18next to count the language as loaded.
const resources = Object.fromEntries(
  LANGUAGES.map((language) => [language, { common: { x: language } }]),
);

const STORAGE_KEY = 'jrt.language';

async function detected(): Promise<string | undefined> {
  const instance = createInstance();
  await instance.use(languageDetector).init({
    resources,
    supportedLngs: LANGUAGES,
    nonExplicitSupportedLngs: true,
    fallbackLng: 'ja',
    initAsync: false,
  });
  return instance.resolvedLanguage;
}

function browserLanguages(languages: string[]): void {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
  vi.spyOn(navigator, 'language', 'get').mockReturnValue(languages[0] ?? '');
}

beforeEach(() => {
  // The shared setup's changeLanguage('ja') has just stored a choice: a first visit has none.
  localStorage.clear();
});

afterEach(() => {
  vi.restoreAllMocks();
});

test('a ?lang= link wins over the stored choice and the browser', async () => {
  localStorage.setItem(STORAGE_KEY, 'ja');
  browserLanguages(['ja-JP']);
  window.history.replaceState(null, '', '/?lang=en&event=x');
  expect(await detected()).toBe('en');
});

test('without a link, the stored choice wins over the browser', async () => {
  localStorage.setItem(STORAGE_KEY, 'en');
  browserLanguages(['ja-JP', 'ja']);
  expect(await detected()).toBe('en');
});

test('a first visit follows the first supported browser language, regional variants included', async () => {
  browserLanguages(['de-DE', 'en-GB', 'ja']);
  expect(await detected()).toBe('en');
  localStorage.clear();
  browserLanguages(['ko', 'ja-JP']);
  expect(await detected()).toBe('ja');
});

test('a language the app lacks, in a link or the browser, falls back to Japanese', async () => {
  browserLanguages(['fr-FR']);
  window.history.replaceState(null, '', '/?lang=xx');
  expect(await detected()).toBe('ja');
});

test('the language shown is remembered for the next visit, an unknown one never', async () => {
  browserLanguages(['en-US']);
  await detected();
  expect(localStorage.getItem(STORAGE_KEY)).toBe('en');
  languageDetector.cacheUserLanguage?.('xx');
  expect(localStorage.getItem(STORAGE_KEY)).toBe('en');
});

test('storage that throws (blocked, sandboxed) neither breaks detection nor saving', async () => {
  vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
    throw new DOMException('blocked', 'SecurityError');
  });
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('blocked', 'SecurityError');
  });
  browserLanguages(['en']);
  expect(await detected()).toBe('en');
});
