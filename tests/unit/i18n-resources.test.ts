import { describe, expect, it } from 'vitest';
import { resources } from '../../src/i18n/index';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    keys(child, prefix ? `${prefix}.${key}` : key),
  );
}

describe('UI strings', () => {
  it('has the same keys in Japanese and English', () => {
    expect(keys(resources.ja).sort()).toEqual(keys(resources.en).sort());
  });

  it('has no empty string in either language', () => {
    for (const language of ['ja', 'en'] as const) {
      const empty = keys(resources[language]).filter((key) => {
        const value = key
          .split('.')
          .reduce<unknown>(
            (node, part) => (node as Record<string, unknown>)[part],
            resources[language],
          );
        return typeof value !== 'string' || value.trim() === '';
      });
      expect(empty, language).toEqual([]);
    }
  });
});
