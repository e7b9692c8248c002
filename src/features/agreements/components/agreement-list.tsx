import { useTranslation } from 'react-i18next';
import type { Agreement } from '../../../lib/dataset/schema';
import { compareIsoDates } from '../../../lib/dates';
import { AgreementLinks } from './agreement-links';

/** Every document in time order; each opens its panel. */
export function AgreementList({
  agreements,
  openAgreementId,
}: {
  agreements: Agreement[];
  openAgreementId: string | null;
}) {
  const { t } = useTranslation();
  const sorted = [...agreements].sort((a, b) => compareIsoDates(a.date, b.date));
  return (
    <section className="agreement-list" aria-labelledby="agreement-list-heading">
      <h2 id="agreement-list-heading">{t('agreements.label')}</h2>
      <AgreementLinks agreements={sorted} currentId={openAgreementId} />
    </section>
  );
}
