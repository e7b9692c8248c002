import { useTranslation } from 'react-i18next';
import { useUiStore, VIEWS } from '../../stores/ui-store';
import { ToggleGroup } from '../toggle-group/toggle-group';

export function ViewSwitch() {
  const { t } = useTranslation();
  const view = useUiStore((state) => state.view);
  const setView = useUiStore((state) => state.setView);
  return (
    <ToggleGroup
      className="view-switch"
      label={t('views.label')}
      options={VIEWS.map((candidate) => ({ value: candidate, label: t(`views.${candidate}`) }))}
      value={view}
      onChange={setView}
    />
  );
}
