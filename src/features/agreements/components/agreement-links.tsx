import { useTranslation } from 'react-i18next';
import { TextIn } from '../../../i18n/text-in';
import { useLanguage } from '../../../i18n/use-language';
import type { Agreement } from '../../../lib/dataset/schema';
import { formatDate } from '../../../lib/dates';
import { useUiStore } from '../../../stores/ui-store';

/** Documents as dated buttons that open each one; the open one is marked current. */
export function AgreementLinks({
  agreements,
  currentId = null,
}: {
  agreements: Agreement[];
  currentId?: string | null;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const selectAgreement = useUiStore((state) => state.selectAgreement);
  if (agreements.length === 0) return <p className="muted">{t('panel.none')}</p>;
  return (
    <ol className="plain-list agreement-links">
      {agreements.map((agreement) => (
        <li key={agreement.id} aria-current={agreement.id === currentId ? 'true' : undefined}>
          <time dateTime={agreement.date} className="muted">
            {formatDate(agreement.date, language)}
          </time>{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => selectAgreement(agreement.id)}
          >
            <TextIn text={agreement.name} language={language} />
          </button>
        </li>
      ))}
    </ol>
  );
}
