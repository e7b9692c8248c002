/**
 * Turns the runs into bench/RESULTS.md: medians per page, the app's ratio
 * to the fair baseline and to the floor, Lighthouse medians, and whether
 * each target is met.
 */
import type { FirstViewSize } from '../scripts/measure-levers';
import type { DatasetName } from './datasets';
import type { LighthouseResults, LighthouseRun } from './lighthouse';
import type { Machine } from './machine';
import type { RunResult, Target } from './measure';
import { LONG_FRAME_MS, median } from './stats';

export interface DatasetResult {
  name: DatasetName;
  label: string;
  eventCount: number;
  app: RunResult[];
  /** The fair baseline: the app's options and reveal. */
  baseline: RunResult[];
  /** The floor: default options (measured on the real data only). */
  floor: RunResult[];
  lighthouse: LighthouseResults;
}

export interface BenchReport {
  date: string;
  machine: Machine;
  durationS: number;
  /** First-view JS from each build's files (gzip as served; brotli apart). */
  firstView: Partial<Record<Target, FirstViewSize>>;
  datasets: DatasetResult[];
}

const PAGE_NAMES: Record<Target, string> = {
  app: 'App',
  baseline: 'Fair baseline',
  floor: 'Floor',
};

type Unit = 'ms' | 'KiB' | 'MiB' | 'count';

export interface Metric {
  label: string;
  unit: Unit;
  value: (run: RunResult) => number | null | undefined;
}

const KIB = 1024;
const MIB = 1024 * 1024;

export const METRICS: Metric[] = [
  { label: 'Time to first item on screen', unit: 'ms', value: (run) => run.firstItemMs },
  {
    label: 'First contentful paint',
    unit: 'ms',
    value: (run) => run.firstContentfulPaintMs,
  },
  {
    label: 'Script run until the first item (main thread)',
    unit: 'ms',
    value: (run) => run.scriptMsToFirstItem,
  },
  {
    label: '… first item laid out, still hidden by vis-timeline (diagnostic)',
    unit: 'ms',
    value: (run) => run.firstLaidOutMs,
  },
  { label: 'JS transferred (gzip)', unit: 'KiB', value: (run) => run.transfer?.jsCompressed },
  { label: 'JS uncompressed', unit: 'KiB', value: (run) => run.transfer?.jsUncompressed },
  {
    label: 'All bytes transferred (gzip)',
    unit: 'KiB',
    value: (run) => run.transfer?.allCompressed,
  },
  { label: 'All bytes uncompressed', unit: 'KiB', value: (run) => run.transfer?.allUncompressed },
  { label: 'Requests', unit: 'count', value: (run) => run.transfer?.requests },
  { label: 'JS heap after load, after GC', unit: 'MiB', value: (run) => run.heapBytes },
  {
    label: 'Click → panel shown (reference pages: → `select` handled)',
    unit: 'ms',
    value: (run) => run.clickMs,
  },
  {
    label: '… requests made by the click',
    unit: 'count',
    value: (run) => run.clickFetched?.requests,
  },
  {
    label: '… bytes fetched by the click (gzip)',
    unit: 'KiB',
    value: (run) => run.clickFetched?.compressed,
  },
  { label: 'Zoom: median frame', unit: 'ms', value: (run) => run.zoom?.medianMs },
  { label: 'Zoom: 95th-percentile frame', unit: 'ms', value: (run) => run.zoom?.p95Ms },
  {
    label: `Zoom: frames over ${LONG_FRAME_MS} ms`,
    unit: 'count',
    value: (run) => run.zoom?.longFrames,
  },
  { label: 'Pan: median frame', unit: 'ms', value: (run) => run.pan?.medianMs },
  { label: 'Pan: 95th-percentile frame', unit: 'ms', value: (run) => run.pan?.p95Ms },
  {
    label: `Pan: frames over ${LONG_FRAME_MS} ms`,
    unit: 'count',
    value: (run) => run.pan?.longFrames,
  },
  { label: 'Events drawn as their own box', unit: 'count', value: (run) => run.eventsDrawn?.boxes },
  {
    label: 'Events drawn inside clusters',
    unit: 'count',
    value: (run) => run.eventsDrawn?.inClusters,
  },
];

/** The median of what was measured; runs where the metric failed are left out. */
export function medianOf(runs: RunResult[], metric: Metric): number | null {
  return median(
    runs.map(metric.value).filter((value): value is number => typeof value === 'number'),
  );
}

