/**
 * The axis the production build draws: vis-timeline's real TimeStep (the
 * published esnext build, not the test fake) stepping through every scale
 * and step it can choose, once on moment and once on our adapter (the build
 * swaps one for the other, scripts/lean-vis-timeline.ts). The ticks, their
 * labels, which are major and their class names must be the same, in each
 * time zone, across month ends and daylight-saving changes.
 */
import realMoment from 'moment';
import * as visTimeline from 'vis-timeline/esnext';
import { describe, expect, test } from 'vitest';
import adapter from '../../src/components/vis-timeline/moment-adapter';
import { inTimeZone, TIME_ZONES } from '../time-zones';

interface TimeStepLike {
  start(): void;
  hasNext(): boolean;
  next(): void;
  setScale(params: { scale: string; step: number }): void;
  getLabelMinor(): string;
  getLabelMajor(): string;
  isMajor(): boolean;
  getClassName(): string;
  current: { valueOf(): number };
}
type TimeStepClass = new (
  start: Date,
  end: Date,
  minimumStep: number | undefined,
  hiddenDates: unknown[],
  options: Record<string, unknown>,
) => TimeStepLike;

// Exported at run time (`timeline.TimeStep`), though not in the library's types.
const { TimeStep } = (visTimeline as unknown as { timeline: { TimeStep: TimeStepClass } }).timeline;

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Every scale and step TimeStep.setMinimumStep can pick, with the length of one step. */
const SCALES: [scale: string, steps: number[], unitMs: number][] = [
  ['year', [1000, 500, 100, 50, 10, 5, 1], 365 * DAY],
  ['month', [3, 1], 30 * DAY],
  ['week', [1], 7 * DAY],
  ['day', [2, 1], DAY],
  ['weekday', [1], DAY],
  ['hour', [4, 1], HOUR],
  ['minute', [15, 10, 5, 1], MINUTE],
  ['second', [15, 10, 5, 1], SECOND],
  ['millisecond', [200, 100, 50, 10, 5, 1], 1],
];

/** Starting points: the app's period, year and month ends, and nights clocks changed. */
const STARTS: [number, number, number, number?, number?][] = [
  [1992, 0, 1],
  [1996, 1, 28, 22],
  [2000, 11, 31, 20],
  [2003, 2, 29, 23, 30], // Moscow, clocks forward
  [2011, 2, 26, 22], // Moscow, last change
  [2014, 9, 25, 23], // Moscow, back to +3
  [2018, 10, 3, 20], // São Paulo, DST at midnight
  [2019, 2, 9, 22], // New York, clocks forward
];

interface Tick {
  at: number;
  minor: string;
  major: string;
  isMajor: boolean;
  className: string;
}

function ticks(lib: unknown, scale: string, step: number, start: Date, end: Date): Tick[] {
  const timeStep = new TimeStep(start, end, undefined, [], {
    moment: lib,
    showMajorLabels: true,
    showWeekScale: scale === 'week',
  });
  timeStep.setScale({ scale, step });
  timeStep.start();
  const drawn: Tick[] = [];
  while (timeStep.hasNext() && drawn.length < 500) {
    drawn.push({
      at: timeStep.current.valueOf(),
      minor: timeStep.getLabelMinor(),
      major: timeStep.getLabelMajor(),
      isMajor: timeStep.isMajor(),
      className: timeStep.getClassName(),
    });
    timeStep.next();
  }
  return drawn;
}

describe.each(TIME_ZONES)('in %s', (zone) => {
  inTimeZone(zone);

  test.each(SCALES)('%s ticks are the same on the adapter as on moment', (scale, steps, unitMs) => {
    let compared = 0;
    for (const step of steps) {
      for (const parts of STARTS) {
        const start = new Date(...parts);
        // About 40 ticks: enough to cross the boundary the start sits before.
        const end = new Date(start.getTime() + 40 * step * unitMs);
        const expected = ticks(realMoment, scale, step, start, end);
        const actual = ticks(adapter, scale, step, start, end);
        expect(actual, `${scale} ×${step} from ${start.toString()}`).toEqual(expected);
        compared += expected.length;
      }
    }
    expect(compared).toBeGreaterThan(100);
  });
});
