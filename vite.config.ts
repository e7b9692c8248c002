import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// BASE_PATH lets the built app live under a sub-path (e.g. GitHub Pages:
// BASE_PATH=/repo-name/ npm run build). Data is fetched relative to it.
export default defineConfig({
  base: process.env.BASE_PATH ?? '/',
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: true,
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
