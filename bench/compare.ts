/**
 * `npm run bench:compare -- <name>=<built dir> ...`: the built app in dist/
 * against other builds of the app (earlier commits, say), all on today's
 * real data, side by side in one run: each run loads every build once, in
 * turn, so a burst of load on the shared machine hits all of them, and the
 * report pairs them round by round as well as by median. Each round also
 * loads each build on a phone-sized page at 4× CPU and sums its long tasks'
 * blocking time (bench/blocking.ts), Chromium's own count with no trace
 * running; then Lighthouse (mobile) on each. Writes bench/COMPARE.md (also
 * printed).
 *
 *   npm run bench:compare -- before-redesign=/tmp/app-48e819b [--runs N] [--lighthouse-runs N]
 *
 * Build an earlier commit with its own dependencies, for example:
 *   git worktree add /tmp/wt-48e819b 48e819b && cd /tmp/wt-48e819b
 *   npm ci && npx vite build --outDir /tmp/app-48e819b
 * The builds are measured as the app is (bench/measure.ts, target `app`),
 * so their marks or boxes must carry the app's `event` class, as every
 * build since the first release does. `--viewport 1400x2400` measures in a
 * taller window: before the redesign the whole record's meetings were drawn
 * below an 860 px fold, where no first item is "on screen" at all.
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { format as prettier, resolveConfig } from 'prettier';
import { firstViewSize } from '../scripts/measure-levers';
import { serveDist } from '../scripts/serve-dist';
import { CHROMIUM_ARGS, CHROMIUM_MISSING, findChromium } from '../tests/e2e/chromium';
import { prepareDatasets, stageSite } from './datasets';
import { LighthouseRunner, type LighthouseRun } from './lighthouse';
import { describeMachine } from './machine';
import { measureRun, type RunResult } from './measure';
import { median, pairedRatios, type PairedRatios } from './stats';
import { measureBlocking, type BlockingRun } from './blocking';
import {
  format,
  LIGHTHOUSE_METRICS,
  lighthouseMedian,
  medianOf,
  METRICS,
  type Metric,
} from './report';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT_FILE = resolve(ROOT, 'bench/COMPARE.md');

/** The first view's figures worth comparing between builds of the same app. */
const COMPARED = [
  'Time to first item on screen',
  'First contentful paint',
  'Script run until the first item (main thread)',
  'JS transferred (gzip)',
  'All bytes transferred (gzip)',
  'Requests',
  'JS heap after load, after GC',
  'Click → panel shown (reference pages: → `select` handled)',
];

interface Build {
  name: string;
  dir: string;
  runs: RunResult[];
  blocking: BlockingRun[];
  lighthouse: LighthouseRun[];
}

interface Options {
  builds: Build[];
  runs: number;
  lighthouseRuns: number;
  viewport?: { width: number; height: number };
}

function parse(argv: string[]): Options {
  const builds: Build[] = [
    { name: 'this build', dir: resolve(ROOT, 'dist'), runs: [], blocking: [], lighthouse: [] },
  ];
  let runs = 7;
  let lighthouseRuns = 3;
  let viewport: Options['viewport'];
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (arg === '--runs') runs = Number(argv[++index]);
    else if (arg === '--lighthouse-runs') lighthouseRuns = Number(argv[++index]);
    else if (arg === '--viewport') {
      const [width, height] = (argv[++index] ?? '').split('x').map(Number);
      if (!width || !height) throw new Error('--viewport needs WIDTHxHEIGHT, e.g. 1400x2400');
      viewport = { width, height };
    } else {
      const [name, dir] = arg.split('=');
      if (!name || !dir) throw new Error(`expected <name>=<built dir>, got ${arg}`);
      builds.push({ name, dir: resolve(dir), runs: [], blocking: [], lighthouse: [] });
    }
  }
  if (builds.length < 2) throw new Error('name at least one other build: <name>=<built dir>');
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs needs a whole number ≥ 1');
  return { builds, runs, lighthouseRuns, ...(viewport && { viewport }) };
}

/** One row: each build's median, then this build's against each other build's. */
function row(label: string, values: (number | null)[], unit: Metric['unit']): string {
  const [mine = null, ...others] = values;
  const ratios = others.map((value) =>
    mine === null || value === null || value === 0 ? '–' : `${(mine / value).toFixed(2)}×`,
  );
  return `| ${label} | ${values.map((value) => format(value, unit)).join(' | ')} | ${ratios.join(' | ')} |`;
}

