/**
 * The time zones the date tests run in (each test sets process.env.TZ,
 * which Node applies at once): Japan (no daylight saving), Moscow (summer
 * time until 2011, then +4, then +3 from 2014), UTC, and two zones whose
 * daylight-saving rules differ from Europe's (São Paulo changed at midnight).
 */
import { afterAll, beforeAll } from 'vitest';

export const TIME_ZONES = [
  'Asia/Tokyo',
  'Europe/Moscow',
  'UTC',
  'America/New_York',
  'America/Sao_Paulo',
];

/** Runs the enclosing describe block's tests in `zone`. */
export function inTimeZone(zone: string): void {
  const previous = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = zone;
  });
  afterAll(() => {
    process.env.TZ = previous;
  });
}
