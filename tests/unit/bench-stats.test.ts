import { expect, test } from 'vitest';
import { blockingTime } from '../../bench/blocking';
import { pairedRatios } from '../../bench/stats';

test('pairs the rounds, not the medians: a slow round slows both sides of its ratio', () => {
  // The machine was loaded in round 3: both builds slowed, the ratio did not.
  const mine = [100, 110, 300, 105, 95];
  const theirs = [100, 100, 300, 100, 100];
  // The medians alone (105 against 100) would say 1.05×.
  expect(pairedRatios(mine, theirs)).toEqual({
    rounds: 5,
    median: 1,
    low: 1,
    high: 1.05,
    lower: 1,
  });
});

test('skips a round that either side could not measure', () => {
  expect(pairedRatios([100, null, 200], [50, 80, null])).toEqual({
    rounds: 1,
    median: 2,
    low: 2,
    high: 2,
    lower: 0,
  });
  expect(pairedRatios([null], [100])).toBeNull();
});

test('blocking time counts each long task beyond its first 50 ms', () => {
  expect(blockingTime([51, 120, 50, 300])).toEqual({
    blockingMs: 1 + 70 + 0 + 250,
    longTasks: 4,
    longestMs: 300,
  });
  expect(blockingTime([])).toEqual({ blockingMs: 0, longTasks: 0, longestMs: 0 });
});
