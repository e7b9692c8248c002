import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { AppProvider } from './app/provider';
import { currentLanguage, i18n, initI18n } from './i18n/index';
import { syncUrlWithStore } from './stores/url-state';
import './styles.css';

initI18n();
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
