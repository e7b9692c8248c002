import { useTranslation } from 'react-i18next';
import { Citations } from '../../../components/citations/citations';
import { PanelSection } from '../../../components/side-panel/panel-section';
import { SidePanel } from '../../../components/side-panel/side-panel';
import { useLanguage } from '../../../i18n/use-language';
import type { Agreement, Participant, Source, TimelineEvent } from '../../../lib/dataset/schema';
import { formatDateSpan, formatEraDate } from '../../../lib/dates';
import { useUiStore } from '../../../stores/ui-store';

interface EventPanelProps {
  event: TimelineEvent;
  /** The neighbours in time order among the events shown. */
  previous?: TimelineEvent;
  next?: TimelineEvent;
  agreementsById: ReadonlyMap<string, Agreement>;
  sourcesById: ReadonlyMap<string, Source>;
}

function ParticipantList({ people }: { people: Participant[] }) {
  const language = useLanguage();
  const { t } = useTranslation();
  if (people.length === 0) return <span className="muted">{t('panel.none')}</span>;
  return (
    <ul className="plain-list">
      {people.map((person, index) => (
        <li key={index}>
          {person.name[language]}
          <span className="muted">({person.role[language]})</span>
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
      title={event.title[language]}
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
      <dl className="panel__facts">
        <dt>{t('panel.date')}</dt>
        <dd>
          <time dateTime={event.date}>{formatDateSpan(event.date, event.endDate, language)}</time>
          {language === 'ja' && (
            <span className="panel__era">
              {' '}
              ({formatEraDate(event.date)}
              {event.endDate && event.endDate !== event.date ? '~' : ''})
            </span>
          )}
        </dd>
        <dt>{t('panel.place')}</dt>
        <dd>{event.place[language]}</dd>
        {event.occasion && (
          <>
            <dt>{t('panel.occasion')}</dt>
            <dd>{event.occasion[language]}</dd>
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
        <p className="panel__summary">{event.summary[language]}</p>
      </PanelSection>

      {event.keyPoints && event.keyPoints.length > 0 && (
        <PanelSection id="panel-key-points" title={t('panel.keyPoints')}>
          <ul>
            {event.keyPoints.map((point, index) => (
              <li key={index}>{point[language]}</li>
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

      <Citations citations={event.sources} sourcesById={sourcesById} />
    </SidePanel>
  );
}
