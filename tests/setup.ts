import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { i18n, initI18n } from '../src/i18n/index';
import { resetUiStore } from '../src/stores/ui-store';

initI18n();

beforeEach(async () => {
  // Every test starts in Japanese, whatever jsdom's navigator says.
  await i18n.changeLanguage('ja');
});

afterEach(() => {
  cleanup();
  resetUiStore();
  localStorage.clear();
  window.history.replaceState(null, '', '/');
});
