/**
 * The production build hands vis-timeline our moment adapter instead of
 * moment (scripts/lean-vis-timeline.ts). Here every call vis-timeline makes
 * of moment (listed from its esnext build: TimeStep, its hidden-dates
 * helpers, Range, CustomTime, Item, convert) runs on both, over dates that
 * catch the usual slips — month ends, leap days, daylight-saving changes,
 * week and year boundaries — in several time zones; both must give the same
 * answer and leave the instance at the same instant.
 */
import realMoment from 'moment';
import { describe, expect, test } from 'vitest';
import adapter from '../../src/components/vis-timeline/moment-adapter';
import { inTimeZone, TIME_ZONES } from '../time-zones';

/** Either library: the calls below are typed loosely, as vis-timeline makes them. */
type Lib = (input?: unknown) => Record<string, (...args: unknown[]) => unknown>;
const LIBS: Record<'moment' | 'adapter', Lib> = {
  moment: realMoment as unknown as Lib,
  adapter: adapter as unknown as Lib,
};

/** Local wall-clock instants, built in the zone under test. */
function instants(): number[] {
  const local = (...parts: [number, number, number, number?, number?, number?, number?]) =>
    new Date(...parts).getTime();
  return [
    local(1992, 0, 1),
    local(1993, 9, 13, 10, 30),
    local(1996, 1, 29, 23, 59, 59, 999),
    local(1997, 10, 1, 12),
    local(2000, 1, 29, 6, 7, 8, 9),
    local(2000, 11, 31, 23, 30),
    local(2001, 0, 31, 8),
    local(2003, 2, 30, 1, 30), // Moscow: the night clocks went forward
    local(2003, 9, 26, 2, 30), // Moscow: the night clocks went back
    local(2004, 9, 31, 0, 15),
    local(2008, 1, 29, 12),
    local(2011, 2, 27, 3, 0), // Moscow's last change to summer time
    local(2014, 9, 26, 1, 30), // Moscow back to +3
    local(2014, 10, 9, 15, 45, 30, 500),
    local(2015, 11, 27),
    local(2016, 0, 3, 18),
    local(2018, 10, 4, 0, 30), // São Paulo: DST began at midnight
    local(2019, 2, 10, 2, 30), // New York: the hour that does not exist
    local(2020, 1, 29),
    local(2021, 0, 1, 0, 0, 0, 1),
  ];
}

/** One call as vis-timeline makes it, on an instance; returns what it returned. */
type Operation = [name: string, run: (date: ReturnType<Lib>, lib: Lib) => unknown];

const UNITS_ADDED = [
  'millisecond',
  'milliseconds',
  'second',
  'seconds',
  'minute',
  'minutes',
  'hour',
  'day',
  'days',
  'week',
  'weeks',
  'month',
  'months',
  'year',
  'years',
  'y',
];
const GETTERS = [
  'year',
  'month',
  'date',
  'day',
  'weekday',
  'isoWeekday',
  'dayOfYear',
  'week',
  'hours',
  'minutes',
  'seconds',
  'milliseconds',
];
/** Setter values vis-timeline passes: in range, at the ends, and overflowing (snap's date(0)). */
const SETTERS: [string, number[]][] = [
  ['year', [1992, 1996, 1997, 2000, 2001]],
  ['month', [0, 1, 5, 11, 12, -1]],
  ['date', [0, 1, 15, 28, 31]],
  ['day', [0, 3, 6]],
  ['weekday', [0, 6]],
  ['dayOfYear', [1, 60, 365]],
  ['week', [1, 27, 53]],
  ['hours', [0, 6, 12, 23, 24]],
  ['minutes', [0, 30, 60]],
  ['seconds', [0, 30, 60]],
  ['milliseconds', [0, 500, 1000]],
];
/** The formats of TimeStep.FORMAT, getClassName, CustomTime's title, Item's tooltip. */
const FORMATS = [
  'SSS',
  's',
  'HH:mm',
  'ddd D',
  'D',
  'w',
  'MMM',
  'YYYY',
  'HH:mm:ss',
  'D MMMM HH:mm',
  'ddd D MMMM',
  'MMMM YYYY',
  'dddd',
  'MMMM',
  'dddd, MMMM Do YYYY, H:mm:ss',
  'MM/DD/YYYY hh:mm',
];

