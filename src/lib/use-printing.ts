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
 * previews and emulated print media, which fire no `beforeprint`. The
 * snapshot is a plain variable kept by those listeners: React reads it on
 * every render, and asking the media query each time would ask the browser
 * to bring its styles up to date in the middle of a render.
 */
const PRINT = 'print';

const state = { betweenPrintEvents: false, printMedia: false };
const printing = () => state.betweenPrintEvents || state.printMedia;

function subscribe(onChange: () => void): () => void {
  const query = typeof window.matchMedia === 'function' ? window.matchMedia(PRINT) : null;
  state.printMedia = query?.matches ?? false;
  const onMedia = (event: MediaQueryListEvent) => {
    state.printMedia = event.matches;
    onChange();
  };
  const before = () => {
    state.betweenPrintEvents = true;
    flushSync(onChange);
  };
  const after = () => {
    state.betweenPrintEvents = false;
    onChange();
  };
  query?.addEventListener('change', onMedia);
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  return () => {
    query?.removeEventListener('change', onMedia);
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
  };
}

export function usePrinting(): boolean {
  return useSyncExternalStore(subscribe, printing, () => false);
}
