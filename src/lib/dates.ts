/**
 * Dates at the precision the sources give them. A month-precision event is
 * shown as "1997年11月" / "November 1997" and never gains an invented day.
 */
import type { Language } from '../i18n/index';

export type DatePrecision = 'year' | 'month' | 'day';

interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

function parts(date: string): DateParts {
  const [year, month, day] = date.split('-').map(Number);
  return { year: year ?? NaN, month, day };
}

export function precisionOf(date: string): DatePrecision {
  const { month, day } = parts(date);
  if (day !== undefined) return 'day';
  if (month !== undefined) return 'month';
  return 'year';
}

/** The first instant of the date's period, in local time (vis-timeline draws local time). */
export function startOf(date: string): Date {
  const { year, month = 1, day = 1 } = parts(date);
  return new Date(year, month - 1, day);
}

const LOCALES: Record<Language, string> = { ja: 'ja-JP', en: 'en-GB' };

const OPTIONS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
};

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, precision: DatePrecision): Intl.DateTimeFormat {
  const key = `${locale}|${precision}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, OPTIONS[precision]);
    formatters.set(key, cached);
  }
  return cached;
}

function utc(date: string): Date {
  const { year, month = 1, day = 1 } = parts(date);
  return new Date(Date.UTC(year, month - 1, day));
}

/** "2003年1月10日" / "10 January 2003", or coarser at the date's own precision. */
export function formatDate(date: string, language: Language): string {
  return formatter(LOCALES[language], precisionOf(date)).format(utc(date));
}

/** The Japanese era form, e.g. "平成15年1月10日", as the official pages write it. */
export function formatEraDate(date: string): string {
  return formatter('ja-JP-u-ca-japanese', precisionOf(date)).format(utc(date));
}

/** A date or a span: "11 – 12 February 2011" / "2011年2月11日～12日". */
export function formatDateSpan(
  date: string,
  endDate: string | undefined,
  language: Language,
): string {
  if (endDate === undefined || endDate === date) return formatDate(date, language);
  const precision = precisionOf(date);
  if (language === 'en' && precision === precisionOf(endDate)) {
    // ICU versions differ in the spaces around the dash; keep one plain form.
    return formatter(LOCALES.en, precision)
      .formatRange(utc(date), utc(endDate))
      .replace(/\s+/gu, ' ');
  }
  const start = parts(date);
  const end = parts(endDate);
  if (precision === 'day' && precisionOf(endDate) === 'day' && start.year === end.year) {
    const tail = start.month === end.month ? `${end.day}日` : `${end.month}月${end.day}日`;
    if (language === 'ja') return `${formatDate(date, 'ja')}～${tail}`;
  }
  const separator = language === 'ja' ? '～' : ' – ';
  return `${formatDate(date, language)}${separator}${formatDate(endDate, language)}`;
}
