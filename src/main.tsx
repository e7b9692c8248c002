import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { AppProvider } from './app/provider';
import { listenForSavedCopies } from './features/offline/saved-copy';
import { currentLanguage, i18n, initI18n } from './i18n/index';
import { DATA_FILES } from './lib/dataset/validate';
import { dataUrl } from './lib/fetch-data-file';
import { syncUrlWithStore } from './stores/url-state';
import './styles.css';

initI18n();
listenForSavedCopies();
const { problems, embed } = syncUrlWithStore({
  current: () => currentLanguage(),
  subscribe: (onChange) => {
    i18n.on('languageChanged', onChange);
    return () => i18n.off('languageChanged', onChange);
  },
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <AppProvider>
      <App linkProblems={problems} embed={embed} />
    </AppProvider>
  </StrictMode>,
);

// Offline support (a service worker) only in the build, and only once the
// page has loaded and the browser is idle: none of it is in the first view.
// Not from an embed: an article's readers should not download the whole app
// in the background for one figure on the page.
if (import.meta.env.PROD && !embed && 'serviceWorker' in navigator) {
  addEventListener(
    'load',
    () => {
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
    },
    { once: true },
  );
}
