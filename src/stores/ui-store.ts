/**
 * What the reader has chosen: the open event or agreement, the filters, the
 * visible window and the view. Not the dataset (the query cache owns it) and
 * not the language (i18next owns it).
 */
import { create } from 'zustand';
import { EVENT_KINDS, type EventKind } from '../lib/dataset/schema';
import type { Language } from '../i18n/index';
import { DEFAULT_WINDOW, type TimeWindow } from '../lib/time-window';

export type Selection = { type: 'event'; id: string } | { type: 'agreement'; id: string } | null;
/** The ways of looking at the events; the first is the default. */
export const VIEWS = ['timeline', 'list', 'map', 'documents'] as const;
export type View = (typeof VIEWS)[number];

export function isView(value: unknown): value is View {
  return typeof value === 'string' && (VIEWS as readonly string[]).includes(value);
}

/** Two languages read side by side, in this order (the first the left column). */
export const READING_PAIRS = ['ja-en', 'ja-ru', 'en-ru'] as const;
export type ReadingPair = (typeof READING_PAIRS)[number];

export function isReadingPair(value: unknown): value is ReadingPair {
  return typeof value === 'string' && (READING_PAIRS as readonly string[]).includes(value);
}

/** The two languages of a pair, left column first. */
export function pairLanguages(pair: ReadingPair): [Language, Language] {
  const [first, second] = pair.split('-') as [Language, Language];
  return [first, second];
}

export interface Filters {
  kinds: EventKind[];
  /** A leader term id: only events during that term. */
  leader: string | null;
  query: string;
}

export const ALL_KINDS: EventKind[] = [...EVENT_KINDS];

export interface UiState {
  selection: Selection;
  filters: Filters;
  window: TimeWindow;
  view: View;
  /** Panels show two languages side by side, for translators and learners; null when off. */
  parallel: ReadingPair | null;
  /** The events-per-year chart under the timeline is open. */
  rhythm: boolean;
  selectEvent: (id: string | null) => void;
  selectAgreement: (id: string | null) => void;
  closeSelection: () => void;
  toggleKind: (kind: EventKind) => void;
  setLeader: (leader: string | null) => void;
  setQuery: (query: string) => void;
  clearFilters: () => void;
  setWindow: (window: TimeWindow) => void;
  setView: (view: View) => void;
  setParallel: (parallel: ReadingPair | null) => void;
  setRhythm: (rhythm: boolean) => void;
  /** Replaces everything the URL carries at once (start-up, Back/Forward). */
  restore: (
    state: Pick<UiState, 'selection' | 'filters' | 'window' | 'view' | 'parallel' | 'rhythm'>,
  ) => void;
}

export const DEFAULT_FILTERS: Filters = { kinds: ALL_KINDS, leader: null, query: '' };

const initialState = {
  selection: null,
  filters: DEFAULT_FILTERS,
  window: DEFAULT_WINDOW,
  view: 'timeline' as View,
  parallel: null as ReadingPair | null,
  rhythm: false,
};

export const useUiStore = create<UiState>()((set) => ({
  ...initialState,
  selectEvent: (id) => set({ selection: id ? { type: 'event', id } : null }),
  selectAgreement: (id) => set({ selection: id ? { type: 'agreement', id } : null }),
  closeSelection: () => set({ selection: null }),
  toggleKind: (kind) =>
    set(({ filters }) => {
      const kinds = filters.kinds.includes(kind)
        ? filters.kinds.filter((candidate) => candidate !== kind)
        : ALL_KINDS.filter((candidate) => candidate === kind || filters.kinds.includes(candidate));
      return { filters: { ...filters, kinds } };
    }),
  setLeader: (leader) => set(({ filters }) => ({ filters: { ...filters, leader } })),
  setQuery: (query) => set(({ filters }) => ({ filters: { ...filters, query } })),
  clearFilters: () => set({ filters: DEFAULT_FILTERS }),
  setWindow: (window) => set({ window }),
  setView: (view) => set({ view }),
  setParallel: (parallel) => set({ parallel }),
  setRhythm: (rhythm) => set({ rhythm }),
  restore: (state) => set(state),
}));

export const selectedEventId = (state: UiState): string | null =>
  state.selection?.type === 'event' ? state.selection.id : null;
export const selectedAgreementId = (state: UiState): string | null =>
  state.selection?.type === 'agreement' ? state.selection.id : null;

/** For tests: back to a fresh store between cases. */
export function resetUiStore(): void {
  useUiStore.setState(initialState);
}
