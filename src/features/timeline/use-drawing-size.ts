import { startTransition, useCallback, useEffect, useRef, useState } from 'react';

/**
 * An element's width, kept current as the page resizes, for the layout that
 * decides which labels fit. A ref callback, so it follows the element itself.
 *
 * The width comes from a ResizeObserver, whose first report arrives right
 * after the browser's own layout: reading clientWidth in the commit would
 * force that layout of the whole new page early, inside React's task. The
 * update is a transition, so the label layout it sets off renders in slices
 * after the frame is painted, not in the same long task.
 */
export function useElementWidth(): [(element: HTMLElement | null) => void, number] {
  const [width, setWidth] = useState(0);
  const observer = useRef<ResizeObserver | null>(null);
  useEffect(() => () => observer.current?.disconnect(), []);
  const ref = useCallback((element: HTMLElement | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!element) return;
    if (typeof ResizeObserver === 'undefined') {
      setWidth(element.clientWidth);
      return;
    }
    observer.current = new ResizeObserver(() => {
      const width = element.clientWidth;
      startTransition(() => setWidth(width));
    });
    observer.current.observe(element);
  }, []);
  return [ref, width];
}

/** The viewport's height, which sets how many rows of labels there is room for. */
export function useViewportHeight(): number {
  const [height, setHeight] = useState(() => window.innerHeight);
  useEffect(() => {
    const onResize = () => setHeight(window.innerHeight);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return height;
}
