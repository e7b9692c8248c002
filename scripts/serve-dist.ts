/**
 * Serves the built app (dist/) on 127.0.0.1 with Vite's own preview server,
 * for scripts that drive a browser against the real build.
 */
import { preview, type PreviewServer } from 'vite';

export async function serveDist(): Promise<{ url: string; close: () => Promise<void> }> {
  const server: PreviewServer = await preview({
    logLevel: 'silent',
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the preview server did not report its address');
  return { url, close: () => server.close() };
}
