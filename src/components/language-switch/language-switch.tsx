import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../i18n/index';
import { useLanguage } from '../../i18n/use-language';
import { ToggleGroup } from '../toggle-group/toggle-group';

/**
 * 日本語 / English / Русский. Each button is named in its own language, so a
 * reader lost in another one finds theirs; on a phone it shows JA · EN · RU.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <ToggleGroup
      className="language-switch"
      label={t('language.label')}
      options={LANGUAGES.map((language) => ({
        value: language,
        label: t(`language.${language}`),
        short: t(`language.short.${language}`),
        lang: language,
      }))}
      value={useLanguage()}
      onChange={(language) => void i18n.changeLanguage(language)}
    />
  );
}
