/**
 * What vis-timeline asks of moment, over the built-in Date, and nothing
 * more: the build resolves vis-timeline's one `import moment from 'moment'`
 * here (scripts/lean-vis-timeline.ts), which takes moment's 18 KiB (gzip)
 * off the first view.
 *
 * It follows moment 2.x exactly where vis-timeline calls it: mutable
 * instances whose setters and add/subtract change the instance and return
 * it (vis-timeline relies on that, e.g. `runUntil.add(1, "weeks")`), local
 * time, moment's month-end clamping, its rounding of fractional days and
 * months, and the English locale (vis-timeline sets moment's locale to the
 * browser's language, but with no locale files loaded moment stays on
 * English, weeks from Sunday). tests/unit/moment-adapter.test.ts compares it
 * with the real moment over every call vis-timeline makes, in several time
 * zones. Anything it does not implement throws, rather than drawing a
 * subtly wrong axis.
 */

type Input = VisMoment | Date | number | string | null | undefined;

const MS_PER_SECOND = 1000;
const MS_PER_MINUTE = 60 * MS_PER_SECOND;
const MS_PER_HOUR = 60 * MS_PER_MINUTE;
const MS_PER_DAY = 24 * MS_PER_HOUR;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** moment's English locale: weeks start on Sunday (dow 0); week 1 holds 1 January (doy 6). */
const WEEK_DOW = 0;
const WEEK_DOY = 6;

type Unit = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute' | 'second' | 'millisecond';

const UNIT_ALIASES: Record<string, Unit> = {};
for (const [unit, short] of [
  ['year', 'y'],
  ['month', 'M'],
  ['week', 'w'],
  ['day', 'd'],
  ['hour', 'h'],
  ['minute', 'm'],
  ['second', 's'],
  ['millisecond', 'ms'],
] as const) {
  UNIT_ALIASES[unit] = unit;
  UNIT_ALIASES[`${unit}s`] = unit;
  UNIT_ALIASES[short] = unit;
}

function normalizeUnit(unit: string | undefined): Unit | undefined {
  if (unit === undefined) return undefined;
  const normalized = UNIT_ALIASES[unit] ?? UNIT_ALIASES[unit.toLowerCase()];
  if (!normalized) throw new Error(`moment adapter: unit "${unit}" is not supported`);
  return normalized;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  const modMonth = ((month % 12) + 12) % 12;
  const fullYear = year + (month - modMonth) / 12;
  if (modMonth === 1) return isLeapYear(fullYear) ? 29 : 28;
  return 31 - ((modMonth % 7) % 2);
}

/** moment's absRound: halves away from zero. */
function absRound(value: number): number {
  return value < 0 ? -Math.round(-value) : Math.round(value);
}

/** A local calendar date's first instant; years 0–99 are not taken for 1900–1999. */
function localDate(year: number, month: number, day: number): number {
  const date = new Date(year, month, day);
  if (year < 100 && year >= 0) date.setFullYear(year);
  return date.getTime();
}

function zeroFill(value: number, length: number): string {
  const digits = String(Math.abs(value)).padStart(length, '0');
  return value < 0 ? `-${digits}` : digits;
}

