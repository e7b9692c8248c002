import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
// `.js` names the .ts file: Vite's coming native config loader wants extensions.
import { pwaOptions } from './src/features/offline/pwa-options.js';
import { leanVisTimeline, leversOffFromEnv } from './scripts/lean-vis-timeline.js';
import { preloadStrings } from './scripts/preload-strings.js';

/**
 * The built app's Content-Security-Policy: no inline script, no eval, nothing
 * from other origins. A meta tag, so it holds on any static host; only in the
 * build, because the dev server injects an inline script for hot reload.
 * (Style attributes set from script are allowed by style-src 'self'.)
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * Starts downloading the events while the JavaScript is still arriving, so
 * the first item does not wait for the script to ask. The attributes match
 * the app's fetch (CORS mode, same-origin credentials) so the browser reuses it.
 */
function preloadEvents(): Plugin {
  let base = '/';
  return {
    name: 'preload-events',
    apply: 'build',
    configResolved: (config) => {
      base = config.base;
    },
    transformIndexHtml: () => [
      {
        tag: 'link',
        attrs: {
          rel: 'preload',
          href: `${base}data/events.json`,
          as: 'fetch',
          crossorigin: 'anonymous',
        },
        injectTo: 'head',
      },
    ],
  };
}

// BASE_PATH lets the built app live under a sub-path (e.g. GitHub Pages:
// BASE_PATH=/repo-name/ npm run build). Data is fetched relative to it.
export default defineConfig({
  base: process.env.BASE_PATH ?? '/',
  plugins: [
    react(),
    leanVisTimeline({ off: leversOffFromEnv() }),
    contentSecurityPolicy(),
    preloadEvents(),
    preloadStrings(),
    VitePWA(pwaOptions()),
  ],
  resolve: {
    alias: {
      // vis-timeline's HTML sanitiser, replaced by plain escaping: see the file.
      xss: fileURLToPath(new URL('./src/components/vis-timeline/escape-html.ts', import.meta.url)),
    },
  },
  build: {
    target: 'es2022',
    sourcemap: true,
    // Every browser the es2022 target admits supports modulepreload; the
    // polyfill would be dead weight in the first view. (The variable is for
    // scripts/measure-levers.ts, which measures what leaving it out saves.)
    modulePreload: { polyfill: process.env.MODULE_PRELOAD_POLYFILL === 'on' },
    rolldownOptions: {
      output: {
        // Everything the first view imports statically goes in one file:
        // left alone, Rolldown splits out modules the lazy chunks share with
        // it (React's runtime, the schema), which costs requests and bytes.
        codeSplitting: { groups: [{ name: 'first-view', tags: ['$initial'] }] },
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./tests/setup.ts'],
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/integration/**/*.test.{ts,tsx}'],
    css: false,
    reporters: process.env.CI_JSON_DIR
      ? ['default', ['json', { outputFile: `${process.env.CI_JSON_DIR}/vitest.json` }]]
      : ['default'],
  },
});
