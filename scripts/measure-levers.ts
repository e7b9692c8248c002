/**
 * `npm run bench:levers`: what each bundle lever saves from the first view's
 * JavaScript. Builds the app once with every lever, then once with each
 * lever left out (scripts/lean-vis-timeline.ts's LEVERS, and the
 * modulepreload polyfill), and prints the first-view JS of each build.
 *
 * First-view JS = the scripts index.html loads (its module script and its
 * modulepreloads), compressed with gzip at zlib's default level, as the
 * preview server sends it (the target is measured in it), and, separately,
 * brotli quality 11 (a better ruler, not a smaller app: it never counts
 * towards the target).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { LEVERS, type Lever } from './lean-vis-timeline';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const KIB = 1024;

export interface FirstViewSize {
  files: string[];
  raw: number;
  gzip: number;
  brotli: number;
}

/** The scripts a built index.html loads before anything else; `base` as it was built with. */
export async function firstViewSize(
  outDir: string,
  base = process.env.BASE_PATH ?? '/',
): Promise<FirstViewSize> {
  const html = await readFile(join(outDir, 'index.html'), 'utf8');
  const sources = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((match) => match[1] ?? '');
  let raw = 0;
  let gzip = 0;
  let brotli = 0;
  for (const source of sources) {
    const path = source.startsWith(base) ? source.slice(base.length) : source;
    const code = await readFile(join(outDir, path));
    raw += code.length;
    gzip += gzipSync(code).length;
    brotli += brotliCompressSync(code, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length;
  }
  return { files: sources, raw, gzip, brotli };
}

function buildInto(outDir: string, env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'npx',
      ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
      {
        cwd: ROOT,
        stdio: 'inherit',
        env: { ...process.env, ...env },
      },
    );
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`vite build exit ${code}`)),
    );
  });
}

interface Variant {
  lever: string;
  env: Record<string, string>;
}

const kib = (bytes: number) => (bytes / KIB).toFixed(1);

async function main(): Promise<void> {
  const tmp = await mkdtemp(join(tmpdir(), 'timeline-levers-'));
  try {
    const variants: Variant[] = [
      { lever: 'every lever', env: {} },
      ...LEVERS.map((lever: Lever) => ({ lever, env: { LEAN_LEVERS_OFF: lever } })),
      { lever: 'modulepreload polyfill', env: { MODULE_PRELOAD_POLYFILL: 'on' } },
      {
        lever: 'none (every lever left out)',
        env: { LEAN_LEVERS_OFF: LEVERS.join(','), MODULE_PRELOAD_POLYFILL: 'on' },
      },
    ];
    const sizes: FirstViewSize[] = [];
    for (const variant of variants) {
      const outDir = join(tmp, String(sizes.length));
      console.log(`Building without: ${variant.lever}…`);
      await buildInto(outDir, variant.env);
      sizes.push(await firstViewSize(outDir));
    }
    const all = sizes[0];
    if (!all) throw new Error('no build');
    console.log(
      '\n| Lever left out | First-view JS (gzip) | Lever saves (gzip) | Lever saves (brotli, never towards the target) |',
    );
    console.log('| --- | ---: | ---: | ---: |');
    variants.forEach((variant, index) => {
      const size = sizes[index];
      if (!size) return;
      const saving = index === 0 ? '–' : `${kib(size.gzip - all.gzip)} KiB`;
      const brotli = index === 0 ? '–' : `${kib(size.brotli - all.brotli)} KiB`;
      console.log(`| ${variant.lever} | ${kib(size.gzip)} KiB | ${saving} | ${brotli} |`);
    });
    console.log(
      `\nWith every lever: ${kib(all.gzip)} KiB gzip, ${kib(all.brotli)} KiB brotli, ${kib(all.raw)} KiB raw (${all.files.join(', ')}).`,
    );
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
