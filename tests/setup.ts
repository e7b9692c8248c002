import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach } from 'vitest';
import { i18n, initI18n, LANGUAGES, loadFeatureStrings } from '../src/i18n/index';
import { resetUiStore } from '../src/stores/ui-store';

beforeAll(async () => {
  await initI18n();
  // In the app, the first render waits for the reader's language's `common`
  // strings, and feature components wait for theirs under a Suspense
  // boundary (tested in Chromium); here they render on their own, so every
  // language's strings are there from the start.
  await i18n.loadLanguages([...LANGUAGES]);
  for (const language of LANGUAGES) {
    i18n.addResourceBundle(language, 'features', await loadFeatureStrings(language));
  }
});

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

// jsdom lays nothing out, so every element is 0 px wide. The timeline waits
// for its frame's width before it lays out labels and draws; give the frame
// a laptop's width so the component tests see it draw.
Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
  configurable: true,
  get(this: HTMLElement) {
    return this.classList.contains('timeline__frame') ? 1200 : 0;
  },
});
