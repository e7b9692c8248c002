/**
 * The URL is the shareable state: `?lang=`, `?event=` or `?agreement=`,
 * `?start=&end=` (the visible window), `?kinds=`, `?leader=`, `?q=` and
 * `?view=`, `?parallel=` (side-by-side reading: `1` for Japanese and
 * English, as links always had it, or `ja-ru`, `en-ru`), `?rhythm=1` (the
 * events-per-year chart open) and `?embed=1` (no
 * surrounding chrome, for an iframe; read once, never written). This module parses it once at start and writes it back as the
 * reader moves; components never touch `location`.
 */
import { isLanguage, type Language } from '../i18n/index';
import { EVENT_KINDS, type EventKind } from '../lib/dataset/schema';
import { clampWindow, DEFAULT_WINDOW, sameWindow, type TimeWindow } from '../lib/time-window';
import {
  ALL_KINDS,
  DEFAULT_FILTERS,
  isReadingPair,
  isView,
  useUiStore,
  type ReadingPair,
  type UiState,
} from './ui-store';

export type UrlParam =
  | 'lang'
  | 'event'
  | 'agreement'
  | 'window'
  | 'kinds'
  | 'leader'
  | 'q'
  | 'view'
  | 'parallel'
  | 'rhythm'
  | 'embed';

export interface UrlState {
  lang?: Language;
  selection: UiState['selection'];
  window: TimeWindow;
  filters: UiState['filters'];
  view: UiState['view'];
  parallel: ReadingPair | null;
  rhythm: boolean;
  /** Shown inside another page's iframe: the timeline and panel only. */
  embed: boolean;
  /** Parameters that were present but unusable, so the UI can say so. */
  problems: UrlParam[];
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_ID = 80;
const MAX_QUERY = 200;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDay(value: string): number | undefined {
  const match = DAY_PATTERN.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) {
    return undefined;
  }
  return date.getTime();
}

export function formatDay(time: number): string {
  const date = new Date(time);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function parseId(value: string | null): string | undefined | false {
  if (value === null) return undefined;
  return value.length <= MAX_ID && ID.test(value) ? value : false;
}

/** Reads what it understands, notes what it could not use, and never throws. */
export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search.length > 4000 ? search.slice(0, 4000) : search);
  const problems: UrlParam[] = [];
  const state: UrlState = {
    selection: null,
    window: DEFAULT_WINDOW,
    filters: DEFAULT_FILTERS,
    view: 'timeline',
    parallel: null,
    rhythm: false,
    embed: false,
    problems,
  };

  const lang = params.get('lang');
  if (isLanguage(lang)) state.lang = lang;
  else if (lang !== null) problems.push('lang');

  const event = parseId(params.get('event'));
  const agreement = parseId(params.get('agreement'));
  if (event === false) problems.push('event');
  if (agreement === false) problems.push('agreement');
  if (event) state.selection = { type: 'event', id: event };
  else if (agreement) state.selection = { type: 'agreement', id: agreement };

  const start = params.get('start');
  const end = params.get('end');
  if (start !== null || end !== null) {
    const from = parseDay(start ?? '');
    const to = parseDay(end ?? '');
    if (from !== undefined && to !== undefined && from < to) {
      state.window = clampWindow({ start: from, end: to });
    } else {
      problems.push('window');
    }
  }

  const kinds = params.get('kinds');
  if (kinds !== null) {
    const named = kinds.split(',').filter(Boolean);
    const known = ALL_KINDS.filter((kind) => named.includes(kind));
    if (known.length !== named.length || known.length === 0) problems.push('kinds');
    if (known.length > 0) state.filters = { ...state.filters, kinds: known };
  }

  const leader = parseId(params.get('leader'));
  if (leader === false) problems.push('leader');
  else if (leader) state.filters = { ...state.filters, leader };

  const query = params.get('q');
  if (query !== null) {
    if (query.length > MAX_QUERY) problems.push('q');
    state.filters = { ...state.filters, query: query.slice(0, MAX_QUERY) };
  }

  const view = params.get('view');
  if (isView(view)) state.view = view;
  else if (view !== null) problems.push('view');

  const parallel = params.get('parallel');
  // `1` is how Japanese–English reading was always linked; it is written so still.
  if (parallel === '1') state.parallel = 'ja-en';
  else if (isReadingPair(parallel)) state.parallel = parallel;
  else if (parallel !== null && parallel !== '0') problems.push('parallel');

  for (const flag of ['rhythm', 'embed'] as const) {
    const value = params.get(flag);
    if (value === '1') state[flag] = true;
    else if (value !== null && value !== '0') problems.push(flag);
  }

  return state;
}

