import { describe, expect, it, vi } from 'vitest';
import { ALL_LANGUAGES } from '../../src/i18n/all-languages';
import {
  currentLanguage,
  i18n,
  LANGUAGES,
  loadFeatureStrings,
  loadStrings,
} from '../../src/i18n/index';
import enCommon from '../../src/i18n/locales/en/common.json';
import enFeatures from '../../src/i18n/locales/en/features.json';
import jaCommon from '../../src/i18n/locales/ja/common.json';
import jaFeatures from '../../src/i18n/locales/ja/features.json';
import ruCommon from '../../src/i18n/locales/ru/common.json';
import ruFeatures from '../../src/i18n/locales/ru/features.json';

// Both namespaces of each language: `common` (the first view) and the on-demand `features`.
const strings = {
  ja: { common: jaCommon, features: jaFeatures },
  en: { common: enCommon, features: enFeatures },
  ru: { common: ruCommon, features: ruFeatures },
};

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    keys(child, prefix ? `${prefix}.${key}` : key),
  );
}

/** A key without its plural suffix: Russian has four forms where English has two. */
function withoutPlural(key: string): string {
  return key.replace(/_(zero|one|two|few|many|other)$/u, '');
}

function valueAt(tree: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree);
}

describe('UI strings', () => {
  it('offers the same three languages everywhere', () => {
    expect([...LANGUAGES]).toEqual(['ja', 'en', 'ru']);
    expect([...ALL_LANGUAGES]).toEqual([...LANGUAGES]);
    expect(Object.keys(strings)).toEqual([...LANGUAGES]);
  });

  it('has the same keys in every language, plural forms aside', () => {
    const english = [...new Set(keys(strings.en).map(withoutPlural))].sort();
    for (const language of LANGUAGES) {
      expect([...new Set(keys(strings[language]).map(withoutPlural))].sort(), language).toEqual(
        english,
      );
    }
  });

  it('gives every plural the forms its language needs', () => {
    const forms = (language: keyof typeof strings, stem: string) =>
      keys(strings[language])
        .filter((key) => withoutPlural(key) === stem && key !== stem)
        .map((key) => key.slice(stem.length + 1))
        .sort();
    const stems = [
      ...new Set(
        keys(strings.en)
          .filter((key) => withoutPlural(key) !== key)
          .map(withoutPlural),
      ),
    ];
    expect(stems.length).toBeGreaterThan(5);
    for (const stem of stems) {
      expect(forms('en', stem), stem).toEqual(['one', 'other']);
      expect(forms('ru', stem), stem).toEqual(['few', 'many', 'one', 'other']);
      // Japanese needs only `other` (a leftover `_one` is never used).
      expect(forms('ja', stem), stem).toContain('other');
    }
  });

  it('has no empty string in any language', () => {
    for (const language of LANGUAGES) {
      const empty = keys(strings[language]).filter((key) => {
        const value = valueAt(strings[language], key);
        return typeof value !== 'string' || value.trim() === '';
      });
      expect(empty, language).toEqual([]);
    }
  });

  it('keeps the same placeholders in every translation', () => {
    const placeholders = (text: unknown) =>
      [...String(text).matchAll(/\{\{(\w+)\}\}/gu)].map((match) => match[1]).sort();
    for (const key of keys(strings.en)) {
      const expected = placeholders(valueAt(strings.en, key));
      const plural = withoutPlural(key) !== key;
      for (const language of ['ja', 'ru'] as const) {
        // A plural's every form; any other key itself (`map.venue` is not `map.venue_one`).
        const translated = plural
          ? keys(strings[language]).filter(
              (candidate) =>
                candidate !== withoutPlural(key) && withoutPlural(candidate) === withoutPlural(key),
            )
          : [key];
        for (const candidate of translated) {
          expect(
            placeholders(valueAt(strings[language], candidate)),
            `${language} ${candidate}`,
          ).toEqual(expected);
        }
      }
    }
  });

  it('keeps each key in one namespace, so a feature never shadows a first-view string', () => {
    const common = new Set(keys(strings.en.common));
    expect(keys(strings.en.features).filter((key) => common.has(key))).toEqual([]);
  });

  it('loads the strings of the language asked for, one file at a time', async () => {
    for (const language of LANGUAGES) {
      await expect(loadStrings(language, 'common')).resolves.toEqual(strings[language].common);
      await expect(loadFeatureStrings(language)).resolves.toEqual(strings[language].features);
    }
  });

  it('counts in Russian by Russian rules', async () => {
    await i18n.changeLanguage('ru');
    const t = i18n.getFixedT('ru');
    expect(t('filters.results', { count: 1 })).toBe('Найдено 1 событие');
    expect(t('filters.results', { count: 2 })).toBe('Найдено 2 события');
    expect(t('filters.results', { count: 5 })).toBe('Найдено 5 событий');
    expect(t('filters.results', { count: 11 })).toBe('Найдено 11 событий');
    expect(t('filters.results', { count: 21 })).toBe('Найдено 21 событие');
    expect(t('filters.results', { count: 24 })).toBe('Найдено 24 события');
    expect(t('status.dataIssues', { count: 3 })).toBe(
      '3 записи в данных содержат ошибки и не показаны:',
    );
    const features = i18n.getFixedT('ru', 'features');
    expect(features('map.venue', { name: 'Москва', count: 1 })).toBe('Москва: 1 событие');
    expect(features('map.venue', { name: 'Москва', count: 12 })).toBe('Москва: 12 событий');
    expect(features('rhythm.year', { year: 2001, count: 3 })).toBe('2001 г.: 3 события');
  });

  it('shows the page’s language, title and description in Russian', async () => {
    document.head.insertAdjacentHTML('beforeend', '<meta name="description" content="">');
    await i18n.changeLanguage('ru');
    expect(document.documentElement.lang).toBe('ru');
    expect(document.title).toBe(ruCommon.app.title);
    expect(document.querySelector('meta[name="description"]')).toHaveAttribute(
      'content',
      ruCommon.app.description,
    );
    await i18n.changeLanguage('en');
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe(enCommon.app.title);
  });

  it('fetches the feature strings when a feature first asks, and finds shared ones through them', async () => {
    await i18n.changeLanguage('en');
    // The test setup preloads them; take them away to see the backend fetch them.
    i18n.removeResourceBundle('en', 'features');
    expect(i18n.hasResourceBundle('en', 'features')).toBe(false);
    await i18n.loadNamespaces('features');
    expect(i18n.hasResourceBundle('en', 'features')).toBe(true);
    expect(i18n.t('map.label', { ns: 'features' })).toBe(enFeatures.map.label);
    // Shared strings are reachable from the feature namespace through fallbackNS.
    expect(i18n.t('status.retry', { ns: 'features' })).toBe(enCommon.status.retry);
  });
});

