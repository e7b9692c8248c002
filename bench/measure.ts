/**
 * One benchmark run: loads one page (the app, the fair baseline or the floor) in a fresh
 * browser context with the cache disabled and measures it the same way
 * whichever it is. Times inside the page come from bench/page-probe.js;
 * bytes and heap from the Chrome DevTools Protocol.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, CDPSession, Page } from '@playwright/test';
import { frameStats, type FrameStats } from './stats';

export type Target = 'app' | 'baseline' | 'floor';

/** What the benchmark needs to know about an event: how to recognise its panel. */
export interface EventLabel {
  title: { ja: string };
  shortTitle?: { ja: string };
}

export interface PageUnderTest {
  target: Target;
  url: string;
  events: readonly EventLabel[];
  /** 1400×860 unless set (bench:compare can measure in a taller window). */
  viewport?: { width: number; height: number };
}

export interface TransferTotals {
  jsCompressed: number;
  jsUncompressed: number;
  allCompressed: number;
  allUncompressed: number;
  requests: number;
}

/** Events on the timeline after load: as their own boxes, and inside clusters. */
export interface EventsDrawn {
  boxes: number;
  inClusters: number;
}

export interface RunResult {
  firstItemMs: number | null;
  /** First contentful paint (the browser's paint timing), ms since navigation start. */
  firstContentfulPaintMs: number | null;
  /** Main-thread time spent running script until the first item (CDP ScriptDuration). */
  scriptMsToFirstItem: number | null;
  /** Diagnostic: an item laid out in the viewport while vis-timeline still hides it. */
  firstLaidOutMs: number | null;
  transfer: TransferTotals | null;
  heapBytes: number | null;
  eventsDrawn: EventsDrawn | null;
  clickMs: number | null;
  /** What the page fetched between the click and its response (code loaded on demand). */
  clickFetched: { requests: number; compressed: number } | null;
  zoom: FrameStats | null;
  pan: FrameStats | null;
  /** Each metric that could not be measured, and why; the others still count. */
  errors: string[];
}

const VIEWPORT = { width: 1400, height: 860 };

/** Every wait is bounded; 10,000 events on two noisy cores need the generous ones. */
export const LIMITS = {
  navigationMs: 60_000,
  firstItemMs: 120_000,
  networkQuietMs: 500,
  networkSettleMs: 30_000,
  interactionMs: 120_000,
  /**
   * A gesture stops sending input after this long; the frames recorded so
   * far still count, and the run notes it was cut short. (With 10,000
   * events one wheel notch can take seconds to draw.)
   */
  gestureMs: 20_000,
  clickMs: 15_000,
  paintEntryMs: 10_000,
};

/** The scripted gestures have a fixed length, the same for both pages. */
const GESTURES = {
  /** Notches in, then as many out: vis-timeline's steps are exact inverses (×1/1.2, ×1.2). */
  zoomNotches: 12,
  wheelDeltaY: 100,
  /** A drag of 480 px in 10 px moves. */
  panDistancePx: 480,
  panSteps: 48,
};

/** The app's event boxes carry its `event` class; the reference pages draw nothing but events. */
const EVENT_SELECTOR: Record<Target, string> = {
  // A meeting's mark (the redesigned timeline), or a box (clustered large datasets).
  app: '.vis-item.event .marker__mark, .vis-item.event.vis-box',
  baseline: '.vis-item:not(.vis-line, .vis-dot)',
  floor: '.vis-item:not(.vis-line, .vis-dot)',
};

const PROBE_SOURCE = readFileSync(new URL('./page-probe.js', import.meta.url), 'utf8');

function probeScript(target: Target): string {
  const config = {
    eventSelector: EVENT_SELECTOR[target],
    response: target === 'app' ? 'panel' : 'selection',
  };
  return `window.__benchConfig = ${JSON.stringify(config)};\n${PROBE_SOURCE}`;
}

/**
 * Counts what the page downloads, from the DevTools network events:
 * compressed = bytes on the wire (encodedDataLength: gzip body plus
 * headers, as DevTools' "transferred"); uncompressed = decoded body bytes.
 */
class TransferLog {
  private readonly resources = new Map<
    string,
    { js: boolean; compressed: number; uncompressed: number }
  >();
  private readonly inFlight = new Set<string>();
  private lastChange = Date.now();

