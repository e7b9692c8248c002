/**
 * Starts i18next, and with it the fetch of the reader's `common` strings, as
 * the very first thing the bundle runs. main.tsx imports this module first,
 * so its body runs before React, vis-timeline and the rest of the app are
 * evaluated: the strings' request goes out about a module evaluation
 * (100–200 ms on this machine) earlier than from main.tsx's own body, and
 * arrives by the time the data files do instead of after them.
 */
import { initI18n } from './index';

export const stringsReady = initI18n();
