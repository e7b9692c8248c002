import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

/**
 * True while the page is printed (or laid out for print). Parts that exist
 * only on paper, such as the table of every event, are rendered then and not
 * in the first view, where a few hundred hidden rows would cost the reader
 * a long task for nothing.
 *
 * `beforeprint` comes before the browser lays the page out for print, so the
 * update is flushed there and then; the media query also covers print
 * previews and emulated print media, which fire no `beforeprint`.
 */
const PRINT = 'print';

// Between `beforeprint` and `afterprint`, whatever the media query says then.
let printing = false;

function subscribe(onChange: () => void): () => void {
  const query = typeof window.matchMedia === 'function' ? window.matchMedia(PRINT) : null;
  const before = () => {
    printing = true;
    flushSync(onChange);
  };
  const after = () => {
    printing = false;
    onChange();
  };
  query?.addEventListener('change', onChange);
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  return () => {
    query?.removeEventListener('change', onChange);
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
  };
}

function snapshot(): boolean {
  return printing || (typeof window.matchMedia === 'function' && window.matchMedia(PRINT).matches);
}

export function usePrinting(): boolean {
  return useSyncExternalStore(subscribe, snapshot, () => false);
}
