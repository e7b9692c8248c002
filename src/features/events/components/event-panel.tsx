import { useTranslation } from 'react-i18next';
import { Citations } from '../../../components/citations/citations';
import { PanelSection } from '../../../components/side-panel/panel-section';
import { ParallelText } from '../../../components/side-panel/parallel-text';
import { SidePanel } from '../../../components/side-panel/side-panel';
import { useLanguage } from '../../../i18n/use-language';
import type { Agreement, Participant, Source, TimelineEvent } from '../../../lib/dataset/schema';
import { formatDateSpan, formatEraDate } from '../../../lib/dates';
import { useUiStore } from '../../../stores/ui-store';
import { ReadingTools } from '../../reading/components/reading-tools';

interface EventPanelProps {
  event: TimelineEvent;
  /** The neighbours in time order among the events shown. */
  previous?: TimelineEvent;
  next?: TimelineEvent;
  agreementsById: ReadonlyMap<string, Agreement>;
  sourcesById: ReadonlyMap<string, Source>;
}

function ParticipantList({ people }: { people: Participant[] }) {
  const { t } = useTranslation();
  if (people.length === 0) return <span className="muted">{t('panel.none')}</span>;
  return (
    <ul className="plain-list">
      {people.map((person, index) => (
        <li key={index}>
          <ParallelText>
            {(language) => (
              <>
                {person.name[language]}
                {/* Japanese sets the role off with no space; English and Russian need one. */}
                <span className="muted">
                  {language === 'ja' ? '' : ' '}({person.role[language]})
                </span>
              </>
            )}
          </ParallelText>
        </li>
      ))}
    </ul>
  );
}

export function EventPanel({
  event,
  previous,
  next,
  agreementsById,
  sourcesById,
}: EventPanelProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const selectEvent = useUiStore((state) => state.selectEvent);
  const selectAgreement = useUiStore((state) => state.selectAgreement);
  const closeSelection = useUiStore((state) => state.closeSelection);
  const agreements = event.agreements
    .map((id) => agreementsById.get(id))
    .filter((agreement): agreement is Agreement => agreement !== undefined);

  return (
    <SidePanel
      recordKey={`event:${event.id}`}
      eyebrow={t(`kinds.${event.kind}`)}
      title={<ParallelText text={event.title} />}
      onClose={closeSelection}
      footer={
        <nav className="panel__stepper" aria-label={t('panel.eventLabel')}>
          <button
            type="button"
            disabled={!previous}
            onClick={() => previous && selectEvent(previous.id)}
          >
            ← {t('panel.previous')}
          </button>
          <button type="button" disabled={!next} onClick={() => next && selectEvent(next.id)}>
            {t('panel.next')} →
          </button>
        </nav>
      }
    >
      <ReadingTools
        key={event.id}
        citable={{ type: 'event', record: event }}
        sourcesById={sourcesById}
      />
      <dl className="panel__facts">
        <dt>{t('panel.date')}</dt>
        <dd>
          <ParallelText>
            {(language) => (
              <>
                <time dateTime={event.date}>
                  {formatDateSpan(event.date, event.endDate, language)}
                </time>
                {language === 'ja' && (
                  <span className="panel__era">
                    {' '}
                    ({formatEraDate(event.date)}
                    {event.endDate && event.endDate !== event.date ? '~' : ''})
                  </span>
                )}
              </>
            )}
          </ParallelText>
        </dd>
        <dt>{t('panel.place')}</dt>
        <dd>
          <ParallelText text={event.place} />
        </dd>
        {event.occasion && (
          <>
            <dt>{t('panel.occasion')}</dt>
            <dd>
              <ParallelText text={event.occasion} />
            </dd>
          </>
        )}
        {(event.participants.japan.length > 0 || event.participants.russia.length > 0) && (
          <>
            <dt>{t('panel.japan')}</dt>
            <dd>
              <ParticipantList people={event.participants.japan} />
            </dd>
            <dt>{t('panel.russia')}</dt>
            <dd>
              <ParticipantList people={event.participants.russia} />
            </dd>
          </>
        )}
      </dl>

      <PanelSection id="panel-summary" title={t('panel.summary')}>
        <p className="panel__summary">
          <ParallelText text={event.summary} />
        </p>
      </PanelSection>

      {event.keyPoints && event.keyPoints.length > 0 && (
        <PanelSection id="panel-key-points" title={t('panel.keyPoints')}>
          <ul>
            {event.keyPoints.map((point, index) => (
              <li key={index}>
                <ParallelText text={point} />
              </li>
            ))}
          </ul>
        </PanelSection>
      )}

      {agreements.length > 0 && (
        <PanelSection id="panel-agreements" title={t('panel.agreements')}>
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
                {agreement.event === event.id && (
                  <span className="muted"> — {t('panel.signedAt')}</span>
                )}
              </li>
            ))}
          </ul>
        </PanelSection>
      )}

      {event.basis === 'secondary' && <p className="panel__basis">{t('panel.basisSecondary')}</p>}
      <Citations citations={event.sources} sourcesById={sourcesById} />
    </SidePanel>
  );
}
