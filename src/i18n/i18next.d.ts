import 'i18next';
import type { defaultNS, Namespaces } from './index';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: typeof defaultNS;
    fallbackNS: typeof defaultNS;
    resources: Namespaces;
  }
}
