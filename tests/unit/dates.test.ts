import { describe, expect, it, test } from 'vitest';
import {
  compareIsoDates,
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

  it('writes Russian dates as Russian does: genitive after a day, nominative alone, "г." on the year’s line', () => {
    const gap = '\u00a0';
    expect(formatDate('2001-03-25', 'ru')).toBe(`25 марта 2001${gap}г.`);
    expect(formatDate('1997-11', 'ru')).toBe(`ноябрь 1997${gap}г.`);
    expect(formatDate('1998-05-01', 'ru')).toBe(`1 мая 1998${gap}г.`);
    expect(formatDate('1998-05', 'ru')).toBe(`май 1998${gap}г.`);
    expect(formatDate('1956', 'ru')).toBe(`1956${gap}г.`);
    // Every month, both cases: a slip in either list shows here.
    const days = Array.from(
      { length: 12 },
      (_, month) => formatDate(`2003-${String(month + 1).padStart(2, '0')}-10`, 'ru').split(' ')[1],
    );
    expect(days).toEqual([
      'января',
      'февраля',
      'марта',
      'апреля',
      'мая',
      'июня',
      'июля',
      'августа',
      'сентября',
      'октября',
      'ноября',
      'декабря',
    ]);
    const months = Array.from(
      { length: 12 },
      (_, month) => formatDate(`2003-${String(month + 1).padStart(2, '0')}`, 'ru').split(' ')[0],
    );
    expect(months).toEqual([
      'январь',
      'февраль',
      'март',
      'апрель',
      'май',
      'июнь',
      'июль',
      'август',
      'сентябрь',
      'октябрь',
      'ноябрь',
      'декабрь',
    ]);
  });

  it('writes Russian spans with the shared part once', () => {
    const gap = '\u00a0';
    expect(formatDateSpan('2011-02-11', '2011-02-12', 'ru')).toBe(`11–12 февраля 2011${gap}г.`);
    expect(formatDateSpan('2000-09-30', '2000-10-02', 'ru')).toBe(
      `30 сентября – 2 октября 2000${gap}г.`,
    );
    expect(formatDateSpan('2009-12-30', '2010-01-02', 'ru')).toBe(
      `30 декабря 2009${gap}г. – 2 января 2010${gap}г.`,
    );
    expect(formatDateSpan('2011-02', '2011-05', 'ru')).toBe(`февраль – май 2011${gap}г.`);
    expect(formatDateSpan('1993', '1995', 'ru')).toBe(`1993–1995${gap}гг.`);
    expect(formatDateSpan('2001-03-25', '2001-03-25', 'ru')).toBe(`25 марта 2001${gap}г.`);
    expect(formatDateSpan('2009-12-27', undefined, 'ru')).toBe(`27 декабря 2009${gap}г.`);
  });

  it('starts a partial date at the first instant of its period', () => {
    expect(startOf('1997-11')).toEqual(new Date(1997, 10, 1));
    expect(startOf('1997-12-31')).toEqual(new Date(1997, 11, 31));
    expect(startOf('1956')).toEqual(new Date(1956, 0, 1));
  });
});

test('orders ISO dates of any precision in time order, a month before its days', () => {
  const dates = ['2001-03-25', '1993-10-11', '2001', '2001-03', '1998-11-12', '2001-02-28'];
  expect([...dates].sort(compareIsoDates)).toEqual([
    '1993-10-11',
    '1998-11-12',
    '2001',
    '2001-02-28',
    '2001-03',
    '2001-03-25',
  ]);
  expect(compareIsoDates('2001-03', '2001-03')).toBe(0);
});
