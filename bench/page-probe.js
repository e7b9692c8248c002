/**
 * Injected into every benchmarked page before its own scripts run
 * (Playwright `addInitScript`), so it sees the page from navigation start.
 * It is plain browser JavaScript, read as text, so no bundler or tsx helper
 * ever ends up in the page. Every time is `performance.now()`, i.e.
 * milliseconds since navigation start.
 *
 * The benchmark sets `window.__benchConfig` just before this script and
 * then calls it through `window.__bench` (see bench/measure.ts).
 */
/**
 * @param {{ eventSelector: string, response: 'panel' | 'selection' }} config
 *   eventSelector: an event's own box on the timeline; a cluster of events
 *   (the app's `.event-cluster` box, which it draws past a few hundred
 *   events) also counts as a timeline item, but only a box can be clicked
 *   open;
 *   response: what shows that a click was handled — the app's event panel
 *   (`<aside>` headed by the event's title), or the baseline's selection
 *   note (`body[data-selected-event]`).
 */
function installBenchProbe(config) {
  // The app's own clusters (it buckets events by time past a few hundred);
  // lines and dots carry the class too, so only the box counts.
  const CLUSTER_SELECTOR = '.vis-item.event-cluster.vis-box';
  const itemSelector = `${config.eventSelector}, ${CLUSTER_SELECTOR}`;

  const state = {
    firstItemAt: null,
    firstLaidOutAt: null,
    frameTimes: null,
    click: null,
  };

  function inViewport(rect) {
    return (
      rect.width > 0 &&
      rect.height > 0 &&
      rect.bottom > 0 &&
      rect.right > 0 &&
      rect.top < innerHeight &&
      rect.left < innerWidth
    );
  }

  /**
   * Really on screen: rendered visible (vis-timeline keeps its root
   * `visibility: hidden` behind a loading screen until its first window is
   * set, with the items already laid out), inside the viewport, and the
   * topmost thing at its centre.
   */
  function onScreen(element) {
    if (!element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return false;
    const rect = element.getBoundingClientRect();
    if (!inViewport(rect)) return false;
    const x = Math.min(Math.max((rect.left + rect.right) / 2, 0), innerWidth - 1);
    const y = Math.min(Math.max((rect.top + rect.bottom) / 2, 0), innerHeight - 1);
    const hit = document.elementFromPoint(x, y);
    return hit !== null && element.contains(hit);
  }

  // First item on screen: a MutationObserver notices when items enter the
  // DOM; from then on each animation frame checks whether one is on screen.
  // The time is taken in that frame's rAF callback, i.e. in the frame that
  // paints it. The observer only watches childList and each frame looks at
  // no more than 200 items (the next 200 in the following frame), so the
  // probe costs the page little even with 10,000 events.
  function watchFirstItem() {
    let itemsInDom = false;
    const observer = new MutationObserver(() => {
      if (!itemsInDom && document.querySelector(itemSelector)) itemsInDom = true;
    });
    observer.observe(document, { childList: true, subtree: true });
    const giveUpAt = performance.now() + 180_000;
    let offset = 0;
    const check = () => {
      if (itemsInDom) {
        const items = document.querySelectorAll(itemSelector);
        // Diagnostic: when the page had laid an item out, visible or not.
        if (
          state.firstLaidOutAt === null &&
          items[0] &&
          inViewport(items[0].getBoundingClientRect())
        ) {
          state.firstLaidOutAt = performance.now();
        }
        const count = Math.min(items.length, 200);
        for (let step = 0; step < count; step += 1) {
          if (onScreen(items[(offset + step) % items.length])) {
            state.firstItemAt = performance.now();
            observer.disconnect();
            return;
          }
        }
        offset = (offset + count) % Math.max(items.length, 1);
      }
      if (performance.now() < giveUpAt) requestAnimationFrame(check);
      else observer.disconnect();
    };
    requestAnimationFrame(check);
  }

  // Frame times: the gaps between consecutive rAF timestamps while recording.
  function startFrames() {
    const times = [];
    state.frameTimes = times;
    const record = (time) => {
      if (state.frameTimes !== times) return;
      times.push(time);
      requestAnimationFrame(record);
    };
    requestAnimationFrame(record);
  }

  function stopFrames() {
    const times = state.frameTimes ?? [];
    state.frameTimes = null;
    return times.slice(1).map((time, index) => time - times[index]);
  }

  /**
   * Where the scripted zoom and pan happen: the middle of the timeline
   * across, at the height of the top row of events on screen, i.e. over
   * the events, where a reader zooms. Asked again before each gesture:
   * the page's layout may move as the timeline zooms. The point must hit the timeline's centre
   * panel (vis-timeline listens for wheel and drag only there).
   */
  function gesturePoint() {
    const center = document.querySelector('.vis-panel.vis-center');
    if (!center) return null;
    const area = center.getBoundingClientRect();
    const x = Math.round(area.left + area.width / 2);
    // The top row of events: where they start, whatever the stacking below.
    const rows = [...document.querySelectorAll(itemSelector)]
      .filter(onScreen)
      .map((element) => {
        const rect = element.getBoundingClientRect();
        return Math.round(rect.top + rect.height / 2);
      })
      .filter((y) => y > area.top && y < Math.min(area.bottom, innerHeight))
      .sort((a, b) => a - b);
    for (const y of rows) {
      if (document.elementFromPoint(x, y)?.closest('.vis-panel.vis-center')) return { x, y };
    }
    return null;
  }

  /** An item the pointer can really hit: on screen, inside the timeline, not covered. */
  function findClickTarget() {
    const center = document.querySelector('.vis-panel.vis-center');
    if (!center) return null;
    const area = center.getBoundingClientRect();
    for (const element of document.querySelectorAll(config.eventSelector)) {
      const rect = element.getBoundingClientRect();
      const x = Math.round(rect.left + Math.min(rect.width / 2, 20));
      const y = Math.round(rect.top + rect.height / 2);
      const inside =
        x > area.left && x < area.right && y > area.top && y < Math.min(area.bottom, innerHeight);
      if (!inside || rect.width === 0) continue;
      const hit = document.elementFromPoint(x, y);
      // A mark names its meeting in its title ("title — date"); a box in its text.
      const named = element.getAttribute('title');
      const text = named ? named.split(' — ')[0] : element.textContent;
      if (hit && element.contains(hit)) return { x, y, text: (text ?? '').trim() };
    }
    return null;
  }

  function panelShows(headings) {
    for (const heading of document.querySelectorAll('aside h1, aside h2, aside h3')) {
      const text = (heading.textContent ?? '').trim();
      const panel = heading.closest('aside');
      if (panel && onScreen(panel) && (headings.length === 0 || headings.includes(text))) {
        return true;
      }
    }
    return false;
  }

  function responded(headings) {
    if (config.response === 'selection') return Boolean(document.body.dataset.selectedEvent);
    return panelShows(headings);
  }

  /**
   * Click → response: from the pointerup that completes the click (the
   * moment vis-timeline's tap handler selects the item) to the first
   * moment after the frame that paints the response (a rAF, then a
   * message-channel task queued from it, runs after that frame's paint).
   */
  function armClick(headings) {
    const click = { upAt: null, respondedAt: null };
    state.click = click;
    addEventListener('pointerup', (event) => (click.upAt = event.timeStamp), {
      capture: true,
      once: true,
    });
    const observer = new MutationObserver(() => {
      if (click.upAt === null || !responded(headings)) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => (click.respondedAt = performance.now());
        channel.port2.postMessage(0);
      });
    });
    observer.observe(document, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['data-selected-event', 'class', 'style', 'hidden'],
    });
  }

  function clickResult() {
    const click = state.click;
    if (!click || click.upAt === null || click.respondedAt === null) return null;
    return click.respondedAt - click.upAt;
  }

  /**
   * How many events the timeline draws: their own boxes, and those inside
   * clusters (a cluster's label is its count). Lines and dots are not boxes.
   */
  function eventsDrawn() {
    let inClusters = 0;
    for (const cluster of document.querySelectorAll(CLUSTER_SELECTOR)) {
      inClusters += Number.parseInt(cluster.textContent ?? '', 10) || 0;
    }
    return { boxes: document.querySelectorAll(config.eventSelector).length, inClusters };
  }

  /** The axis labels: they change whenever the visible window really moves. */
  function axisText() {
    return [...document.querySelectorAll('.vis-time-axis .vis-text')]
      .map((label) => label.textContent)
      .join('|');
  }

  /** The browser's own first contentful paint, if it has happened. */
  function firstContentfulPaintAt() {
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    return paint ? paint.startTime : null;
  }

  window.__bench = {
    firstItemAt: () => state.firstItemAt,
    firstContentfulPaintAt,
    firstLaidOutAt: () => state.firstLaidOutAt,
    eventsDrawn,
    startFrames,
    stopFrames,
    gesturePoint,
    axisText,
    findClickTarget,
    armClick,
    clickResult,
  };
  watchFirstItem();
}

installBenchProbe(window.__benchConfig);
