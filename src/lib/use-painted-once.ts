import { useEffect, useState } from 'react';

/** A tab in the background runs no frames; past this, waiting on one only delays the data. */
export const PAINT_FALLBACK_MS = 200;

/**
 * False until `ready` is first true; then true once the browser has painted
 * what that render committed, and true from then on. Work that the paint
 * does not need, but that would otherwise start in the same task and share
 * the network and the main thread with it, waits for this.
 *
 * A frame's callback runs just before its paint, and a task queued from it
 * runs just after.
 */
export function usePaintedOnce(ready = true): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (painted || !ready) return;
    const done = () => setPainted(true);
    let afterPaint: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      afterPaint = setTimeout(done, 0);
    });
    const fallback = setTimeout(done, PAINT_FALLBACK_MS);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(afterPaint);
      clearTimeout(fallback);
    };
  }, [painted, ready]);
  return painted;
}