const OPERATIONS: Operation[] = [
  ['valueOf', (date) => date.valueOf()],
  ['toDate', (date) => (date.toDate?.() as Date).getTime()],
  ['format()', (date) => date.format?.()],
  ['locale("en")', (date) => (date.locale?.('en') as { valueOf(): number }).valueOf()],
  ['clone is independent', (date) => ((date.clone?.() as ReturnType<Lib>).add?.(1, 'day'), 0)],
  ...GETTERS.map((name): Operation => [`${name}()`, (date) => date[name]?.()]),
  ...SETTERS.flatMap(([name, values]) =>
    values.map((value): Operation => [`${name}(${value})`, (date) => date[name]?.(value)]),
  ),
  ...UNITS_ADDED.flatMap((unit) =>
    [1, 2, 5, -1, 12, 1.5].flatMap((amount): Operation[] => [
      [`add(${amount}, ${unit})`, (date) => date.add?.(amount, unit)],
      [`subtract(${amount}, ${unit})`, (date) => date.subtract?.(amount, unit)],
    ]),
  ),
  ...FORMATS.map((format): Operation => [`format(${format})`, (date) => date.format?.(format)]),
  ...[undefined, 'day', 'week', 'month', 'year'].flatMap((unit) =>
    [0, 1, -1, 6 * 864e5, 40 * 864e5, 400 * 864e5].map((offset): Operation => [
      `isSame(+${offset}, ${unit})`,
      (date) => date.isSame?.(Number(date.valueOf()) + offset, unit),
    ]),
  ),
  ...[0, 1, 36e5, 864e5 - 1, 864e5, 3.5 * 864e5, -864e5, 200 * 864e5].map((offset): Operation => [
    `diff(-${offset}, days)`,
    (date, lib) => date.diff?.(lib(Number(date.valueOf()) - offset), 'days'),
  ]),
  // Chains exactly as TimeStep writes them.
  ['year scale round', (date) => chain(date, ['year', 2000], ['month', 0])],
  ['month snap', (date) => chain(date, ['date', 1], ['add', 1, 'month'])],
  ['week snap', (date) => chain(date, ['weekday', 0], ['add', 1, 'week'])],
  [
    'year snap',
    (date) => chain(date, ['year', 2000], ['month', 0], ['date', 0], ['hours', 0], ['minutes', 0]),
  ],
  ['hour step', (date) => chain(date, ['add', 4, 'hour'], ['subtract', 3, 'hour'])],
  [
    'hidden dates: week repeat',
    (date) => chain(date, ['dayOfYear', 100], ['year', 1997], ['subtract', 7, 'days']),
  ],
];

type Step = [method: string, ...args: unknown[]];

function chain(date: ReturnType<Lib>, ...steps: Step[]): unknown {
  let current: unknown = date;
  for (const [method, ...args] of steps) {
    current = (current as ReturnType<Lib>)[method]?.(...args);
  }
  return current;
}

/** What a call returned, comparable across the libraries: an instance by its instant. */
function comparable(value: unknown): unknown {
  if (typeof value === 'object' && value !== null && 'valueOf' in value) {
    const primitive = (value as { valueOf(): unknown }).valueOf();
    return typeof primitive === 'number' ? { instant: primitive } : primitive;
  }
  return value;
}

function outcome(lib: Lib, time: number, operation: Operation) {
  const date = lib(time);
  const returned = comparable(operation[1](date, lib));
  // vis-timeline relies on the setters and add/subtract changing the instance itself.
  return { returned, after: date.valueOf() };
}

describe.each(TIME_ZONES)('in %s', (zone) => {
  inTimeZone(zone);

  test('every call vis-timeline makes gives what moment gives', () => {
    const mismatches: string[] = [];
    let compared = 0;
    for (const time of instants()) {
      for (const operation of OPERATIONS) {
        const expected = outcome(LIBS.moment, time, operation);
        const actual = outcome(LIBS.adapter, time, operation);
        compared += 1;
        if (JSON.stringify(actual) !== JSON.stringify(expected)) {
          mismatches.push(
            `${new Date(time).toString()} ${operation[0]}: moment ${JSON.stringify(expected)}, adapter ${JSON.stringify(actual)}`,
          );
        }
      }
    }
    expect(mismatches.slice(0, 20)).toEqual([]);
    expect(compared).toBeGreaterThan(5000);
  });

  test('it reads dates as moment does: numbers, Dates, instances and ISO strings (local unless offset)', () => {
    const inputs: unknown[] = [
      0,
      Date.UTC(2014, 10, 9, 6),
      new Date(2001, 2, 25, 12),
      '2014',
      '2014-11',
      '2014-11-09',
      '2014-11-09T15:00',
      '2014-11-09 15:00:07',
      '2014-11-09T15:00:00.123',
      '2014-11-09T15:00:00Z',
      '2014-11-09T15:00:00+03:00',
      '2014-11-09T15:00:00-0230',
      '20141109',
    ];
    for (const input of inputs) {
      expect(adapter(input as string).valueOf(), String(input)).toBe(
        realMoment(input as string).valueOf(),
      );
      expect(adapter(adapter(input as string)).valueOf()).toBe(
        realMoment(realMoment(input as string)).valueOf(),
      );
    }
    // moment() is now; moment(null) is no date at all.
    expect(Math.abs(adapter().valueOf() - Date.now())).toBeLessThan(1000);
    expect(adapter(null).isValid()).toBe(realMoment(null).isValid());
    expect(adapter(null).format('YYYY')).toBe(realMoment(null).format('YYYY'));
  });
});

test('the global locale stays English whatever vis-timeline asks for, as moment in the bundle', () => {
  // vis-timeline sets moment's locale to the browser's language; bundled for
  // the browser, moment cannot load locale files (Node's moment here can, so
  // it is no reference for this), and stays English: so does the adapter.
  // tests/e2e/lean-library.spec.ts compares the drawn axis in Chromium.
  for (const language of ['ja', 'ru', 'en-GB', 'en']) {
    expect(adapter.locale(language)).toBe('en');
    expect(
      adapter(new Date(2000, 0, 6, 12))
        .locale(language)
        .format('MMMM dddd'),
    ).toBe('January Thursday');
  }
  expect(adapter.isMoment(adapter(0))).toBe(true);
  expect(adapter.isMoment(new Date(0))).toBe(realMoment.isMoment(new Date(0)));
  expect(adapter.isMoment(realMoment(0))).toBe(false);
});

test('it refuses what it does not implement instead of drawing a wrong axis', () => {
  expect(() => adapter(0).format('Qo')).toThrow(/format token "Q"/);
  expect(() => adapter(0).add(1, 'quarter')).toThrow(/unit "quarter"/);
  expect(() => adapter(0).diff(adapter(1), 'months')).toThrow(/diff in months/);
});
