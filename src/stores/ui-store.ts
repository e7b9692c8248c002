/**
 * What the reader has chosen. Not the dataset (the query cache owns it) and
 * not the language (i18next owns it).
 */
import { create } from 'zustand';

export interface UiState {
  selectedEventId: string | null;
  selectEvent: (id: string | null) => void;
}

const initialState = { selectedEventId: null };

export const useUiStore = create<UiState>()((set) => ({
  ...initialState,
  selectEvent: (id) => set({ selectedEventId: id }),
}));

/** For tests: back to a fresh store between cases. */
export function resetUiStore(): void {
  useUiStore.setState(initialState);
}
