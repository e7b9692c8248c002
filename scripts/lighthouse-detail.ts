/**
 * `npm run profile:lighthouse -- [dist] [--path /?lang=en]`: one Lighthouse
 * (mobile) run on a built app, and what it blames: the long tasks with their
 * start and length, the layout shifts, the longest observed tasks and what
 * filled them (from Lighthouse's own trace), the main-thread breakdown and
 * the metrics. The benchmark gives the medians; this says why.
 */
import { fileURLToPath } from 'node:url';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROME_FLAGS } from '../bench/lighthouse';
import { CHROMIUM_MISSING, findChromium } from '../tests/e2e/chromium';
import { distArgument, serveDist } from './serve-dist';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

interface Item {
  [key: string]: unknown;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: { data?: { url?: string; functionName?: string; stackTrace?: unknown } };
}

function printLongestTasks(events: TraceEvent[]): void {
  const tasks = events.filter((event) => event.name === 'RunTask' && (event.dur ?? 0) > 50_000);
  // The renderer's main thread: the one with the most long tasks.
  const byThread = new Map<string, TraceEvent[]>();
  for (const task of tasks) {
    const key = `${task.pid}:${task.tid}`;
    byThread.set(key, [...(byThread.get(key) ?? []), task]);
  }
  const main = [...byThread.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  console.log('\nlongest observed tasks (unthrottled) and their contents:');
  for (const task of [...main].sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0)).slice(0, 4)) {
    const end = task.ts + (task.dur ?? 0);
    const inside = events.filter(
      (event) =>
        event.tid === task.tid &&
        event.pid === task.pid &&
        event.ph === 'X' &&
        event !== task &&
        event.ts >= task.ts &&
        event.ts + (event.dur ?? 0) <= end,
    );
    const totals = new Map<string, number>();
    for (const event of inside) {
      const key =
        event.name === 'FunctionCall' ||
        event.name === 'TimerFire' ||
        event.name === 'EventDispatch'
          ? `${event.name} ${event.args?.data?.functionName ?? ''}`
          : event.name;
      totals.set(key, (totals.get(key) ?? 0) + (event.dur ?? 0) / 1000);
    }
    console.log(`  task of ${Math.round((task.dur ?? 0) / 1000)} ms:`);
    for (const [key, ms] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, 10)) {
      console.log(`    ${ms.toFixed(1).padStart(7)} ms  ${key}`);
    }
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const pathAt = args.indexOf('--path');
  const path = pathAt >= 0 ? (args[pathAt + 1] ?? '/') : '/?lang=en';
  const dist = distArgument(args, ROOT);
  const chromePath = findChromium();
  if (!chromePath) throw new Error(CHROMIUM_MISSING);
  const server = await serveDist({ outDir: dist });
  const chrome = await launch({
    chromePath,
    // The benchmark's flags, so the figures compare with bench/RESULTS.md.
    chromeFlags: CHROME_FLAGS,
    logLevel: 'error',
  });
  try {
    const result = await lighthouse(new URL(path, server.url).href, {
      port: chrome.port,
      onlyCategories: ['performance'],
      output: 'json',
      logLevel: 'error',
    });
    const lhr = result?.lhr;
    if (!lhr) throw new Error('no result');
    const audit = (id: string) => lhr.audits[id];
    console.log(`score ${Math.round((lhr.categories.performance?.score ?? 0) * 100)}`);
    for (const id of [
      'first-contentful-paint',
      'largest-contentful-paint',
      'total-blocking-time',
      'speed-index',
      'cumulative-layout-shift',
      'interactive',
    ]) {
      console.log(`${id.padEnd(26)} ${audit(id)?.displayValue ?? ''} (score ${audit(id)?.score})`);
    }
    const items = (id: string): Item[] =>
      (audit(id)?.details as { items?: Item[] } | undefined)?.items ?? [];
    console.log('\nlong tasks (simulated):');
    for (const task of items('long-tasks')) {
      console.log(
        `  start ${Math.round(Number(task.startTime))} ms  ${Math.round(Number(task.duration))} ms  ${String(task.url)}`,
      );
    }
    console.log('\nlayout shifts:');
    for (const item of items('layout-shifts')) {
      const node = item.node as { selector?: string; snippet?: string } | undefined;
      console.log(
        `  ${Number(item.score).toFixed(3)}  ${node?.selector ?? ''}  ${node?.snippet ?? ''}`,
      );
    }
    // The longest observed main-thread tasks, and what the trace says filled them.
    const trace = (result.artifacts as { Trace?: { traceEvents: TraceEvent[] } }).Trace;
    if (trace) printLongestTasks(trace.traceEvents);
    if (process.env.SAVE_TRACE && trace) {
      const { writeFile } = await import('node:fs/promises');
      await writeFile(process.env.SAVE_TRACE, JSON.stringify(trace));
    }
    console.log('\nmain thread by category (simulated):');
    for (const item of items('mainthread-work-breakdown')) {
      console.log(
        `  ${String(item.groupLabel).padEnd(28)} ${Math.round(Number(item.duration))} ms`,
      );
    }
    console.log('\nscript by file (bootup-time):');
    for (const item of items('bootup-time')) {
      console.log(
        `  ${String(item.url).padEnd(60)} total ${Math.round(Number(item.total))} ms, script ${Math.round(Number(item.scripting))} ms`,
      );
    }
  } finally {
    chrome.kill();
    await server.close();
  }
}

await main();
