import { useTranslation } from 'react-i18next';
import { Citations } from '../../../components/citations/citations';
import { PanelSection } from '../../../components/side-panel/panel-section';
import { ParallelText } from '../../../components/side-panel/parallel-text';
import { SidePanel } from '../../../components/side-panel/side-panel';
import { TextIn } from '../../../i18n/text-in';
import { useLanguage } from '../../../i18n/use-language';
import type { Agreement, Source, TimelineEvent } from '../../../lib/dataset/schema';
import { formatDateSpan, formatEraDate } from '../../../lib/dates';
import { useUiStore } from '../../../stores/ui-store';
import { ReadingTools } from '../../reading/components/reading-tools';
import { AgreementLinks } from './agreement-links';

interface AgreementPanelProps {
  agreement: Agreement;
  agreementsById: ReadonlyMap<string, Agreement>;
  /** Later documents that name this one among the documents they build on. */
  builtOnBy: Agreement[];
  /** Every event linked to this document, in time order. */
  events: TimelineEvent[];
  sourcesById: ReadonlyMap<string, Source>;
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
      title={<ParallelText text={agreement.name} />}
      onClose={closeSelection}
    >
      <ReadingTools
        key={agreement.id}
        citable={{ type: 'agreement', record: agreement }}
        sourcesById={sourcesById}
      />
      <dl className="panel__facts">
        <dt>{t('panel.date')}</dt>
        <dd>
          <ParallelText>
            {(language) => (
              <>
                <time dateTime={agreement.date}>
                  {formatDateSpan(agreement.date, undefined, language)}
                </time>
                {language === 'ja' && (
                  <span className="panel__era"> ({formatEraDate(agreement.date)})</span>
                )}
              </>
            )}
          </ParallelText>
        </dd>
        {agreement.place && (
          <>
            <dt>{t('panel.place')}</dt>
            <dd>
              <ParallelText text={agreement.place} />
            </dd>
          </>
        )}
      </dl>

      <PanelSection id="panel-summary" title={t('panel.summary')}>
        <p className="panel__summary">
          <ParallelText text={agreement.summary} />
        </p>
      </PanelSection>

      {agreement.provisions && agreement.provisions.length > 0 && (
        <PanelSection id="panel-provisions" title={t('panel.provisions')}>
          <ol>
            {agreement.provisions.map((provision, index) => (
              <li key={index}>
                <ParallelText text={provision} />
              </li>
            ))}
          </ol>
        </PanelSection>
      )}

      <PanelSection id="panel-builds-on" title={t('panel.buildsOn')}>
        <AgreementLinks agreements={buildsOn} />
      </PanelSection>

      <PanelSection id="panel-built-on-by" title={t('panel.builtOnBy')}>
        <AgreementLinks agreements={builtOnBy} />
      </PanelSection>

      <PanelSection id="panel-events" title={t('panel.events')}>
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
                    <TextIn text={event.title} language={language} />
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
      </PanelSection>

      <Citations citations={agreement.sources} sourcesById={sourcesById} />
    </SidePanel>
  );
}
