/**
 * Builds the benchmark's two reference pages, each into its own directory
 * under bench/generated/ (git- and lint-ignored, like the generated
 * datasets), with the same target, sourcemaps and lean vis-timeline
 * (scripts/lean-vis-timeline.ts) as the app's build, so all three are
 * compared like for like:
 *
 * - bench/baseline/: the fair baseline (the app's options and reveal);
 * - bench/floor/: the floor (default options).
 *
 *   BENCH_PAGE=floor npx vite build --config bench/vite.pages.config.ts
 */
import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';
import { leanVisTimeline } from '../scripts/lean-vis-timeline';

export const BENCH_PAGES = ['baseline', 'floor'] as const;
export type BenchPage = (typeof BENCH_PAGES)[number];

export function pageOutDir(page: BenchPage): string {
  return fileURLToPath(new URL(`./generated/${page}-dist`, import.meta.url));
}

export function benchPageConfig(page: BenchPage): UserConfig {
  return {
    root: fileURLToPath(new URL(`./${page}`, import.meta.url)),
    // Relative, so the page and its data work wherever the copy is served from.
    base: './',
    // The benchmark puts the dataset next to each copy; nothing else is public.
    publicDir: false,
    logLevel: 'warn',
    plugins: [leanVisTimeline()],
    build: {
      outDir: pageOutDir(page),
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: true,
      modulePreload: { polyfill: false },
    },
  };
}

function pageFromEnv(): BenchPage {
  const page = process.env.BENCH_PAGE ?? 'baseline';
  if (!(BENCH_PAGES as readonly string[]).includes(page)) {
    throw new Error(`BENCH_PAGE: one of ${BENCH_PAGES.join(', ')}`);
  }
  return page as BenchPage;
}

export default defineConfig(benchPageConfig(pageFromEnv()));
