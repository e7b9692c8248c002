import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../components/language-switch/language-switch';
import './embed.css';
import { useViewUrl } from './view-url';

/**
 * The only chrome of an embedded timeline (`?embed=1`): the app's title as a
 * link to the same view in the full app, in a new tab so the article stays
 * open, and the language switch.
 */
export function EmbedBar() {
  const { t } = useTranslation();
  const fullView = useViewUrl(false);
  return (
    <header className="embed-bar">
      <h1 className="embed-bar__heading">
        <a className="embed-bar__link" href={fullView} target="_blank" rel="noopener">
          <span className="embed-bar__title">{t('app.title')}</span>
          <span className="embed-bar__open">
            {t('embed.openFull')}
            <span aria-hidden="true"> ↗</span>
            <span className="visually-hidden"> {t('embed.newTab')}</span>
          </span>
        </a>
      </h1>
      <LanguageSwitch />
    </header>
  );
}
