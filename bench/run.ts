/**
 * `npm run bench`: measures the built app against the baseline page
 * (vis-timeline alone) on the real data and on 1,000 and 10,000 generated
 * events, and writes bench/RESULTS.md (also printed) and the raw runs to
 * bench/results/.
 *
 *   npm run bench -- [--runs N] [--large-runs N] [--datasets real,1000,10000] [--no-build]
 *
 * --runs: runs per page for the real data and 1,000 events (default 5).
 * --large-runs: runs per page for 10,000 events (default 1): one run of each
 *   page takes minutes on two cores, and five would break the ten-minute budget.
 * --no-build: measure the existing dist/ and bench/generated/baseline-dist/.
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
import { measureRun, type RunResult, type Target } from './measure';
import { renderReport, type BenchReport, type DatasetResult } from './report';
import { BASELINE_OUT_DIR } from './vite.baseline.config';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS_FILE = resolve(ROOT, 'bench/RESULTS.md');
const RAW_RESULTS_DIR = resolve(ROOT, 'bench/results');
const BUILD_TIMEOUT_MS = 10 * 60_000;

interface Options {
  runs: number;
  largeRuns: number;
  datasets: DatasetName[];
  build: boolean;
}

function count(flag: string, value: string | undefined): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new Error(`${flag} needs a whole number ≥ 1`);
  return parsed;
}

function parseOptions(argv: string[]): Options {
  const options: Options = { runs: 5, largeRuns: 1, datasets: [...DATASET_NAMES], build: true };
  for (let index = 0; index < argv.length; index += 1) {
    const flag = argv[index] ?? '';
    const value = argv[index + 1];
    if (flag === '--no-build') {
      options.build = false;
      continue;
    }
    if (flag === '--runs') options.runs = count(flag, value);
    else if (flag === '--large-runs') options.largeRuns = count(flag, value);
    else if (flag === '--datasets') {
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
  console.log('Building the baseline (bench/vite.baseline.config.ts)…');
  await build({ configFile: resolve(ROOT, 'bench/vite.baseline.config.ts') });
}

/**
 * Copies both builds aside at once, so a rebuild of dist/ while the
 * benchmark runs (tests build it too) cannot change what is measured.
 */
async function snapshotBuilds(tmp: string): Promise<{ app: string; baseline: string }> {
  const builds = { app: join(tmp, 'app-build'), baseline: join(tmp, 'baseline-build') };
  for (const [from, to] of [
    [resolve(ROOT, 'dist'), builds.app],
    [BASELINE_OUT_DIR, builds.baseline],
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
    `click ${ms(run.clickMs)}`,
    `zoom p95 ${ms(run.zoom?.p95Ms)}`,
    `pan p95 ${ms(run.pan?.p95Ms)}`,
  ];
  const problems = run.errors.length > 0 ? `; problems: ${run.errors.join('; ')}` : '';
  return `${target.padEnd(8)} ${parts.join(', ')} (${seconds.toFixed(1)} s)${problems}`;
}

async function benchDataset(
  browser: Browser,
  dataset: Dataset,
  runs: number,
  builds: { app: string; baseline: string },
  tmp: string,
): Promise<DatasetResult> {
  const result: DatasetResult = {
    name: dataset.name,
    label: dataset.label,
    eventCount: dataset.events.length,
    app: [],
    baseline: [],
  };
  const sites = {
    app: await stageSite(builds.app, dataset, join(tmp, `app-${dataset.name}`)),
    baseline: await stageSite(builds.baseline, dataset, join(tmp, `baseline-${dataset.name}`)),
  };
  const servers = new Cleanup();
  try {
    const urls: Record<Target, string> = { app: '', baseline: '' };
    for (const target of ['app', 'baseline'] as const) {
      const server = await serveDist({ outDir: sites[target] });
      servers.add(() => server.close());
      urls[target] = server.url;
    }
    for (let run = 1; run <= runs; run += 1) {
      // Interleaved, so a burst of load on the shared machine hits both pages.
      for (const target of ['app', 'baseline'] as const) {
        const started = Date.now();
        const measured = await measureRun(browser, {
          target,
          url: urls[target],
          events: dataset.events,
        });
        result[target].push(measured);
        const seconds = (Date.now() - started) / 1000;
        console.log(`[${dataset.label}] run ${run}/${runs} ${summary(target, measured, seconds)}`);
      }
    }
    return result;
  } finally {
    await servers.run();
    await rm(sites.app, { recursive: true, force: true });
    await rm(sites.baseline, { recursive: true, force: true });
  }
}

function runsNote(options: Options, datasets: Dataset[]): string {
  const parts = datasets.map((dataset) => `${dataset.label}: ${runsFor(dataset, options)}`);
  return `Runs per page (each run: one fresh page load of the app and one of the baseline, interleaved): ${parts.join('; ')}.`;
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
    const report: BenchReport = {
      date: new Date().toISOString(),
      machine: describeMachine(browser.version()),
      durationS: 0,
      datasets: [],
    };
    for (const dataset of datasets) {
      report.datasets.push(
        await benchDataset(browser, dataset, runsFor(dataset, options), builds, tmp),
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
