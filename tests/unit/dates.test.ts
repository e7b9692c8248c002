import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateSpan,
  formatEraDate,
  precisionOf,
  startOf,
} from '../../src/lib/dates';

describe('dates at their precision', () => {
  it('knows the precision of each form', () => {
    expect(precisionOf('2003-01-10')).toBe('day');
    expect(precisionOf('1997-11')).toBe('month');
    expect(precisionOf('1956')).toBe('year');
  });

  it('never invents a day for a month-precision date', () => {
    expect(formatDate('1997-11', 'ja')).toBe('1997年11月');
    expect(formatDate('1997-11', 'en')).toBe('November 1997');
  });

  it('formats exact days in each language', () => {
    expect(formatDate('2003-01-10', 'ja')).toBe('2003年1月10日');
    expect(formatDate('2003-01-10', 'en')).toBe('10 January 2003');
    expect(formatDate('1956', 'en')).toBe('1956');
  });

  it('gives the Japanese era year as the official pages write it', () => {
    expect(formatEraDate('2003-01-10')).toBe('平成15年1月10日');
    expect(formatEraDate('1993-10')).toBe('平成5年10月');
  });

  it('formats a span of days compactly', () => {
    expect(formatDateSpan('2011-02-11', '2011-02-12', 'ja')).toBe('2011年2月11日～12日');
    expect(formatDateSpan('2011-02-11', '2011-02-12', 'en')).toBe('11 – 12 February 2011');
    expect(formatDateSpan('2009-12-27', undefined, 'en')).toBe('27 December 2009');
  });

  it('starts a partial date at the first instant of its period', () => {
    expect(startOf('1997-11')).toEqual(new Date(1997, 10, 1));
    expect(startOf('1997-12-31')).toEqual(new Date(1997, 11, 31));
    expect(startOf('1956')).toEqual(new Date(1956, 0, 1));
  });
});
