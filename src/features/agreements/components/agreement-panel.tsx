import { useTranslation } from 'react-i18next';
import { Citations } from '../../../components/citations/citations';
import { SidePanel } from '../../../components/side-panel/side-panel';
import { useLanguage } from '../../../i18n/use-language';
import type { Agreement, Source, TimelineEvent } from '../../../lib/dataset/schema';
import { formatDate, formatDateSpan, formatEraDate } from '../../../lib/dates';
import { useUiStore } from '../../../stores/ui-store';

interface AgreementPanelProps {
  agreement: Agreement;
  agreementsById: ReadonlyMap<string, Agreement>;
  /** Later documents that name this one among the documents they build on. */
  builtOnBy: Agreement[];
  /** Every event linked to this document, in time order. */
  events: TimelineEvent[];
  sourcesById: ReadonlyMap<string, Source>;
}

function AgreementLinks({ agreements }: { agreements: Agreement[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const selectAgreement = useUiStore((state) => state.selectAgreement);
  if (agreements.length === 0) return <p className="muted">{t('panel.none')}</p>;
  return (
    <ul className="plain-list">
      {agreements.map((agreement) => (
        <li key={agreement.id}>
          <button
            type="button"
            className="link-button"
            onClick={() => selectAgreement(agreement.id)}
          >
            {agreement.name[language]}
          </button>
          <span className="muted"> ({formatDate(agreement.date, language)})</span>
        </li>
      ))}
    </ul>
  );
}

export function AgreementPanel({
  agreement,
  agreementsById,
  builtOnBy,
  events,
  sourcesById,
}: AgreementPanelProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const selectEvent = useUiStore((state) => state.selectEvent);
  const closeSelection = useUiStore((state) => state.closeSelection);
  const buildsOn = agreement.references
    .map((id) => agreementsById.get(id))
    .filter((candidate): candidate is Agreement => candidate !== undefined);

  return (
    <SidePanel
      recordKey={`agreement:${agreement.id}`}
      eyebrow={t(`agreements.kinds.${agreement.kind}`)}
      title={agreement.name[language]}
      onClose={closeSelection}
    >
      <dl className="panel__facts">
        <dt>{t('panel.date')}</dt>
        <dd>
          <time dateTime={agreement.date}>
            {formatDateSpan(agreement.date, undefined, language)}
          </time>
          {language === 'ja' && (
            <span className="panel__era"> ({formatEraDate(agreement.date)})</span>
          )}
        </dd>
        {agreement.place && (
          <>
            <dt>{t('panel.place')}</dt>
            <dd>{agreement.place[language]}</dd>
          </>
        )}
      </dl>

      <section className="panel__section" aria-labelledby="panel-summary">
        <h3 id="panel-summary">{t('panel.summary')}</h3>
        <p className="panel__summary">{agreement.summary[language]}</p>
      </section>

      {agreement.provisions && agreement.provisions.length > 0 && (
        <section className="panel__section" aria-labelledby="panel-provisions">
          <h3 id="panel-provisions">{t('panel.provisions')}</h3>
          <ol>
            {agreement.provisions.map((provision, index) => (
              <li key={index}>{provision[language]}</li>
            ))}
          </ol>
        </section>
      )}

      <section className="panel__section" aria-labelledby="panel-builds-on">
        <h3 id="panel-builds-on">{t('panel.buildsOn')}</h3>
        <AgreementLinks agreements={buildsOn} />
      </section>

      <section className="panel__section" aria-labelledby="panel-built-on-by">
        <h3 id="panel-built-on-by">{t('panel.builtOnBy')}</h3>
        <AgreementLinks agreements={builtOnBy} />
      </section>

      <section className="panel__section" aria-labelledby="panel-events">
        <h3 id="panel-events">{t('panel.events')}</h3>
        {events.length > 0 ? (
          <>
            <p className="muted">{t('panel.highlighted')}</p>
            <ul className="plain-list">
              {events.map((event) => (
                <li key={event.id}>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => selectEvent(event.id)}
                  >
                    {event.title[language]}
                  </button>
                  <span className="muted">
                    {' '}
                    ({formatDateSpan(event.date, event.endDate, language)})
                  </span>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="muted">{t('panel.none')}</p>
        )}
      </section>

      <Citations citations={agreement.sources} sourcesById={sourcesById} />
    </SidePanel>
  );
}
