/**
 * Where the timeline above draws time, relative to an element below it, so
 * the chart's years line up with the timeline's: a year's bar spans the same
 * pixels as that year on the timeline. The timeline's lane names take a
 * column on the left whose width follows the language, so this is measured,
 * not assumed.
 */
import { useLayoutEffect, useState, type RefObject } from 'react';

export interface AxisBox {
  /** From the element's left edge to where the timeline's time axis starts, in CSS pixels. */
  left: number;
  width: number;
}

/** vis-timeline's panel that holds the items; its box is the time axis. */
const TIME_PANEL = '.timeline .vis-panel.vis-center';

function measure(element: HTMLElement, root: ParentNode): AxisBox {
  const own = element.getBoundingClientRect();
  const panel = root.querySelector(TIME_PANEL)?.getBoundingClientRect();
  // Without a timeline on the page (or before it is laid out), the chart
  // spans its own width.
  if (!panel || panel.width === 0) return { left: 0, width: own.width };
  return { left: panel.left - own.left, width: panel.width };
}

export function useTimelineAxis(ref: RefObject<HTMLElement | null>): AxisBox {
  const [box, setBox] = useState<AxisBox>({ left: 0, width: 0 });
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const root = element.closest('.app__view') ?? document;
    const update = () =>
      setBox((previous) => {
        const next = measure(element, root);
        return Math.abs(previous.left - next.left) < 0.5 &&
          Math.abs(previous.width - next.width) < 0.5
          ? previous
          : next;
      });
    const resizes = new ResizeObserver(update);
    resizes.observe(element);
    let observedPanel: Element | null = null;
    const observePanel = () => {
      const panel = root.querySelector(TIME_PANEL);
      if (panel && panel !== observedPanel) {
        resizes.observe(panel);
        observedPanel = panel;
        // Found: from now on only its size matters, and watching every
        // redraw of the timeline's items would cost a layout each time.
        mutations.disconnect();
      }
      update();
    };
    // The timeline may draw after the chart mounts; its panel is picked up
    // when it appears.
    const mutations = new MutationObserver(observePanel);
    mutations.observe(root, { childList: true, subtree: true });
    observePanel();
    return () => {
      resizes.disconnect();
      mutations.disconnect();
    };
  }, [ref]);
  return box;
}