  constructor(session: CDPSession) {
    session.on('Network.requestWillBeSent', (event) => {
      const { url } = event.request;
      if (!url.startsWith('http')) return;
      const js = event.type === 'Script' || /\.m?js(?:[?#]|$)/.test(new URL(url).pathname);
      this.resources.set(event.requestId, { js, compressed: 0, uncompressed: 0 });
      this.inFlight.add(event.requestId);
      this.lastChange = Date.now();
    });
    session.on('Network.dataReceived', (event) => {
      const resource = this.resources.get(event.requestId);
      if (resource) resource.uncompressed += event.dataLength;
    });
    session.on('Network.loadingFinished', (event) => {
      const resource = this.resources.get(event.requestId);
      if (resource) resource.compressed = event.encodedDataLength;
      this.settle(event.requestId);
    });
    session.on('Network.loadingFailed', (event) => this.settle(event.requestId));
  }

  private settle(requestId: string): void {
    this.inFlight.delete(requestId);
    this.lastChange = Date.now();
  }

  /** Resolves once nothing has been in flight for `quietMs`; throws after `timeoutMs`. */
  async waitForQuiet(quietMs: number, timeoutMs: number): Promise<void> {
    const giveUpAt = Date.now() + timeoutMs;
    while (this.inFlight.size > 0 || Date.now() - this.lastChange < quietMs) {
      if (Date.now() > giveUpAt) {
        throw new Error(`network still busy after ${timeoutMs} ms (${this.inFlight.size} open)`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  totals(): TransferTotals {
    const all = [...this.resources.values()];
    const sum = (list: typeof all, key: 'compressed' | 'uncompressed') =>
      list.reduce((total, resource) => total + resource[key], 0);
    const js = all.filter((resource) => resource.js);
    return {
      jsCompressed: sum(js, 'compressed'),
      jsUncompressed: sum(js, 'uncompressed'),
      allCompressed: sum(all, 'compressed'),
      allUncompressed: sum(all, 'uncompressed'),
      requests: all.length,
    };
  }
}

/** Playwright's evaluate and mouse calls have no timeout of their own: every wait here does. */
async function withTimeout<T>(work: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took over ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function probe<T>(page: Page, expression: string): Promise<T> {
  return withTimeout(
    page.evaluate<T>(`window.__bench.${expression}`),
    LIMITS.interactionMs,
    expression,
  );
}

function asNumber(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/**
 * Polls a probe reading until it is a number. Not Playwright's
 * waitForFunction: that evaluates a string with eval inside the page, which
 * the app's Content-Security-Policy (script-src 'self') forbids, whereas
 * evaluate goes through the DevTools protocol, which CSP does not govern.
 */
async function waitForProbe(page: Page, expression: string, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const remaining = Math.max(1, deadline - Date.now());
    const value = asNumber(
      await withTimeout(page.evaluate(`window.__bench.${expression}`), remaining, expression),
    );
    if (value !== null) return value;
    if (Date.now() >= deadline) throw new Error(`${expression} not reached in ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Two animation frames: the redraw caused by the last input has been painted. */
async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(
    'new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))',
  );
}

async function gesturePoint(page: Page): Promise<{ x: number; y: number }> {
  const point = await probe<{ x: number; y: number } | null>(page, 'gesturePoint()');
  if (!point) throw new Error('no point over the events to zoom and pan at');
  return point;
}

/** How much of a gesture's input was sent before its deadline. */
interface GestureProgress {
  sent: number;
  planned: number;
}

interface RecordedGesture extends GestureProgress {
  frameTimes: number[];
}

/** Sends `planned` inputs one after another, stopping at `deadline`. */
async function sendInputs(
  planned: number,
  deadline: number,
  send: (index: number) => Promise<void>,
): Promise<GestureProgress> {
  let sent = 0;
  while (sent < planned && Date.now() < deadline) {
    await send(sent);
    sent += 1;
  }
  return { sent, planned };
}

/**
 * Runs a gesture while the probe records frame times. A gesture that
 * leaves the axis as it was did not reach the timeline, and its frames
 * would measure nothing: that is an error.
 */
async function recordFrames(
  page: Page,
  gesture: (deadline: number) => Promise<GestureProgress>,
): Promise<RecordedGesture> {
  const axisBefore = await probe<string>(page, 'axisText()');
  await probe(page, 'startFrames()');
  const progress = await withTimeout(
    gesture(Date.now() + LIMITS.gestureMs),
    LIMITS.gestureMs + LIMITS.interactionMs,
    'gesture',
  );
  await withTimeout(nextFrames(page), LIMITS.interactionMs, 'redraw');
  const frameTimes = await probe<number[]>(page, 'stopFrames()');
  if ((await probe<string>(page, 'axisText()')) === axisBefore) {
    throw new Error('the gesture did not move the timeline');
  }
  return { ...progress, frameTimes };
}

/** Ctrl+wheel: a fixed number of notches, in (direction -1) or out (+1). */
async function zoomGesture(
  page: Page,
  direction: 1 | -1,
  deadline: number,
): Promise<GestureProgress> {
  const at = await gesturePoint(page);
  await page.mouse.move(at.x, at.y);
  await page.keyboard.down('Control');
  try {
    return await sendInputs(GESTURES.zoomNotches, deadline, () =>
      page.mouse.wheel(0, direction * GESTURES.wheelDeltaY),
    );
  } finally {
    await page.keyboard.up('Control');
  }
}

/** A mouse drag of fixed length across the timeline, towards the past. */
async function panGesture(page: Page, deadline: number): Promise<GestureProgress> {
  const at = await gesturePoint(page);
  const start = at.x - GESTURES.panDistancePx / 2;
  const step = GESTURES.panDistancePx / GESTURES.panSteps;
  await page.mouse.move(start, at.y);
  await page.mouse.down();
  try {
    return await sendInputs(GESTURES.panSteps, deadline, (index) =>
      page.mouse.move(start + (index + 1) * step, at.y),
    );
  } finally {
    await page.mouse.up();
  }
}

function statsOf(name: string, gestures: RecordedGesture[], errors: string[]): FrameStats {
  const sent = gestures.reduce((total, gesture) => total + gesture.sent, 0);
  const planned = gestures.reduce((total, gesture) => total + gesture.planned, 0);
  if (sent < planned) {
    errors.push(
      `${name}: cut short after ${LIMITS.gestureMs / 1000} s per gesture, ${sent} of ${planned} inputs sent (frames so far counted)`,
    );
  }
  const stats = frameStats(gestures.flatMap((gesture) => gesture.frameTimes));
  if (!stats) throw new Error('no frames recorded');
  return stats;
}

/**
 * Zoom in, pan, zoom out: the pan runs zoomed in, because at the initial
 * window (the whole period) the timeline's min/max leave nothing to pan.
 * The zoom figures cover both zoom gestures.
 */
async function measureGestures(page: Page, result: RunResult, errors: string[]): Promise<void> {
  const zoomIn = await attempt(errors, 'zoom in', () =>
    recordFrames(page, (deadline) => zoomGesture(page, -1, deadline)),
  );
  result.pan = await attempt(errors, 'pan', async () =>
    statsOf('pan', [await recordFrames(page, (deadline) => panGesture(page, deadline))], errors),
  );
  const zoomOut = await attempt(errors, 'zoom out', () =>
    recordFrames(page, (deadline) => zoomGesture(page, 1, deadline)),
  );
  if (zoomIn && zoomOut) {
    result.zoom = await attempt(errors, 'zoom', () =>
      Promise.resolve(statsOf('zoom', [zoomIn, zoomOut], errors)),
    );
  }
}

interface ClickTarget {
  x: number;
  y: number;
  text: string;
}

/**
 * An event box on screen to click. Where every event on screen sits in a
 * cluster, zooms in notch by notch (not timed) until one stands alone, as
 * a reader would.
 */
const CLUSTER_SETTLE_MS = 400;

async function clickTarget(page: Page): Promise<ClickTarget> {
  for (let notch = 0; notch <= GESTURES.zoomNotches; notch += 1) {
    const target = await probe<ClickTarget | null>(page, 'findClickTarget()');
    if (target) return target;
    const at = await gesturePoint(page);
    await page.mouse.move(at.x, at.y);
    await page.keyboard.down('Control');
    try {
      await page.mouse.wheel(0, -GESTURES.wheelDeltaY);
    } finally {
      await page.keyboard.up('Control');
    }
    await withTimeout(nextFrames(page), LIMITS.interactionMs, 'redraw');
    // The app re-buckets its clusters once a gesture settles (150 ms after
    // the last wheel notch), as a reader pausing between notches would see.
    await page.waitForTimeout(CLUSTER_SETTLE_MS);
  }
  throw new Error('no event box on screen to click, even zoomed in');
}

/** The panel headings that may answer a click on an item showing `text`. */
function headingsFor(text: string, events: readonly EventLabel[]): string[] {
  return events
    .filter((event) => event.title.ja === text || event.shortTitle?.ja === text)
    .map((event) => event.title.ja);
}

async function measureClick(
  page: Page,
  events: readonly EventLabel[],
  errors: string[],
): Promise<number> {
  const target = await clickTarget(page);
  const headings = headingsFor(target.text, events);
  if (headings.length === 0) {
    errors.push(`click: "${target.text}" is no event's title; any panel heading was accepted`);
  }
  await probe(page, `armClick(${JSON.stringify(headings)})`);
  await page.mouse.click(target.x, target.y);
  return waitForProbe(page, 'clickResult()', LIMITS.clickMs);
}

/**
 * Counts the events on the timeline, and notes a page that draws fewer than
 * the dataset holds: its other figures would flatter it.
 */
async function countEventsDrawn(
  page: Page,
  expected: number,
  errors: string[],
): Promise<EventsDrawn> {
  const drawn = await probe<EventsDrawn>(page, 'eventsDrawn()');
  const total = drawn.boxes + drawn.inClusters;
  if (total < expected) {
    errors.push(`events drawn: only ${total} of the ${expected} events are on the timeline`);
  }
  return drawn;
}

/** Script run on the main thread so far (read just after the first item), in ms. */
async function scriptDuration(session: CDPSession): Promise<number> {
  const { metrics } = await session.send('Performance.getMetrics');
  const seconds = metrics.find((metric) => metric.name === 'ScriptDuration')?.value;
  if (seconds === undefined) throw new Error('no ScriptDuration metric');
  return seconds * 1000;
}

async function heapAfterGc(session: CDPSession): Promise<number> {
  await session.send('HeapProfiler.collectGarbage');
  const { metrics } = await session.send('Performance.getMetrics');
  const used = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value;
  if (used === undefined) throw new Error('no JSHeapUsedSize metric');
  return used;
}

async function openPage(
  browser: Browser,
  target: Target,
  viewport = VIEWPORT,
): Promise<{ context: BrowserContext; page: Page; session: CDPSession; transfer: TransferLog }> {
  // A fresh context per run: no cache, no storage (the app remembers the language).
  // No service worker either: the app's offline copy is fetched in the
  // background after load and is not part of what the first view needs (nor
  // could a page served by a worker be measured with the cache disabled).
  const context = await browser.newContext({
    viewport,
    locale: 'ja-JP',
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const session = await context.newCDPSession(page);
  const transfer = new TransferLog(session);
  await session.send('Network.enable');
  await session.send('Network.setCacheDisabled', { cacheDisabled: true });
  await session.send('Performance.enable');
  await session.send('HeapProfiler.enable');
  await page.addInitScript({ content: probeScript(target) });
  return { context, page, session, transfer };
}

/** Runs `step`, returning its value, or null after noting why it failed. */
async function attempt<T>(
  errors: string[],
  name: string,
  step: () => Promise<T>,
): Promise<T | null> {
  try {
    return await step();
  } catch (error) {
    errors.push(`${name}: ${(error as Error).message.split('\n')[0] ?? ''}`);
    return null;
  }
}

export async function measureRun(browser: Browser, subject: PageUnderTest): Promise<RunResult> {
  const errors: string[] = [];
  const { context, page, session, transfer } = await openPage(
    browser,
    subject.target,
    subject.viewport,
  );
  const result: RunResult = {
    firstItemMs: null,
    firstContentfulPaintMs: null,
    scriptMsToFirstItem: null,
    firstLaidOutMs: null,
    transfer: null,
    heapBytes: null,
    eventsDrawn: null,
    clickMs: null,
    clickFetched: null,
    zoom: null,
    pan: null,
    errors,
  };
  try {
    result.firstItemMs = await attempt(errors, 'first item', async () => {
      await page.goto(subject.url, { timeout: LIMITS.navigationMs, waitUntil: 'load' });
      return waitForProbe(page, 'firstItemAt()', LIMITS.firstItemMs);
    });
    // Without a first item there is no timeline to measure further.
    if (result.firstItemMs === null) return result;
    result.scriptMsToFirstItem = await attempt(errors, 'script time', () =>
      withTimeout(scriptDuration(session), LIMITS.interactionMs, 'script time'),
    );
    // The paint entry is queued after the frame is presented: it can lag the first item a little.
    result.firstContentfulPaintMs = await attempt(errors, 'first contentful paint', () =>
      waitForProbe(page, 'firstContentfulPaintAt()', LIMITS.paintEntryMs),
    );
    result.firstLaidOutMs = asNumber(await probe(page, 'firstLaidOutAt()'));
    result.transfer = await attempt(errors, 'bytes', async () => {
      await transfer.waitForQuiet(LIMITS.networkQuietMs, LIMITS.networkSettleMs);
      return transfer.totals();
    });
    result.heapBytes = await attempt(errors, 'heap', () =>
      withTimeout(heapAfterGc(session), LIMITS.interactionMs, 'heap'),
    );
    result.eventsDrawn = await attempt(errors, 'events drawn', () =>
      countEventsDrawn(page, subject.events.length, errors),
    );
    await measureGestures(page, result, errors);
    // Last: the app's panel changes the layout the gestures above run on.
    const beforeClick = transfer.totals();
    result.clickMs = await attempt(errors, 'click', () =>
      measureClick(page, subject.events, errors),
    );
    const afterClick = transfer.totals();
    if (result.clickMs !== null) {
      result.clickFetched = {
        requests: afterClick.requests - beforeClick.requests,
        compressed: afterClick.allCompressed - beforeClick.allCompressed,
      };
    }
    return result;
  } finally {
    await context.close();
  }
}
