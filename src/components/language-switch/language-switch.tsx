import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../i18n/index';
import { useLanguage } from '../../i18n/use-language';

/** Each button is named in its own language, so a reader lost in the other one finds theirs. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = useLanguage();
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={language === current}
          onClick={() => void i18n.changeLanguage(language)}
        >
          {t(`language.${language}`)}
        </button>
      ))}
    </div>
  );
}
