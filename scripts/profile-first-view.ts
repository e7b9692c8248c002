/**
 * `npm run profile:first-view -- [dist] [--runs N]`: where the main thread's
 * time goes before the first item is on screen. Serves a built app (dist/
 * by default), loads it cold in Chromium with the CPU profiler on, stops at
 * the first item (bench/page-probe.js), and prints the self time per source
 * (package, or file of ours), mapped back through the build's source maps,
 * summed over the runs. The benchmark says how long; this says what.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { SourceMapConsumer, type RawSourceMap } from 'source-map-js';
import { CHROMIUM_ARGS, CHROMIUM_MISSING, findChromium } from '../tests/e2e/chromium';
import { distArgument, serveDist } from './serve-dist';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function sourceGroup(source: string): string {
  const packageMatch = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (packageMatch?.[1]) return packageMatch[1];
  const ours = /\/src\/(.*)$/.exec(source);
  return ours?.[1] ? `src/${ours[1]}` : source;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const runsAt = args.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
  // --detail <source>: that source's time per function instead of in one line.
  const detailAt = args.indexOf('--detail');
  const detail = detailAt >= 0 ? args[detailAt + 1] : undefined;
  const dist = distArgument(args, ROOT);
  const executablePath = findChromium();
  if (!executablePath) throw new Error(CHROMIUM_MISSING);
  const probe = await readFile(join(ROOT, 'bench/page-probe.js'), 'utf8');
  const server = await serveDist({ outDir: dist });
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const maps = new Map<string, SourceMapConsumer | null>();
  const selfMs = new Map<string, number>();
  let total = 0;
  try {
    for (let run = 0; run < runs; run += 1) {
      const context = await browser.newContext({
        viewport: { width: 1400, height: 860 },
        locale: 'ja-JP',
        serviceWorkers: 'block',
      });
      const page = await context.newPage();
      const session = await context.newCDPSession(page);
      await session.send('Network.enable');
      await session.send('Network.setCacheDisabled', { cacheDisabled: true });
      await session.send('Profiler.enable');
      await session.send('Profiler.setSamplingInterval', { interval: 100 });
      await page.addInitScript({
        content: `window.__benchConfig = ${JSON.stringify({ eventSelector: '.vis-item.event:not(.vis-line, .vis-dot)', response: 'panel' })};\n${probe}`,
      });
      await session.send('Profiler.start');
      await page.goto(server.url, { waitUntil: 'load' });
      for (let tries = 0; tries < 300; tries += 1) {
        if (await page.evaluate('window.__bench.firstItemAt()')) break;
        await new Promise((done) => setTimeout(done, 20));
      }
      const { profile } = (await session.send('Profiler.stop')) as { profile: Profile };
      const byId = new Map(profile.nodes.map((node) => [node.id, node]));
      for (const [index, id] of profile.samples.entries()) {
        const node = byId.get(id);
        const ms = (profile.timeDeltas[index] ?? 0) / 1000;
        if (!node) continue;
        const { url, lineNumber, columnNumber, functionName } = node.callFrame;
        let group = functionName || '(anonymous)';
        if (url.startsWith('http')) {
          const file = new URL(url).pathname;
          if (!maps.has(file)) {
            const raw = await readFile(join(dist, `${file}.map`), 'utf8').catch(() => null);
            maps.set(file, raw ? new SourceMapConsumer(JSON.parse(raw) as RawSourceMap) : null);
          }
          const original = maps
            .get(file)
            ?.originalPositionFor({ line: lineNumber + 1, column: columnNumber });
          group = original?.source ? sourceGroup(original.source) : file;
          if (detail && group === detail && original) {
            group = `${group} ${functionName || original.name || '?'} (line ${original.line})`;
          }
        } else if (!group.startsWith('(')) {
          // Built-ins and the benchmark's injected probe.
          group = `(native or injected: ${group})`;
        }
        if (group === '(idle)') continue;
        selfMs.set(group, (selfMs.get(group) ?? 0) + ms);
        total += ms;
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(
    `Main-thread self time until the first item, mean of ${runs} cold loads (${dist}):\n`,
  );
  console.log('| Source | ms | share |');
  console.log('| --- | ---: | ---: |');
  for (const [group, ms] of [...selfMs].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
    console.log(`| ${group} | ${(ms / runs).toFixed(1)} | ${((100 * ms) / total).toFixed(0)}% |`);
  }
  console.log(`| total (not idle) | ${(total / runs).toFixed(1)} | |`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