function ordinal(day: number): string {
  const lastTwo = day % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${day}th`;
  const suffix = ['th', 'st', 'nd', 'rd'][day % 10] ?? 'th';
  return `${day}${suffix}`;
}

function offsetText(date: VisMoment, separator: string): string {
  const minutes = -new Date(date.valueOf()).getTimezoneOffset();
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  return `${sign}${zeroFill(Math.floor(absolute / 60), 2)}${separator}${zeroFill(absolute % 60, 2)}`;
}

const FORMATTERS: Record<string, (date: VisMoment) => string> = {
  YYYY: (date) => zeroFill(date.year(), 4),
  MMMM: (date) => MONTHS[date.month()] ?? '',
  MMM: (date) => (MONTHS[date.month()] ?? '').slice(0, 3),
  MM: (date) => zeroFill(date.month() + 1, 2),
  M: (date) => String(date.month() + 1),
  Do: (date) => ordinal(date.date()),
  DD: (date) => zeroFill(date.date(), 2),
  D: (date) => String(date.date()),
  dddd: (date) => WEEKDAYS[date.day()] ?? '',
  ddd: (date) => (WEEKDAYS[date.day()] ?? '').slice(0, 3),
  d: (date) => String(date.day()),
  ww: (date) => zeroFill(date.week(), 2),
  w: (date) => String(date.week()),
  HH: (date) => zeroFill(date.hours(), 2),
  H: (date) => String(date.hours()),
  hh: (date) => zeroFill(date.hours() % 12 || 12, 2),
  h: (date) => String(date.hours() % 12 || 12),
  mm: (date) => zeroFill(date.minutes(), 2),
  m: (date) => String(date.minutes()),
  ss: (date) => zeroFill(date.seconds(), 2),
  s: (date) => String(date.seconds()),
  SSS: (date) => zeroFill(date.milliseconds(), 3),
  SS: (date) => zeroFill(Math.floor(date.milliseconds() / 10), 2),
  S: (date) => String(Math.floor(date.milliseconds() / 100)),
  A: (date) => (date.hours() < 12 ? 'AM' : 'PM'),
  a: (date) => (date.hours() < 12 ? 'am' : 'pm'),
  ZZ: (date) => offsetText(date, ''),
  Z: (date) => offsetText(date, ':'),
};

/** Longest first, as moment matches them; `[...]` is literal text. */
const TOKEN =
  /\[[^\]]*\]|YYYY|MMMM|MMM|MM|M|Do|DD|D|dddd|ddd|d|ww|w|HH|H|hh|h|mm|m|ss|s|SSS|SS|S|A|a|ZZ|Z|[A-Za-z]/g;

/** Letters that start a moment token: those of ours not matched above are not implemented. */
const MOMENT_TOKEN_LETTERS = 'YyMDdwWQNGgEeHhkmsSaAXxZz';

/** moment's default format, e.g. 2014-11-09T15:00:00+09:00. */
const DEFAULT_FORMAT = 'YYYY-MM-DDTHH:mm:ssZ';

/** The ISO 8601 forms moment parses; without an offset, local time (as moment, unlike Date). */
const ISO_DATE =
  /^([+-]\d{6}|\d{4})(?:-?(\d\d)(?:-?(\d\d))?)?(?:[T ](\d\d)(?::?(\d\d)(?::?(\d\d)(?:[.,](\d+))?)?)?)?\s*(Z|[+-]\d\d(?::?\d\d)?)?$/;

function parseString(text: string): number {
  const match = ISO_DATE.exec(text.trim());
  if (!match) return new Date(text).getTime();
  const [, year, month = '01', day = '01', hour = '00', minute = '00', second = '00', fraction] =
    match;
  const offset = match[8];
  const parts = [
    Number(year),
    Number(month) - 1,
    Number(day),
    Number(hour),
    Number(minute),
    Number(second),
    Math.floor(Number(`0.${fraction ?? '0'}`) * 1000),
  ] as const;
  if (offset === undefined) {
    const date = new Date(localDate(parts[0], parts[1], parts[2]));
    date.setHours(parts[3], parts[4], parts[5], parts[6]);
    return date.getTime();
  }
  const utc = Date.UTC(...parts);
  if (offset === 'Z') return utc;
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0');
  return utc - sign * minutes * MS_PER_MINUTE;
}

function timeOf(input: Input): number {
  if (input === undefined) return Date.now();
  // moment(null) is an invalid date, unlike moment().
  if (input === null) return NaN;
  if (input instanceof VisMoment) return input.valueOf();
  if (input instanceof Date) return input.getTime();
  if (typeof input === 'number') return input;
  if (typeof input === 'string') return parseString(input);
  throw new TypeError(`moment adapter: cannot read a date from ${typeof input}`);
}

export class VisMoment {
  /** Private to the adapter: vis-timeline only reads it through the methods below. */
  private readonly time: Date;

  constructor(time: number) {
    this.time = new Date(time);
  }

  valueOf(): number {
    return this.time.getTime();
  }

  toDate(): Date {
    return new Date(this.time.getTime());
  }

  clone(): VisMoment {
    return new VisMoment(this.time.getTime());
  }

  isValid(): boolean {
    return !Number.isNaN(this.time.getTime());
  }

  /** Locales other than English are never loaded, so this only answers `en`. */
  locale(): string;
  locale(name: string): this;
  locale(name?: string): string | this {
    return name === undefined ? 'en' : this;
  }

  year(): number;
  year(value: number): this;
  year(value?: number): number | this {
    if (value === undefined) return this.time.getFullYear();
    if (Number.isNaN(value)) return this;
    const month = this.month();
    const day = this.date();
    // moment moves 29 February to the 28th of a common year.
    this.time.setFullYear(value, month, day === 29 && month === 1 && !isLeapYear(value) ? 28 : day);
    return this;
  }

  month(): number;
  month(value: number): this;
  month(value?: number): number | this {
    if (value === undefined) return this.time.getMonth();
    if (Number.isNaN(value)) return this;
    // moment keeps the day within the new month: 31 January → month(1) → 28/29 February.
    this.time.setMonth(value, Math.min(this.date(), daysInMonth(this.year(), value)));
    return this;
  }

  date(): number;
  date(value: number): this;
  date(value?: number): number | this {
    if (value === undefined) return this.time.getDate();
    if (!Number.isNaN(value)) this.time.setDate(value);
    return this;
  }

  /** Day of the week, 0 = Sunday; setting it moves within the same Sunday-to-Saturday week. */
  day(): number;
  day(value: number): this;
  day(value?: number): number | this {
    const day = this.time.getDay();
    if (value === undefined) return day;
    return this.add(value - day, 'd');
  }

  /** The locale's day of the week: for English, the same as day(). */
  weekday(): number;
  weekday(value: number): this;
  weekday(value?: number): number | this {
    const weekday = (this.time.getDay() + 7 - WEEK_DOW) % 7;
    if (value === undefined) return weekday;
    return this.add(value - weekday, 'd');
  }

  /** 1 = Monday … 7 = Sunday (vis-timeline only reads it). */
  isoWeekday(): number {
    return this.time.getDay() || 7;
  }

  dayOfYear(): number;
  dayOfYear(value: number): this;
  dayOfYear(value?: number): number | this {
    const year = this.year();
    const dayStart = localDate(year, this.month(), this.date());
    const dayOfYear = Math.round((dayStart - localDate(year, 0, 1)) / MS_PER_DAY) + 1;
    if (value === undefined) return dayOfYear;
    return this.add(value - dayOfYear, 'd');
  }

  /** The locale's week of the year (English: weeks from Sunday, week 1 holds 1 January). */
  week(): number;
  week(value: number): this;
  week(value?: number): number | this {
    const week = weekOfYear(this);
    if (value === undefined) return week;
    return this.add((value - week) * 7, 'd');
  }

  hours(): number;
  hours(value: number): this;
  hours(value?: number): number | this {
    if (value === undefined) return this.time.getHours();
    if (!Number.isNaN(value)) this.time.setHours(value);
    return this;
  }

  minutes(): number;
  minutes(value: number): this;
  minutes(value?: number): number | this {
    if (value === undefined) return this.time.getMinutes();
    if (!Number.isNaN(value)) this.time.setMinutes(value);
    return this;
  }

  seconds(): number;
  seconds(value: number): this;
  seconds(value?: number): number | this {
    if (value === undefined) return this.time.getSeconds();
    if (!Number.isNaN(value)) this.time.setSeconds(value);
    return this;
  }

  milliseconds(): number;
  milliseconds(value: number): this;
  milliseconds(value?: number): number | this {
    if (value === undefined) return this.time.getMilliseconds();
    if (!Number.isNaN(value)) this.time.setMilliseconds(value);
    return this;
  }

  /**
   * As moment: months and years by the calendar (clamping the day), days
   * and weeks by the local date (so across a daylight-saving change a day
   * stays midnight to midnight), hours and less as elapsed time. Fractional
   * days and months are rounded, as moment does since 2.12.
   */
  add(amount: number, unit: string): this {
    const normalized = normalizeUnit(unit) ?? 'millisecond';
    const value = amount;
    switch (normalized) {
      case 'year':
      case 'month': {
        const months = absRound(normalized === 'year' ? value * 12 : value);
        if (months) this.month(this.month() + months);
        break;
      }
      case 'week':
      case 'day': {
        const days = absRound(normalized === 'week' ? value * 7 : value);
        if (days) this.time.setDate(this.time.getDate() + days);
        break;
      }
      default: {
        const scale = {
          hour: MS_PER_HOUR,
          minute: MS_PER_MINUTE,
          second: MS_PER_SECOND,
          millisecond: 1,
        }[normalized];
        if (value) this.time.setTime(this.time.getTime() + value * scale);
      }
    }
    return this;
  }

  subtract(amount: number, unit: string): this {
    return this.add(-amount, unit);
  }

  startOf(unit: string): this {
    const normalized = normalizeUnit(unit);
    const year = this.year();
    const month = this.month();
    const day = this.date();
    switch (normalized) {
      case 'year':
        this.time.setTime(localDate(year, 0, 1));
        break;
      case 'month':
        this.time.setTime(localDate(year, month, 1));
        break;
      case 'week':
        this.time.setTime(localDate(year, month, day - this.weekday()));
        break;
      case 'day':
        this.time.setTime(localDate(year, month, day));
        break;
      case 'hour': {
        // moment rounds hours in the current UTC offset, not by the wall clock.
        const time = this.time.getTime();
        const offset = -this.time.getTimezoneOffset() * MS_PER_MINUTE;
        this.time.setTime(time - mod(time + offset, MS_PER_HOUR));
        break;
      }
      case 'minute':
        this.time.setTime(this.time.getTime() - mod(this.time.getTime(), MS_PER_MINUTE));
        break;
      case 'second':
        this.time.setTime(this.time.getTime() - mod(this.time.getTime(), MS_PER_SECOND));
        break;
      default:
        break;
    }
    return this;
  }

  endOf(unit: string): this {
    const normalized = normalizeUnit(unit);
    if (normalized === undefined || normalized === 'millisecond') return this;
    return this.startOf(normalized).add(1, normalized).subtract(1, 'ms');
  }

  /** The same instant, or (with a unit) within the same calendar year, month, week, day, …. */
  isSame(other: Input, unit?: string): boolean {
    const normalized = normalizeUnit(unit) ?? 'millisecond';
    const otherTime = timeOf(other);
    if (normalized === 'millisecond') return this.valueOf() === otherTime;
    return (
      this.clone().startOf(normalized).valueOf() <= otherTime &&
      otherTime <= this.clone().endOf(normalized).valueOf()
    );
  }

  /** Whole units from `other` to this, truncated towards zero, as moment (days and less only). */
  diff(other: Input, unit?: string): number {
    const normalized = normalizeUnit(unit) ?? 'millisecond';
    const that = new VisMoment(timeOf(other));
    const elapsed = this.valueOf() - that.valueOf();
    // Days and weeks ignore a daylight-saving change between the two.
    const zoneDelta =
      (new Date(this.valueOf()).getTimezoneOffset() -
        new Date(that.valueOf()).getTimezoneOffset()) *
      MS_PER_MINUTE;
    const divisors: Partial<Record<Unit, number>> = {
      millisecond: 1,
      second: MS_PER_SECOND,
      minute: MS_PER_MINUTE,
      hour: MS_PER_HOUR,
      day: MS_PER_DAY,
      week: 7 * MS_PER_DAY,
    };
    const divisor = divisors[normalized];
    if (divisor === undefined)
      throw new Error(`moment adapter: diff in ${normalized}s is not supported`);
    const value =
      normalized === 'day' || normalized === 'week'
        ? (elapsed - zoneDelta) / divisor
        : elapsed / divisor;
    return value < 0 ? Math.ceil(value) || 0 : Math.floor(value);
  }

  format(pattern: string = DEFAULT_FORMAT): string {
    if (!this.isValid()) return 'Invalid date';
    return pattern.replace(TOKEN, (token) => {
      if (token.startsWith('[')) return token.slice(1, -1);
      const formatter = FORMATTERS[token];
      if (formatter) return formatter(this);
      if (MOMENT_TOKEN_LETTERS.includes(token)) {
        throw new Error(`moment adapter: format token "${token}" is not supported`);
      }
      // Like moment: a letter that is no token (the T of an ISO date) is itself.
      return token;
    });
  }
}

function mod(dividend: number, divisor: number): number {
  return ((dividend % divisor) + divisor) % divisor;
}

/** moment's firstWeekOffset: where week 1 of `year` starts, in days from 1 January. */
function firstWeekOffset(year: number): number {
  const firstWeekDay = 7 + WEEK_DOW - WEEK_DOY;
  const weekdayOfIt = (7 + new Date(Date.UTC(year, 0, firstWeekDay)).getUTCDay() - WEEK_DOW) % 7;
  return -weekdayOfIt + firstWeekDay - 1;
}

function weeksInYear(year: number): number {
  const daysInYear = isLeapYear(year) ? 366 : 365;
  return (daysInYear - firstWeekOffset(year) + firstWeekOffset(year + 1)) / 7;
}

function weekOfYear(date: VisMoment): number {
  const year = date.year();
  const week = Math.floor((date.dayOfYear() - firstWeekOffset(year) - 1) / 7) + 1;
  if (week < 1) return week + weeksInYear(year - 1);
  if (week > weeksInYear(year)) return week - weeksInYear(year);
  return week;
}

export interface MomentAdapter {
  (input?: Input): VisMoment;
  isMoment: (value: unknown) => value is VisMoment;
  /** moment's global locale: without locale files it stays English whatever is asked. */
  locale: (name?: string) => string;
}

const moment: MomentAdapter = Object.assign((input?: Input) => new VisMoment(timeOf(input)), {
  isMoment: (value: unknown): value is VisMoment => value instanceof VisMoment,
  locale: () => 'en',
});

export default moment;
