/**
 * Builds the benchmark's baseline page (bench/baseline/) into
 * bench/generated/baseline-dist/ (git- and lint-ignored, like the generated
 * datasets) with the same target and sourcemaps as the app's build, so the
 * two are compared like for like:
 *
 *   npx vite build --config bench/vite.baseline.config.ts
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export const BASELINE_OUT_DIR = fileURLToPath(
  new URL('./generated/baseline-dist', import.meta.url),
);

export default defineConfig({
  root: fileURLToPath(new URL('./baseline', import.meta.url)),
  // Relative, so the page and its data work wherever the copy is served from.
  base: './',
  // The benchmark puts the dataset next to each copy; nothing else is public.
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: BASELINE_OUT_DIR,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
  },
});
