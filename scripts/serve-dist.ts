/**
 * Serves the built app (dist/) on 127.0.0.1 with Vite's own preview server,
 * for scripts that drive a browser against the real build.
 *
 * `outDir` serves another built directory with the same server (the
 * benchmark serves copies of the app and of its baseline page this way, so
 * both get the same server, headers and gzip).
 */
import { resolve } from 'node:path';
import { preview, type PreviewServer } from 'vite';

export interface ServeDistOptions {
  /** The directory to serve, absolute or relative to the project; `dist` by default. */
  outDir?: string;
}

export async function serveDist(
  options: ServeDistOptions = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const server: PreviewServer = await preview({
    logLevel: 'silent',
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
    ...(options.outDir === undefined ? {} : { build: { outDir: options.outDir } }),
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) {
    await server.close();
    throw new Error('the preview server did not report its address');
  }
  return { url, close: () => server.close() };
}

/**
 * The build directory a script was given on its command line: the first
 * argument that is neither a `--flag` nor a flag's value; `dist` otherwise.
 * Relative to `root` (the project).
 */
export function distArgument(args: readonly string[], root: string): string {
  const given = args.find(
    (arg, index) => !arg.startsWith('--') && !(args[index - 1] ?? '').startsWith('--'),
  );
  return resolve(root, given ?? 'dist');
}