function scaled(value: number, unit: Unit): number {
  if (unit === 'KiB') return value / KIB;
  if (unit === 'MiB') return value / MIB;
  return value;
}

export function format(value: number | null, unit: Unit): string {
  if (value === null) return 'n/a';
  const shown = scaled(value, unit);
  if (unit === 'count') return Number.isInteger(shown) ? String(shown) : shown.toFixed(1);
  const digits = unit === 'MiB' || Math.abs(shown) < 100 ? 1 : 0;
  const text = shown.toLocaleString('en', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return `${text} ${unit === 'ms' ? 'ms' : unit}`;
}

function ratio(app: number | null, baseline: number | null): string {
  if (app === null || baseline === null || baseline === 0) return '–';
  return `${(app / baseline).toFixed(2)}×`;
}

function datasetTable(result: DatasetResult): string[] {
  const withFloor = result.floor.length > 0;
  const counts = [
    `${result.app.length} app runs`,
    `${result.baseline.length} fair-baseline runs`,
    ...(withFloor ? [`${result.floor.length} floor runs`] : []),
  ];
  const lines = [
    `### ${result.label}: ${counts.join(', ')}`,
    '',
    withFloor
      ? '| Metric | App (median) | Fair baseline (median) | Floor (median) | App / fair baseline | App / floor |'
      : '| Metric | App (median) | Fair baseline (median) | App / fair baseline |',
    withFloor ? '| --- | ---: | ---: | ---: | ---: | ---: |' : '| --- | ---: | ---: | ---: |',
  ];
  for (const metric of METRICS) {
    const app = medianOf(result.app, metric);
    const baseline = medianOf(result.baseline, metric);
    const cells = [metric.label, format(app, metric.unit), format(baseline, metric.unit)];
    if (withFloor) {
      const floor = medianOf(result.floor, metric);
      cells.push(format(floor, metric.unit), ratio(app, baseline), ratio(app, floor));
    } else {
      cells.push(ratio(app, baseline));
    }
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines;
}

export function lighthouseMedian(
  runs: LighthouseRun[] | undefined,
  key: keyof LighthouseRun,
): number | null {
  return median(
    (runs ?? [])
      .map((run) => run[key])
      .filter((value): value is number => typeof value === 'number'),
  );
}

export const LIGHTHOUSE_METRICS: [label: string, key: keyof LighthouseRun, unit: 'score' | 'ms'][] =
  [
    ['Performance score', 'score', 'score'],
    ['First contentful paint', 'firstContentfulPaintMs', 'ms'],
    ['Largest contentful paint', 'largestContentfulPaintMs', 'ms'],
    ['Total blocking time', 'totalBlockingTimeMs', 'ms'],
    ['Speed index', 'speedIndexMs', 'ms'],
  ];

function lighthouseTable(results: LighthouseResults): string[] {
  const targets = (['app', 'baseline', 'floor'] as const).filter(
    (target) => (results[target]?.length ?? 0) > 0,
  );
  if (targets.length === 0) return [];
  const runs = targets.map((target) => `${results[target]?.length ?? 0} ${target}`).join(', ');
  const lines = [
    `### Lighthouse 12, mobile (simulated throttling), real data: ${runs} runs`,
    '',
    `| Metric | ${targets.map((target) => `${PAGE_NAMES[target]} (median)`).join(' | ')} |`,
    `| --- | ${targets.map(() => '---:').join(' | ')} |`,
  ];
  for (const [label, key, unit] of LIGHTHOUSE_METRICS) {
    const cells = targets.map((target) => {
      const value = lighthouseMedian(results[target], key);
      if (value === null) return 'n/a';
      return unit === 'score' ? String(Math.round(value)) : format(value, 'ms');
    });
    lines.push(`| ${label} | ${cells.join(' | ')} |`);
  }
  return [...lines, ''];
}

function firstViewTable(report: BenchReport): string[] {
  const targets = (['app', 'baseline', 'floor'] as const).filter(
    (target) => report.firstView[target],
  );
  if (targets.length === 0) return [];
  return [
    '## First-view JavaScript, from the built files',
    '',
    'What index.html loads before anything else (its module script and modulepreloads).',
    'Brotli is a better ruler, not a smaller app: it never counts towards the target.',
    '',
    '| Page | Uncompressed | gzip (as served) | brotli (q 11, apart) |',
    '| --- | ---: | ---: | ---: |',
    ...targets.map((target) => {
      const size = report.firstView[target];
      if (!size) return '';
      return `| ${PAGE_NAMES[target]} | ${format(size.raw, 'KiB')} | ${format(size.gzip, 'KiB')} | ${format(size.brotli, 'KiB')} |`;
    }),
    '',
  ];
}

type Status = 'met' | '**not met**' | 'not measured' | '**invalid**';

interface TargetCheck {
  target: string;
  measured: string;
  status: Status;
}

function statusOf(values: (number | null)[], passes: (...values: number[]) => boolean): Status {
  if (values.some((value) => value === null)) return 'not measured';
  return passes(...(values as number[])) ? 'met' : '**not met**';
}

function find(report: BenchReport, name: DatasetName): DatasetResult | undefined {
  return report.datasets.find((dataset) => dataset.name === name);
}

function metric(label: string): Metric {
  const found = METRICS.find((candidate) => candidate.label.startsWith(label));
  if (!found) throw new Error(`no metric ${label}`);
  return found;
}

function appMedian(result: DatasetResult | undefined, label: string): number | null {
  return result ? medianOf(result.app, metric(label)) : null;
}

/** Figures from an app that drew only part of the dataset say nothing about the target. */
function drawnShortfall(result: DatasetResult | undefined): string | null {
  if (!result) return null;
  const boxes = appMedian(result, 'Events drawn as') ?? 0;
  const clustered = appMedian(result, 'Events drawn inside') ?? 0;
  const drawn = boxes + clustered;
  if (drawn >= result.eventCount) return null;
  return `the app drew only ${drawn} of the ${result.eventCount.toLocaleString('en')} events`;
}

/** Marks a check invalid when the app did not draw the whole dataset. */
function withDrawnCaveat(check: TargetCheck, result: DatasetResult | undefined): TargetCheck {
  const shortfall = drawnShortfall(result);
  if (!shortfall) return check;
  return { ...check, measured: `${check.measured}; ${shortfall}`, status: '**invalid**' };
}

function pageMedian(
  result: DatasetResult | undefined,
  target: Target,
  label: string,
): number | null {
  return result ? medianOf(result[target], metric(label)) : null;
}

/** The app's median against a reference page's, within `factor` of it. */
function ratioCheck(
  real: DatasetResult | undefined,
  label: string,
  reference: 'baseline' | 'floor',
  factor: number,
): TargetCheck {
  const app = pageMedian(real, 'app', label);
  const other = pageMedian(real, reference, label);
  const name = reference === 'floor' ? 'the floor' : 'the fair baseline';
  return {
    target: `${label}, real data: ≤ ${factor}× ${name}`,
    measured: `${format(app, 'ms')} vs ${format(other, 'ms')} (${ratio(app, other)})`,
    status: statusOf([app, other], (a, b) => a <= factor * b),
  };
}

function lighthouseChecks(real: DatasetResult | undefined): TargetCheck[] {
  const score = lighthouseMedian(real?.lighthouse.app, 'score');
  const tbt = lighthouseMedian(real?.lighthouse.app, 'totalBlockingTimeMs');
  return [
    {
      target: 'Lighthouse mobile performance score: ≥ 95',
      measured: score === null ? 'n/a' : String(Math.round(score)),
      status: statusOf([score], (value) => value >= 95),
    },
    {
      target: 'Lighthouse mobile total blocking time: ≤ 200 ms',
      measured: format(tbt, 'ms'),
      status: statusOf([tbt], (value) => value <= 200),
    },
  ];
}

function framesCheck(
  result: DatasetResult | undefined,
  label: string,
  limitMs: number,
): TargetCheck {
  const zoom = appMedian(result, 'Zoom: 95th');
  const pan = appMedian(result, 'Pan: 95th');
  return {
    target: `Zoom and pan 95th-percentile frame, ${label}: < ${limitMs} ms`,
    measured: `zoom ${format(zoom, 'ms')}, pan ${format(pan, 'ms')}`,
    status: statusOf([zoom, pan], (a, b) => a < limitMs && b < limitMs),
  };
}

function targetChecks(report: BenchReport): TargetCheck[] {
  const real = find(report, 'real');
  const js = appMedian(real, 'JS transferred');
  const firstViewJs = report.firstView.app?.gzip ?? null;
  const click = appMedian(real, 'Click');
  return [
    withDrawnCaveat(ratioCheck(real, 'Time to first item on screen', 'floor', 1.5), real),
    withDrawnCaveat(ratioCheck(real, 'Time to first item on screen', 'baseline', 1.1), real),
    ratioCheck(real, 'First contentful paint', 'floor', 1.5),
    ...lighthouseChecks(real),
    {
      // The scripts index.html loads, gzip as served. The network total also
      // counts the offline registration, fetched when the browser is idle after load.
      target: 'First-view JS (index.html’s scripts): ≤ 175 KiB gzip',
      measured: `${format(firstViewJs, 'KiB')} (all JS on the wire by then: ${format(js, 'KiB')})`,
      status: statusOf([firstViewJs], (value) => value <= 175 * KIB),
    },
    {
      target: 'Click → panel, real data: < 50 ms median',
      measured: format(click, 'ms'),
      status: statusOf([click], (value) => value < 50),
    },
    withDrawnCaveat(framesCheck(real, 'real data', 20), real),
    withDrawnCaveat(framesCheck(find(report, '10000'), '10,000 events', 50), find(report, '10000')),
  ];
}

function targetsTable(report: BenchReport): string[] {
  return [
    '| Target | App measured (median) | Met? |',
    '| --- | --- | --- |',
    ...targetChecks(report).map(
      (check) => `| ${check.target} | ${check.measured} | ${check.status} |`,
    ),
  ];
}

function machineTable(report: BenchReport): string[] {
  const { machine } = report;
  return [
    '| CPU | Cores | Memory | OS | Node | Chromium | Load (1 min) at start |',
    '| --- | ---: | ---: | --- | --- | --- | ---: |',
    `| ${machine.cpu} | ${machine.cores} | ${machine.memoryGiB} GiB | ${machine.os} | ${machine.node} | ${machine.chromium} | ${machine.loadAtStart.toFixed(2)} |`,
  ];
}

/** Each distinct failure, with how many runs it hit. */
function problems(report: BenchReport): string[] {
  const counts = new Map<string, number>();
  for (const dataset of report.datasets) {
    for (const [page, runs] of [
      ['app', dataset.app],
      ['fair baseline', dataset.baseline],
      ['floor', dataset.floor],
      ['Lighthouse, app', dataset.lighthouse.app ?? []],
      ['Lighthouse, fair baseline', dataset.lighthouse.baseline ?? []],
      ['Lighthouse, floor', dataset.lighthouse.floor ?? []],
    ] as const) {
      for (const error of runs.flatMap((run) => run.errors)) {
        const key = `${dataset.label}, ${page}: ${error}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  if (counts.size === 0) return [];
  return [
    '## Problems during the runs',
    '',
    'A metric that failed in a run is left out of that median (shown as n/a if it failed in every run).',
    '',
    ...[...counts].map(
      ([problem, count]) => `- ${problem} (${count} run${count === 1 ? '' : 's'})`,
    ),
    '',
  ];
}

const METHOD = `## How it is measured

- **Pages.** The app's production build (\`npm run build\`) and two pages of
  vis-timeline alone, built by Vite with the same target and the same lean
  library build as the app (\`scripts/lean-vis-timeline.ts\`), one text-node
  item per event: the **fair baseline** (\`bench/baseline/\`: the app's
  drawing options and starting window, and the app's reveal — a \`redraw()\`
  on the first \`rangechanged\` — so it shows its items as early as the
  library lets a page with a starting window) and the **floor**
  (\`bench/floor/\`: default options, so vis-timeline fits the items and shows
  them at its first draw; measured on the real data only). For each dataset
  the pages are copied to a temporary directory with that dataset as
  \`data/events.json\` and served by Vite's preview server on 127.0.0.1
  (\`scripts/serve-dist.ts\`), which gzips responses.
- **Runs.** Headless Chromium, 1400×860, locale ja-JP, a fresh browser context per
  run, HTTP cache disabled (CDP \`Network.setCacheDisabled\`). Runs are
  interleaved (app, fair baseline, floor, app, …) so machine noise hits every page.
  Every figure is the median over the runs.
- **Time to first item.** \`performance.now()\` (ms since navigation start) in
  the first animation frame in which an event box (or a cluster of events,
  which the app draws past 400 events) is on screen. A script injected with
  \`page.addInitScript\` (\`bench/page-probe.js\`) uses a MutationObserver to
  see items enter the DOM, then checks each frame (rAF) whether one is
  visible (\`checkVisibility\`), inside the viewport and topmost at its centre
  (\`elementFromPoint\`). vis-timeline keeps its root \`visibility: hidden\` until
  its first window change settles (a 200 ms debounce, then a redraw);
  the diagnostic row "laid out" is when an item was first in the viewport
  regardless, i.e. before that reveal.
- **First contentful paint.** The browser's own paint timing entry
  (\`first-contentful-paint\`), read after the first item.
- **Script until the first item.** CDP \`Performance.getMetrics\` →
  \`ScriptDuration\` (main-thread time spent running script since the page
  opened), read right after the first item.
- **Lighthouse.** Lighthouse 12's default (mobile) configuration: simulated
  slow 4G and a 4× slower CPU, performance category only, on the same system
  Chromium started by chrome-launcher (headless, no sandbox, no background
  networking or component updates), the pages served as above with the real
  data. Lighthouse clears the cache and storage before each run; runs are
  interleaved across the pages. Medians over the runs.
- **Bytes.** From CDP network events until the network has been quiet for
  500 ms after the first item, before any interaction. "Transferred (gzip)" is
  \`encodedDataLength\`: bytes on the wire as served with gzip, headers
  included (DevTools' "transferred"); "uncompressed" is the decoded body
  bytes (\`dataReceived\`). JS is requests of type Script or \`.js\` paths.
- **Heap.** CDP \`HeapProfiler.collectGarbage\`, then \`Performance.getMetrics\`
  → \`JSHeapUsedSize\`, right after the bytes are counted.
- **Click fetches.** The requests made and bytes transferred between the
  click and its response, i.e. code or data the page loads on demand.
- **Events drawn.** After load, the event boxes in the DOM plus the events
  inside clusters (a cluster's label is its count). A page that draws fewer
  events than the dataset holds is listed under problems, and a target
  checked on such figures is marked invalid: they would flatter it. The reference pages never cluster (vis-timeline's default), so
  at 1,000 and 10,000 events the app's clustered drawing is compared with the
  baseline drawing every event.
- **Click.** A real mouse click (CDP input) on an event box on screen (if
  every event on screen is in a cluster, the page is first zoomed in, untimed,
  until one stands alone). From
  the \`pointerup\` event's timestamp (vis-timeline selects on pointer up) to
  just after the frame that paints the response (rAF, then a message-channel
  task): for the app, an \`<aside>\` headed by the clicked event's title is on
  screen; for the reference pages, their \`select\` handler has run (it notes the
  selection on \`<body>\`), since it has no panel.
- **Zoom and pan.** Real input at the height of the top row of events, in the
  middle of the timeline: 12 Ctrl+wheel notches in (deltaY 100 each), a
  480 px mouse drag in 48 moves, then 12 notches out (back to the initial
  window). Inputs are sent one after another as fast as the page takes them.
  Frame times are the gaps between requestAnimationFrame timestamps recorded
  in the page during each gesture (until two frames after its last input);
  per run, the median, 95th percentile (nearest rank) and count over
  ${LONG_FRAME_MS} ms; the zoom figures cover both zoom gestures. A gesture that
  does not change the time axis is reported as a problem, not as frames.
- **First-view JavaScript from the files.** Separately from what the
  network shows: the scripts each built index.html loads first, gzip at
  zlib's default level (as served) and brotli (quality 11). Brotli would
  change the ruler, not the app: the target counts gzip only.
- **Datasets.** \`public/data/events.json\` and events generated by
  \`scripts/generate-events.ts\` (fixed seed, checked with the app's
  \`eventSchema\`) into \`bench/generated/\`.
`;

export function renderReport(report: BenchReport, runsNote: string): string {
  return [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` (bench/run.ts) on ${report.date}, in ${Math.round(report.durationS)} s; the next run rewrites this file.`,
    runsNote,
    '',
    '## Machine',
    '',
    ...machineTable(report),
    '',
    '## Targets',
    '',
    ...targetsTable(report),
    '',
    ...firstViewTable(report),
    '## Medians per dataset',
    '',
    ...report.datasets.flatMap((dataset) => [
      ...datasetTable(dataset),
      '',
      ...lighthouseTable(dataset.lighthouse),
    ]),
    ...problems(report),
    METHOD,
  ].join('\n');
}
