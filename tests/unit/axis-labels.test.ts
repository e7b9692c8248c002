import { describe, expect, it } from 'vitest';
import { axisLabelFormatter } from '../../src/features/timeline/axis-labels';

describe('axis labels', () => {
  const november1997 = new Date(1997, 10, 1);

  it('reads naturally in Japanese', () => {
    const label = axisLabelFormatter('ja');
    expect(label(november1997, 'year', 'minor')).toBe('1997年');
    expect(label(november1997, 'month', 'minor')).toBe('11月');
    expect(label(november1997, 'day', 'major')).toBe('1997年11月');
  });

  it('reads naturally in English', () => {
    const label = axisLabelFormatter('en');
    expect(label(november1997, 'year', 'minor')).toBe('1997');
    expect(label(november1997, 'month', 'minor')).toBe('Nov');
    expect(label(november1997, 'day', 'major')).toBe('November 1997');
  });

  it('reads naturally in Russian, a month alone in the nominative', () => {
    const label = axisLabelFormatter('ru');
    expect(label(november1997, 'year', 'minor')).toBe('1997');
    expect(label(november1997, 'month', 'minor')).toBe('нояб.');
    expect(label(new Date(1997, 4, 1), 'month', 'minor')).toBe('май');
    expect(label(november1997, 'month', 'major')).toBe('1997');
    expect(label(new Date(1997, 10, 25), 'day', 'minor')).toBe('25');
    expect(label(november1997, 'day', 'major')).toBe('ноябрь 1997\u00a0г.');
    expect(label(new Date(1998, 2, 9), 'week', 'major')).toBe('март 1998\u00a0г.');
    expect(label(november1997, 'year', 'major')).toBe('');
    expect(label(november1997, 'hour', 'minor')).toBe('');
  });

  it('leaves labels blank for scales the zoom limits never reach', () => {
    expect(axisLabelFormatter('en')(november1997, 'hour', 'minor')).toBe('');
  });
});
