/**
 * `npm run bench`: measures the built app against two pages of vis-timeline
 * alone — the fair baseline (the app's options and reveal, bench/baseline/)
 * and the floor (default options, bench/floor/) — on the real data, and
 * against the fair baseline on 1,000 and 10,000 generated events; runs
 * Lighthouse (mobile) on all three with the real data; and writes
 * bench/RESULTS.md (also printed) and the raw runs to bench/results/.
 *
 *   npm run bench -- [--runs N] [--large-runs N] [--lighthouse-runs N]
 *                    [--datasets real,1000,10000] [--no-build]
 *
 * --runs: runs per page for the real data and 1,000 events (default 5).
 * --large-runs: runs per page for 10,000 events (default 1): one run of each
 *   page takes minutes on two cores.
 * --lighthouse-runs: Lighthouse runs per page, real data (default 3; 0: none).
 * --no-build: measure the existing dist/ and bench/generated/*-dist/.
 *
 * Every server, browser and temporary copy is closed or removed at the end,
 * on failure and on Ctrl+C too.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { format, resolveConfig } from 'prettier';
import { build } from 'vite';
import { ensureChromium } from '../scripts/ensure-chromium';
import { serveDist } from '../scripts/serve-dist';
import { CHROMIUM_ARGS, CHROMIUM_MISSING, findChromium } from '../tests/e2e/chromium';
import {
  DATASET_NAMES,
  isDatasetName,
  prepareDatasets,
  stageSite,
  type Dataset,
  type DatasetName,
} from './datasets';
import { describeMachine } from './machine';
import { firstViewSize, type FirstViewSize } from '../scripts/measure-levers';
import { LighthouseRunner, type LighthouseResults } from './lighthouse';
import { measureRun, type RunResult, type Target } from './measure';
import { renderReport, type BenchReport, type DatasetResult } from './report';
import { BENCH_PAGES, benchPageConfig, pageOutDir } from './vite.pages.config';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS_FILE = resolve(ROOT, 'bench/RESULTS.md');
const RAW_RESULTS_DIR = resolve(ROOT, 'bench/results');
const BUILD_TIMEOUT_MS = 10 * 60_000;

interface Options {
  runs: number;
  largeRuns: number;
  lighthouseRuns: number;
  datasets: DatasetName[];
  build: boolean;
}

function count(flag: string, value: string | undefined): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new Error(`${flag} needs a whole number ≥ 1`);
  return parsed;
}

function parseOptions(argv: string[]): Options {
  const options: Options = {
    runs: 5,
    largeRuns: 1,
    lighthouseRuns: 3,
    datasets: [...DATASET_NAMES],
    build: true,
  };
  for (let index = 0; index < argv.length; index += 1) {
    const flag = argv[index] ?? '';
    const value = argv[index + 1];
    if (flag === '--no-build') {
      options.build = false;
      continue;
    }
    if (flag === '--runs') options.runs = count(flag, value);
    else if (flag === '--large-runs') options.largeRuns = count(flag, value);
    else if (flag === '--lighthouse-runs') {
      options.lighthouseRuns = value === '0' ? 0 : count(flag, value);
    } else if (flag === '--datasets') {
      const names = (value ?? '').split(',');
      const unknown = names.filter((name) => !isDatasetName(name));
      if (unknown.length > 0) throw new Error(`--datasets: unknown ${unknown.join(', ')}`);
      options.datasets = names.filter(isDatasetName);
    } else throw new Error(`unknown argument ${flag}`);
    index += 1;
  }
  return options;
}

function runsFor(dataset: Dataset, options: Options): number {
  return dataset.name === '10000' ? options.largeRuns : options.runs;
}

/** Things to close or remove at the end, newest first, whatever happened. */
class Cleanup {
  private readonly steps: (() => Promise<unknown>)[] = [];

  add(step: () => Promise<unknown>): void {
    this.steps.push(step);
  }

  async run(): Promise<void> {
    for (const step of this.steps.splice(0).reverse()) {
      await step().catch((error: unknown) => console.error(`cleanup: ${String(error)}`));
    }
  }
}

