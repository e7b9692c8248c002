import { useTranslation } from 'react-i18next';
import { useUiStore, type View } from '../../stores/ui-store';

const VIEWS: View[] = ['timeline', 'list'];

export function ViewSwitch() {
  const { t } = useTranslation();
  const view = useUiStore((state) => state.view);
  const setView = useUiStore((state) => state.setView);
  return (
    <div className="view-switch" role="group" aria-label={t('views.label')}>
      {VIEWS.map((candidate) => (
        <button
          key={candidate}
          type="button"
          aria-pressed={candidate === view}
          onClick={() => setView(candidate)}
        >
          {t(`views.${candidate}`)}
        </button>
      ))}
    </div>
  );
}
