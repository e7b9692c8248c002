/**
 * The address of what the reader is looking at (open event, window, filters,
 * view, language), for the embed's "open the full view" link and the embed
 * code. Built from the store with url-state's own toSearch, so it is exactly
 * the link the address bar shows, whatever order the URL was written in.
 */
import { useShallow } from 'zustand/react/shallow';
import { useLanguage } from '../../i18n/use-language';
import { useUiStore } from '../../stores/ui-store';
import { toSearch } from '../../stores/url-state';

type ViewState = Parameters<typeof toSearch>[0];

/** The view's URL inside an iframe (`embed=1`) or as the full app (no `embed`). */
export function viewUrl(
  state: ViewState,
  location: Pick<Location, 'origin' | 'pathname' | 'search'>,
  embed: boolean,
): string {
  const params = new URLSearchParams(toSearch(state, location.search));
  if (embed) params.set('embed', '1');
  else params.delete('embed');
  const search = params.toString();
  return `${location.origin}${location.pathname}${search ? `?${search}` : ''}`;
}

/** Re-renders as the reader opens events, pans, filters or switches language. */
export function useViewUrl(embed: boolean): string {
  const state = useUiStore(
    useShallow((ui) => ({
      selection: ui.selection,
      window: ui.window,
      filters: ui.filters,
      view: ui.view,
      parallel: ui.parallel,
    })),
  );
  const lang = useLanguage();
  return viewUrl({ ...state, lang }, window.location, embed);
}

function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** The HTML an author pastes into an article to embed the view. */
export function embedCode(src: string, title: string): string {
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="480" loading="lazy" style="border:0"></iframe>`;
}