function runCommand(command: string, args: string[]): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit' });
    const timer = setTimeout(() => child.kill('SIGTERM'), BUILD_TIMEOUT_MS);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolvePromise();
      else reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`));
    });
  });
}

async function buildPages(): Promise<void> {
  console.log('Building the app (npm run build)…');
  await runCommand('npm', ['run', 'build']);
  for (const page of BENCH_PAGES) {
    console.log(`Building the ${page} page (bench/vite.pages.config.ts)…`);
    await build({ ...benchPageConfig(page), configFile: false });
  }
}

type Builds = Record<Target, string>;

/** Where the targets are measured: the floor only on the real data, where its targets are. */
function targetsFor(dataset: Dataset): Target[] {
  return dataset.name === 'real' ? ['app', 'baseline', 'floor'] : ['app', 'baseline'];
}

/**
 * Copies both builds aside at once, so a rebuild of dist/ while the
 * benchmark runs (tests build it too) cannot change what is measured.
 */
async function snapshotBuilds(tmp: string): Promise<Builds> {
  const builds: Builds = {
    app: join(tmp, 'app-build'),
    baseline: join(tmp, 'baseline-build'),
    floor: join(tmp, 'floor-build'),
  };
  for (const [from, to] of [
    [resolve(ROOT, 'dist'), builds.app],
    [pageOutDir('baseline'), builds.baseline],
    [pageOutDir('floor'), builds.floor],
  ] as const) {
    if (!existsSync(join(from, 'index.html'))) {
      throw new Error(`${from} has no index.html: build first (or drop --no-build)`);
    }
    await cp(from, to, { recursive: true, filter: (source) => !source.endsWith('.map') });
  }
  return builds;
}

function summary(target: Target, run: RunResult, seconds: number): string {
  const ms = (value: number | null | undefined) =>
    typeof value === 'number' ? `${Math.round(value)} ms` : 'n/a';
  const parts = [
    `first item ${ms(run.firstItemMs)}`,
    `FCP ${ms(run.firstContentfulPaintMs)}`,
    `click ${ms(run.clickMs)}`,
    `zoom p95 ${ms(run.zoom?.p95Ms)}`,
    `pan p95 ${ms(run.pan?.p95Ms)}`,
  ];
  const problems = run.errors.length > 0 ? `; problems: ${run.errors.join('; ')}` : '';
  return `${target.padEnd(8)} ${parts.join(', ')} (${seconds.toFixed(1)} s)${problems}`;
}

interface DatasetBench {
  browser: Browser;
  dataset: Dataset;
  options: Options;
  builds: Builds;
  tmp: string;
  /** Lighthouse runs on the real data only; undefined elsewhere. */
  lighthouse?: LighthouseRunner;
}

async function benchDataset({
  browser,
  dataset,
  options,
  builds,
  tmp,
  lighthouse,
}: DatasetBench): Promise<DatasetResult> {
  const runs = runsFor(dataset, options);
  const targets = targetsFor(dataset);
  const result: DatasetResult = {
    name: dataset.name,
    label: dataset.label,
    eventCount: dataset.events.length,
    app: [],
    baseline: [],
    floor: [],
    lighthouse: {},
  };
  const sites: Partial<Builds> = {};
  const servers = new Cleanup();
  try {
    const urls: Partial<Record<Target, string>> = {};
    for (const target of targets) {
      const site = await stageSite(builds[target], dataset, join(tmp, `${target}-${dataset.name}`));
      sites[target] = site;
      servers.add(() => rm(site, { recursive: true, force: true }));
      const server = await serveDist({ outDir: site });
      servers.add(() => server.close());
      urls[target] = server.url;
    }
    for (let run = 1; run <= runs; run += 1) {
      // Interleaved, so a burst of load on the shared machine hits every page.
      for (const target of targets) {
        const started = Date.now();
        const measured = await measureRun(browser, {
          target,
          url: urls[target] ?? '',
          events: dataset.events,
        });
        result[target].push(measured);
        const seconds = (Date.now() - started) / 1000;
        console.log(`[${dataset.label}] run ${run}/${runs} ${summary(target, measured, seconds)}`);
      }
    }
    if (lighthouse) result.lighthouse = await runLighthouse(lighthouse, targets, urls, options);
    return result;
  } finally {
    await servers.run();
  }
}

async function runLighthouse(
  lighthouse: LighthouseRunner,
  targets: Target[],
  urls: Partial<Record<Target, string>>,
  options: Options,
): Promise<LighthouseResults> {
  const results: LighthouseResults = {};
  for (let run = 1; run <= options.lighthouseRuns; run += 1) {
    for (const target of targets) {
      const started = Date.now();
      const measured = await lighthouse.run(urls[target] ?? '');
      (results[target] ??= []).push(measured);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const problems =
        measured.errors.length > 0 ? `; problems: ${measured.errors.join('; ')}` : '';
      console.log(
        `[Lighthouse] run ${run}/${options.lighthouseRuns} ${target.padEnd(8)} score ${measured.score ?? 'n/a'}, FCP ${Math.round(measured.firstContentfulPaintMs ?? NaN)} ms, LCP ${Math.round(measured.largestContentfulPaintMs ?? NaN)} ms, TBT ${Math.round(measured.totalBlockingTimeMs ?? NaN)} ms, SI ${Math.round(measured.speedIndexMs ?? NaN)} ms (${seconds} s)${problems}`,
      );
    }
  }
  return results;
}

function runsNote(options: Options, datasets: Dataset[]): string {
  const parts = datasets.map(
    (dataset) =>
      `${dataset.label}: ${runsFor(dataset, options)} (${targetsFor(dataset).join(', ')})`,
  );
  const lighthouse =
    options.lighthouseRuns > 0 && datasets.some((dataset) => dataset.name === 'real')
      ? ` Lighthouse: ${options.lighthouseRuns} runs per page, real data.`
      : '';
  return `Runs per page (each run: one fresh page load of each page, interleaved): ${parts.join('; ')}.${lighthouse}`;
}

/** In the project's Prettier style, so `npm run format:check` passes on the results too. */
async function formatMarkdown(markdown: string): Promise<string> {
  const config = await resolveConfig(RESULTS_FILE);
  return format(markdown, { ...config, filepath: RESULTS_FILE });
}

async function writeResults(report: BenchReport, markdown: string): Promise<void> {
  await writeFile(RESULTS_FILE, markdown);
  await mkdir(RAW_RESULTS_DIR, { recursive: true });
  const stamp = report.date.replace(/[:.]/g, '-');
  await writeFile(join(RAW_RESULTS_DIR, `${stamp}.json`), `${JSON.stringify(report, null, 2)}\n`);
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  // On a fresh Debian/Ubuntu machine as root, installs Chromium (as npm test does).
  if (!ensureChromium()) throw new Error(CHROMIUM_MISSING);
  const executablePath = findChromium();
  if (!executablePath) throw new Error(CHROMIUM_MISSING);
  const started = Date.now();
  const cleanup = new Cleanup();
  const interrupt = () => {
    console.error('\nInterrupted: closing servers and the browser…');
    void cleanup.run().finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupt);
  try {
    if (options.build) await buildPages();
    const tmp = await mkdtemp(join(tmpdir(), 'timeline-bench-'));
    cleanup.add(() => rm(tmp, { recursive: true, force: true }));
    const builds = await snapshotBuilds(tmp);
    const datasets = await prepareDatasets(options.datasets);
    // Our own SIGINT handler closes the browser, servers and temporary
    // copies in order; Playwright's would exit before those are removed.
    const browser = await chromium.launch({
      executablePath,
      args: CHROMIUM_ARGS,
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
    cleanup.add(() => browser.close());
    const lighthouse =
      options.lighthouseRuns > 0 ? await LighthouseRunner.start(executablePath) : undefined;
    if (lighthouse) cleanup.add(() => lighthouse.close());
    const firstView: Partial<Record<Target, FirstViewSize>> = {};
    for (const target of ['app', 'baseline', 'floor'] as const) {
      firstView[target] = await firstViewSize(builds[target], target === 'app' ? '/' : './');
    }
    const report: BenchReport = {
      date: new Date().toISOString(),
      machine: describeMachine(browser.version()),
      durationS: 0,
      firstView,
      datasets: [],
    };
    for (const dataset of datasets) {
      report.datasets.push(
        await benchDataset({
          browser,
          dataset,
          options,
          builds,
          tmp,
          ...(dataset.name === 'real' && lighthouse ? { lighthouse } : {}),
        }),
      );
    }
    report.durationS = (Date.now() - started) / 1000;
    const markdown = await formatMarkdown(renderReport(report, runsNote(options, datasets)));
    await writeResults(report, markdown);
    console.log(`\n${markdown}`);
    console.log(`Wrote ${RESULTS_FILE}`);
  } finally {
    process.off('SIGINT', interrupt);
    await cleanup.run();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