describe('the first visit’s language', () => {
  /** What the app would open in: the detector's answer, as i18next resolves it. */
  async function detect({ search = '', stored = null as string | null, browser = ['en-US'] } = {}) {
    window.history.replaceState(null, '', `/${search}`);
    localStorage.clear();
    if (stored) localStorage.setItem('jrt.language', stored);
    const languages = vi.spyOn(navigator, 'languages', 'get').mockReturnValue(browser);
    const language = vi.spyOn(navigator, 'language', 'get').mockReturnValue(browser[0] ?? '');
    try {
      // With no language named, i18next asks the detector, as on a first visit.
      await i18n.changeLanguage();
      return currentLanguage();
    } finally {
      languages.mockRestore();
      language.mockRestore();
    }
  }

  it('follows a Russian browser, whatever its region', async () => {
    expect(await detect({ browser: ['ru-RU', 'en-US'] })).toBe('ru');
    expect(await detect({ browser: ['ru'] })).toBe('ru');
    expect(await detect({ browser: ['uk-UA', 'ru-UA'] })).toBe('ru');
    expect(document.documentElement.lang).toBe('ru');
  });

  it('puts a link and then the reader’s own choice before the browser', async () => {
    expect(await detect({ search: '?lang=ru', browser: ['ja-JP'] })).toBe('ru');
    expect(await detect({ stored: 'ru', browser: ['en-GB'] })).toBe('ru');
    expect(await detect({ search: '?lang=en', stored: 'ru', browser: ['ru-RU'] })).toBe('en');
  });

  it('falls back to Japanese for a browser in none of the three', async () => {
    expect(await detect({ browser: ['fr-FR', 'de'] })).toBe('ja');
  });
});
