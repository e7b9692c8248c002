// First, so the strings' request goes out before the rest of the app is evaluated.
import { stringsReady } from './i18n/start';
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { AppProvider, createQueryClient } from './app/provider';
import { eventsQueryOptions } from './features/events/api/get-events';
import { listenForSavedCopies } from './features/offline/saved-copy';
import { currentLanguage, i18n } from './i18n/index';
import { DATA_FILES } from './lib/dataset/validate';
import { dataUrl } from './lib/fetch-data-file';
import { syncUrlWithStore } from './stores/url-state';
import './styles.css';

// The reader's language's strings and the events download side by side;
// the first render waits for the strings only (the app shows its own loading
// state for the data). The other data files start once the header has
// painted (app/use-dataset.ts).
listenForSavedCopies();
const queryClient = createQueryClient();
// The app's own query picks this up, and reports any failure itself.
void queryClient.query(eventsQueryOptions()).catch(() => undefined);

function start() {
  const { problems, embed } = syncUrlWithStore({
    current: () => currentLanguage(),
    subscribe: (onChange) => {
      i18n.on('languageChanged', onChange);
      return () => i18n.off('languageChanged', onChange);
    },
  });

  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  const reactRoot = createRoot(root);
  // The header commits now, in the task in which the strings resolved,
  // rather than in a task React schedules, which the data files' parsing
  // (20–40 ms for events.json) would run ahead of, delaying the first paint.
  // The explorer below it renders later as a transition (app.tsx).
  flushSync(() =>
    reactRoot.render(
      <StrictMode>
        <AppProvider queryClient={queryClient}>
          <App linkProblems={problems} embed={embed} />
        </AppProvider>
      </StrictMode>,
    ),
  );
  return embed;
}

// Should the strings fail to arrive, the app still starts: its keys show, not a blank page.
const started = stringsReady.then(start, start);

// Offline support (a service worker) only in the build, and only once the
// page has loaded and the browser is idle: none of it is in the first view.
// Not from an embed: an article's readers should not download the whole app
// in the background for one figure on the page.
void started.then((embed) => {
  if (!import.meta.env.PROD || embed || !('serviceWorker' in navigator)) return;
  const idle = () => {
    const register = () =>
      void import('./features/offline/register-offline')
        .then(({ registerOffline }) =>
          registerOffline(
            Object.values(DATA_FILES).map((file) => new URL(dataUrl(file), location.href).href),
          ),
        )
        // Without it the app still works, online.
        .catch(() => undefined);
    if ('requestIdleCallback' in window) requestIdleCallback(register, { timeout: 5000 });
    else setTimeout(register, 1000);
  };
  // The page may have finished loading while the strings arrived.
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
});