function table(builds: Build[]): string[] {
  const lines = [
    `| Metric (median) | ${builds.map((build) => build.name).join(' | ')} | ${builds
      .slice(1)
      .map((build) => `this / ${build.name}`)
      .join(' | ')} |`,
    `| --- | ${builds.map(() => '---:').join(' | ')} | ${builds
      .slice(1)
      .map(() => '---:')
      .join(' | ')} |`,
  ];
  for (const metric of METRICS.filter((candidate) => COMPARED.includes(candidate.label))) {
    lines.push(
      row(
        metric.label,
        builds.map((build) => medianOf(build.runs, metric)),
        metric.unit,
      ),
    );
  }
  const blocking: [string, (run: BlockingRun) => number][] = [
    ['Blocking time, phone at 4× CPU (Long Tasks API, no trace)', (run) => run.blockingMs],
    ['Longest task, phone at 4× CPU', (run) => run.longestMs],
  ];
  for (const [label, value] of blocking) {
    lines.push(
      row(
        label,
        builds.map((build) => median(build.blocking.map(value))),
        'ms',
      ),
    );
  }
  return lines;
}

/** Timings worth pairing round by round (sizes do not vary between rounds). */
const PAIRED = [
  'Time to first item on screen',
  'First contentful paint',
  'Script run until the first item (main thread)',
  'Click → panel shown (reference pages: → `select` handled)',
];

function pairedCell(paired: PairedRatios | null): string {
  if (!paired) return 'n/a';
  return `${paired.median.toFixed(2)}× (${paired.low.toFixed(2)}–${paired.high.toFixed(2)}), lower in ${paired.lower} of ${paired.rounds}`;
}

function pairedTable(builds: Build[]): string[] {
  const [current, ...others] = builds;
  if (!current) return [];
  const lines = [
    '',
    '### Round by round',
    '',
    "Each round loads every build once, back to back; the ratio of this build to another is taken in each round, so a burst of load on the machine hits both sides of it. Median of the rounds' ratios, their interquartile range, and in how many rounds this build measured lower.",
    '',
    `| Metric | ${others.map((build) => `this / ${build.name}`).join(' | ')} |`,
    `| --- | ${others.map(() => '---:').join(' | ')} |`,
  ];
  for (const metric of METRICS.filter((candidate) => PAIRED.includes(candidate.label))) {
    const cells = others.map((build) => {
      const paired = pairedRatios(current.runs.map(metric.value), build.runs.map(metric.value));
      return pairedCell(paired);
    });
    lines.push(`| ${metric.label} | ${cells.join(' | ')} |`);
  }
  lines.push(
    `| Blocking time, phone at 4× CPU | ${others
      .map((build) =>
        pairedCell(
          pairedRatios(
            current.blocking.map((run) => run.blockingMs),
            build.blocking.map((run) => run.blockingMs),
          ),
        ),
      )
      .join(' | ')} |`,
  );
  for (const [label, key, unit] of LIGHTHOUSE_METRICS) {
    if (unit === 'score' || current.lighthouse.length === 0) continue;
    const cells = others.map((build) => {
      const figure = (run: LighthouseRun) => {
        const value = run[key];
        return typeof value === 'number' ? value : null;
      };
      const paired = pairedRatios(current.lighthouse.map(figure), build.lighthouse.map(figure));
      return pairedCell(paired);
    });
    lines.push(`| Lighthouse: ${label.toLowerCase()} | ${cells.join(' | ')} |`);
  }
  return lines;
}

function lighthouseTable(builds: Build[]): string[] {
  if (builds.every((build) => build.lighthouse.length === 0)) return [];
  const lines = [
    '',
    `### Lighthouse 12, mobile (simulated throttling): ${builds[0]?.lighthouse.length ?? 0} runs each`,
    '',
    `| Metric (median) | ${builds.map((build) => build.name).join(' | ')} |`,
    `| --- | ${builds.map(() => '---:').join(' | ')} |`,
  ];
  for (const [label, key, unit] of LIGHTHOUSE_METRICS) {
    const cells = builds.map((build) => {
      const value = lighthouseMedian(build.lighthouse, key);
      if (value === null) return 'n/a';
      return unit === 'score' ? String(Math.round(value)) : format(value, 'ms');
    });
    lines.push(`| ${label} | ${cells.join(' | ')} |`);
  }
  return lines;
}