type Shareable = Pick<UiState, 'selection' | 'window' | 'filters' | 'view' | 'parallel'> & {
  lang: Language;
  rhythm?: boolean;
};

// `embed` is not owned: it is read at start and left in the URL untouched.
const OWNED = [
  'lang',
  'event',
  'agreement',
  'start',
  'end',
  'kinds',
  'leader',
  'q',
  'view',
  'parallel',
  'rhythm',
];

/** The query string for a state, keeping parameters this module does not own. */
export function toSearch(state: Shareable, current = ''): string {
  const params = new URLSearchParams(current);
  for (const key of OWNED) params.delete(key);
  params.set('lang', state.lang);
  if (state.selection) params.set(state.selection.type, state.selection.id);
  if (!sameWindow(state.window, DEFAULT_WINDOW)) {
    params.set('start', formatDay(state.window.start));
    params.set('end', formatDay(state.window.end));
  }
  const kinds: EventKind[] = state.filters.kinds;
  if (kinds.length !== EVENT_KINDS.length) params.set('kinds', kinds.join(','));
  if (state.filters.leader) params.set('leader', state.filters.leader);
  if (state.filters.query) params.set('q', state.filters.query);
  if (state.view !== 'timeline') params.set('view', state.view);
  if (state.parallel) params.set('parallel', state.parallel === 'ja-en' ? '1' : state.parallel);
  if (state.rhythm) params.set('rhythm', '1');
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
 * to the previous one; other changes replace the entry. Back/Forward are read
 * back into the store without writing history again.
 *
 * Returns the problems found in the first URL and an unsubscribe.
 */
export function syncUrlWithStore(language: LanguageSource): {
  problems: UrlParam[];
  embed: boolean;
  stop: () => void;
} {
  let applying = false;
  const apply = (state = parseUrlState(location.search)) => {
    applying = true;
    const { selection, window: visible, filters, view, parallel, rhythm } = state;
    useUiStore.getState().restore({ selection, window: visible, filters, view, parallel, rhythm });
    applying = false;
  };

  const write = (mode: 'push' | 'replace') => {
    const { selection, window: visible, filters, view, parallel, rhythm } = useUiStore.getState();
    const search = toSearch(
      { selection, window: visible, filters, view, parallel, rhythm, lang: language.current() },
      location.search,
    );
    if (search === location.search) return;
    const url = `${location.pathname}${search}${location.hash}`;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };

  // Parsed once at start: the same reading gives the state and its problems.
  const initial = parseUrlState(location.search);
  apply(initial);
  write('replace');

  // The URL is not urgent: it is written once the frame showing the reader's
  // change has painted (a click opens its panel a few ms sooner), and a burst
  // of changes makes one history entry, a push if any of them was.
  let pending: 'push' | 'replace' | null = null;
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    const mode = pending;
    pending = null;
    if (mode) write(mode);
  };
  const schedule = (mode: 'push' | 'replace') => {
    if (pending === null) frame = requestAnimationFrame(() => (timer = setTimeout(flush)));
    if (pending !== 'push') pending = mode;
  };

  const unsubscribeStore = useUiStore.subscribe((state, previous) => {
    if (applying) return;
    const selectionChanged =
      state.selection?.type !== previous.selection?.type ||
      state.selection?.id !== previous.selection?.id;
    schedule(selectionChanged ? 'push' : 'replace');
  });
  const unsubscribeLanguage = language.subscribe(() => schedule('replace'));
  const onPopState = () => apply();
  addEventListener('popstate', onPopState);

  return {
    problems: initial.problems,
    embed: initial.embed,
    stop: () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      unsubscribeStore();
      unsubscribeLanguage();
      removeEventListener('popstate', onPopState);
    },
  };
}
