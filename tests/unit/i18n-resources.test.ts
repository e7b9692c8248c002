import { describe, expect, it } from 'vitest';
import { i18n, loadFeatureStrings, resources } from '../../src/i18n/index';
import enFeatures from '../../src/i18n/locales/en/features.json';
import jaFeatures from '../../src/i18n/locales/ja/features.json';

// Both namespaces of each language: the bundled `common` and the on-demand `features`.
const strings = {
  ja: { ...resources.ja, features: jaFeatures },
  en: { ...resources.en, features: enFeatures },
};

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    keys(child, prefix ? `${prefix}.${key}` : key),
  );
}

describe('UI strings', () => {
  it('has the same keys in Japanese and English', () => {
    expect(keys(strings.ja).sort()).toEqual(keys(strings.en).sort());
  });

  it('has no empty string in either language', () => {
    for (const language of ['ja', 'en'] as const) {
      const empty = keys(strings[language]).filter((key) => {
        const value = key
          .split('.')
          .reduce<unknown>(
            (node, part) => (node as Record<string, unknown>)[part],
            strings[language],
          );
        return typeof value !== 'string' || value.trim() === '';
      });
      expect(empty, language).toEqual([]);
    }
  });

  it('keeps each key in one namespace, so a feature never shadows a first-view string', () => {
    const common = new Set(keys(strings.en.common));
    expect(keys(strings.en.features).filter((key) => common.has(key))).toEqual([]);
  });

  it('loads the on-demand strings of the language asked for', async () => {
    await expect(loadFeatureStrings('ja')).resolves.toEqual(jaFeatures);
    await expect(loadFeatureStrings('en')).resolves.toEqual(enFeatures);
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
    expect(i18n.t('status.retry', { ns: 'features' })).toBe(resources.en.common.status.retry);
  });
});
