/**
 * Dates at the precision the sources give them. A month-precision event is
 * shown as "1997年11月" / "November 1997" / "ноябрь 1997 г." and never gains
 * an invented day.
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

/**
 * Orders dates in the dataset's ISO form ("2001-03-25", "2001-03", "2001")
 * as plain strings, which is their time order. Not localeCompare: its order
 * is a locale's, not the calendar's, and it starts ICU's collation for a
 * comparison that needs none.
 */
export function compareIsoDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
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

const LOCALES: Record<Exclude<Language, 'ru'>, string> = { ja: 'ja-JP', en: 'en-GB' };

/**
 * Russian is written out here rather than by Intl: ICU versions differ in
 * the space before "г." (a space, a narrow no-break space) and in ranges, and
 * a month alone must be nominative ("ноябрь"), a day's month genitive
 * ("25 марта"). A no-break space keeps "г." on the year's line.
 */
const RU_MONTHS = [
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
] as const;
const RU_MONTHS_OF = [
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
] as const;
const NBSP = '\u00a0';

/** The Russian month: nominative alone ("ноябрь"), genitive after a day ("ноября"). */
export function russianMonth(month: number, afterDay: boolean): string {
  return (afterDay ? RU_MONTHS_OF : RU_MONTHS)[month - 1] ?? '';
}

/** "25 марта", "ноябрь", or "" for a year: the part of a Russian date before its year. */
function russianDayMonth({ month, day }: DateParts): string {
  if (month === undefined) return '';
  return day === undefined ? russianMonth(month, false) : `${day} ${russianMonth(month, true)}`;
}

function russianDate(date: string): string {
  const dayMonth = russianDayMonth(parts(date));
  return `${dayMonth ? `${dayMonth} ` : ''}${parts(date).year}${NBSP}г.`;
}

/** "11–12 февраля 2011 г.", "11 февраля – 2 марта 2011 г.", "февраль – май 2011 г.", "2011–2013 гг.". */
function russianSpan(date: string, endDate: string): string {
  const start = parts(date);
  const end = parts(endDate);
  const precision = precisionOf(date);
  if (precision !== precisionOf(endDate) || start.year !== end.year) {
    if (precision === 'year' && precisionOf(endDate) === 'year') {
      return `${start.year}–${end.year}${NBSP}гг.`;
    }
    return `${russianDate(date)} – ${russianDate(endDate)}`;
  }
  if (precision === 'day' && start.month === end.month) {
    return `${start.day}–${end.day} ${russianMonth(end.month ?? 1, true)} ${end.year}${NBSP}г.`;
  }
  return `${russianDayMonth(start)} – ${russianDayMonth(end)} ${end.year}${NBSP}г.`;
}

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

/** "2003年1月10日" / "10 January 2003" / "10 января 2003 г.", or coarser at the date's own precision. */
export function formatDate(date: string, language: Language): string {
  if (language === 'ru') return russianDate(date);
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
  if (language === 'ru') return russianSpan(date, endDate);
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
