/**
 * The first render takes the reader's `common` strings from the import that
 * index.html's inline script started (scripts/preload-strings.ts), and
 * only from it when it is for the same language; anything else goes
 * through the app's own import().
 */
import { afterEach, expect, test } from 'vitest';
import { EARLY_STRINGS_GLOBAL, type EarlyStrings } from '../../src/i18n/early-strings';
import { loadStrings } from '../../src/i18n/index';
import enCommon from '../../src/i18n/locales/en/common.json';
import ruCommon from '../../src/i18n/locales/ru/common.json';

const holder = globalThis as Record<string, unknown>;

function pageStarted(language: string, module: Promise<{ default: unknown }>): void {
  const early: EarlyStrings = { language, url: `/assets/common-${language}.js`, module };
  holder[EARLY_STRINGS_GLOBAL] = early;
}

afterEach(() => {
  holder[EARLY_STRINGS_GLOBAL] = undefined;
});

test("the first load of the page's language takes the page's import, and only the first", async () => {
  const fromPage = { app: { title: 'from the page' } };
  pageStarted('en', Promise.resolve({ default: fromPage }));
  await expect(loadStrings('en', 'common')).resolves.toBe(fromPage);
  // Switching away and back: the app's own import.
  await expect(loadStrings('en', 'common')).resolves.toEqual(enCommon);
});

test('another language, or the on-demand strings, never take it', async () => {
  const fromPage = { app: { title: 'from the page' } };
  pageStarted('en', Promise.resolve({ default: fromPage }));
  await expect(loadStrings('ru', 'common')).resolves.toEqual(ruCommon);
  await expect(loadStrings('en', 'features')).resolves.not.toBe(fromPage);
  // Still there for the language it was started for.
  await expect(loadStrings('en', 'common')).resolves.toBe(fromPage);
});

test('a failed import by the page is asked for again by the app', async () => {
  const failed = Promise.reject(new Error('chunk missing'));
  failed.catch(() => undefined);
  pageStarted('ru', failed);
  await expect(loadStrings('ru', 'common')).resolves.toEqual(ruCommon);
});

test('something else under that name is not taken for the strings', async () => {
  holder[EARLY_STRINGS_GLOBAL] = { language: 'en', module: 'not a promise' };
  await expect(loadStrings('en', 'common')).resolves.toEqual(enCommon);
});
