/**
 * The URL is the shareable state. This module parses it once at start and
 * writes it back as the reader moves; components never touch `location`.
 */
import { isLanguage, type Language } from '../i18n/index';
import { useUiStore } from './ui-store';

export interface UrlState {
  lang?: Language;
  event?: string;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_PARAM = 200;

/** Reads what it understands and ignores the rest; never throws. */
export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const state: UrlState = {};
  const lang = params.get('lang');
  if (isLanguage(lang)) state.lang = lang;
  const event = params.get('event');
  if (event && event.length <= MAX_PARAM && ID.test(event)) state.event = event;
  return state;
}

/** The query string for a state, keeping parameters this module does not own. */
export function toSearch(state: UrlState, current = ''): string {
  const params = new URLSearchParams(current);
  for (const key of ['lang', 'event'] as const) {
    const value = state[key];
    if (value) params.set(key, value);
    else params.delete(key);
  }
  const search = params.toString();
  return search ? `?${search}` : '';
}

interface LanguageSource {
  current: () => Language;
  /** Calls back on every change; returns the unsubscribe. */
  subscribe: (onChange: () => void) => () => void;
}

/**
 * Applies the URL to the store once, then mirrors the store and language
 * back into the URL. A new selection pushes a history entry so Back returns
 * to the previous one; Back/Forward are read back into the store without
 * writing history again.
 */
export function syncUrlWithStore(language: LanguageSource): () => void {
  let applying = false;
  const apply = () => {
    applying = true;
    const state = parseUrlState(window.location.search);
    useUiStore.getState().selectEvent(state.event ?? null);
    applying = false;
  };

  const write = (mode: 'push' | 'replace') => {
    const search = toSearch(
      { lang: language.current(), event: useUiStore.getState().selectedEventId ?? undefined },
      window.location.search,
    );
    if (search === window.location.search) return;
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  };

  apply();
  write('replace');

  const unsubscribeStore = useUiStore.subscribe((state, previous) => {
    if (!applying && state.selectedEventId !== previous.selectedEventId) write('push');
  });
  const unsubscribeLanguage = language.subscribe(() => write('replace'));
  const onPopState = () => apply();
  window.addEventListener('popstate', onPopState);

  return () => {
    unsubscribeStore();
    unsubscribeLanguage();
    window.removeEventListener('popstate', onPopState);
  };
}
