import { useTranslation } from 'react-i18next';
import { currentLanguage, type Language } from './index';

/** The language being shown; re-renders when the reader switches. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return currentLanguage(i18n);
}
