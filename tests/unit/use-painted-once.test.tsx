import { act, renderHook } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { PAINT_FALLBACK_MS, usePaintedOnce } from '../../src/lib/use-painted-once';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

test('turns true in the task after the first frame, not before', () => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
  });
  const { result } = renderHook(() => usePaintedOnce());
  expect(result.current).toBe(false);
  // Fake frames come every 16 ms; the task queued from the frame runs after it.
  act(() => {
    vi.advanceTimersByTime(15);
  });
  expect(result.current).toBe(false);
  act(() => {
    vi.advanceTimersByTime(2);
  });
  expect(result.current).toBe(true);
});

test('a tab that runs no frames still gets there', () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 1);
  vi.spyOn(window, 'cancelAnimationFrame').mockImplementation(() => undefined);
  const { result } = renderHook(() => usePaintedOnce());
  act(() => {
    vi.advanceTimersByTime(PAINT_FALLBACK_MS - 1);
  });
  expect(result.current).toBe(false);
  act(() => {
    vi.advanceTimersByTime(1);
  });
  expect(result.current).toBe(true);
});

test('waits for its condition, then for the paint after it, and stays true', () => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
  });
  const { result, rerender } = renderHook(({ ready }) => usePaintedOnce(ready), {
    initialProps: { ready: false },
  });
  act(() => {
    vi.advanceTimersByTime(PAINT_FALLBACK_MS * 2);
  });
  expect(result.current).toBe(false);
  rerender({ ready: true });
  expect(result.current).toBe(false);
  act(() => {
    vi.advanceTimersByTime(17);
  });
  expect(result.current).toBe(true);
  rerender({ ready: false });
  expect(result.current).toBe(true);
});
