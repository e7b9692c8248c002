import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/use-language';
import type { Agreement } from '../../../lib/dataset/schema';
import { formatDate } from '../../../lib/dates';
import { useUiStore } from '../../../stores/ui-store';

/** Every document in time order; each opens its panel. */
export function AgreementList({
  agreements,
  openAgreementId,
}: {
  agreements: Agreement[];
  openAgreementId: string | null;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const selectAgreement = useUiStore((state) => state.selectAgreement);
  const sorted = [...agreements].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <section className="agreement-list" aria-labelledby="agreement-list-heading">
      <h2 id="agreement-list-heading">{t('agreements.label')}</h2>
      <ol className="plain-list agreement-list__items">
        {sorted.map((agreement) => (
          <li
            key={agreement.id}
            aria-current={agreement.id === openAgreementId ? 'true' : undefined}
          >
            <time dateTime={agreement.date} className="muted">
              {formatDate(agreement.date, language)}
            </time>{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => selectAgreement(agreement.id)}
            >
              {agreement.name[language]}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