async function main(): Promise<void> {
  const { builds, runs, lighthouseRuns, viewport } = parse(process.argv.slice(2));
  const executablePath = findChromium();
  if (!executablePath) throw new Error(CHROMIUM_MISSING);
  const started = Date.now();
  const tmp = await mkdtemp(join(tmpdir(), 'timeline-compare-'));
  const closers: (() => Promise<unknown>)[] = [() => rm(tmp, { recursive: true, force: true })];
  try {
    const [real] = await prepareDatasets(['real']);
    if (!real) throw new Error('no real dataset');
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    closers.push(() => browser.close());
    const urls: string[] = [];
    const sizes: string[] = [];
    for (const [index, build] of builds.entries()) {
      // A copy, so a rebuild of dist/ while this runs cannot change what is measured.
      const copy = join(tmp, `build-${index}`);
      await cp(build.dir, copy, { recursive: true, filter: (source) => !source.endsWith('.map') });
      const size = await firstViewSize(copy, '/');
      sizes.push(`${build.name}: ${(size.gzip / 1024).toFixed(1)} KiB gzip`);
      const site = await stageSite(copy, real, join(tmp, `site-${index}`));
      const server = await serveDist({ outDir: site });
      closers.push(() => server.close());
      urls.push(server.url);
    }
    for (let run = 1; run <= runs; run += 1) {
      for (const [index, build] of builds.entries()) {
        const measured = await measureRun(browser, {
          target: 'app',
          url: urls[index] ?? '',
          events: real.events,
          ...(viewport && { viewport }),
        });
        build.runs.push(measured);
        const blocking = await measureBlocking(browser, urls[index] ?? '');
        build.blocking.push(blocking);
        console.log(
          `run ${run}/${runs} ${build.name.padEnd(18)} first item ${Math.round(measured.firstItemMs ?? NaN)} ms, FCP ${Math.round(measured.firstContentfulPaintMs ?? NaN)} ms, blocking (4× CPU) ${Math.round(blocking.blockingMs)} ms${measured.errors.length > 0 ? `; problems: ${measured.errors.join('; ')}` : ''}`,
        );
      }
    }
    if (lighthouseRuns > 0) {
      const lighthouse = await LighthouseRunner.start(executablePath);
      closers.push(() => lighthouse.close());
      for (let run = 1; run <= lighthouseRuns; run += 1) {
        for (const [index, build] of builds.entries()) {
          const measured = await lighthouse.run(urls[index] ?? '');
          build.lighthouse.push(measured);
          console.log(
            `[Lighthouse] run ${run}/${lighthouseRuns} ${build.name.padEnd(18)} score ${measured.score ?? 'n/a'}, TBT ${Math.round(measured.totalBlockingTimeMs ?? NaN)} ms`,
          );
        }
      }
    }
    const markdown = [
      '# This build against earlier builds',
      '',
      `Written by \`npm run bench:compare\` (bench/compare.ts) on ${new Date().toISOString()}, in ${Math.round((Date.now() - started) / 1000)} s; the next run rewrites this file.`,
      `${runs} runs per build, interleaved, each a fresh page load with the cache off, all on today's real data (${real.events.length} events); measured as bench/RESULTS.md measures the app, in a ${viewport ? `${viewport.width}×${viewport.height}` : '1400×860'} window.`,
      '',
      `Machine: ${describeMachine(browser.version()).cpu}, Chromium ${browser.version()}.`,
      '',
      ...builds.map((build) => `- **${build.name}**: ${build === builds[0] ? 'dist/' : build.dir}`),
      '',
      `First-view JS from the built files (index.html's scripts): ${sizes.join('; ')}.`,
      '',
      ...table(builds),
      ...pairedTable(builds),
      ...lighthouseTable(builds),
      '',
    ].join('\n');
    const config = await resolveConfig(OUT_FILE);
    const formatted = await prettier(markdown, { ...config, filepath: OUT_FILE });
    await writeFile(OUT_FILE, formatted);
    console.log(`\n${formatted}\nWrote ${OUT_FILE}`);
  } finally {
    for (const close of closers.reverse()) await close().catch(() => undefined);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
