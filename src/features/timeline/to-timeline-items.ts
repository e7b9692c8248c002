/**
 * Events to timeline items: pure, so it is tested without a browser.
 * Names here are the product's (event, kind); the wrapper speaks the library's.
 */
import type { TimelineItemSpec } from '../../components/vis-timeline/vis-timeline';
import type { Language } from '../../i18n/index';
import type { TimelineEvent } from '../../lib/dataset/schema';
import { endOf, precisionOf, startOf } from '../../lib/dates';

export function toTimelineItem(event: TimelineEvent, language: Language): TimelineItemSpec {
  const precision = precisionOf(event.date);
  const classes = ['event', `event--${event.kind}`, `event--${precision}`];
  const item: TimelineItemSpec = {
    id: event.id,
    text: event.title[language],
    start: startOf(event.date),
    type: 'box',
    className: classes.join(' '),
  };
  // A span the sources give (a visit over several days) is drawn as a range.
  if (event.endDate !== undefined && event.endDate !== event.date) {
    item.type = 'range';
    item.end = endOf(event.endDate);
  }
  return item;
}

export function toTimelineItems(events: TimelineEvent[], language: Language): TimelineItemSpec[] {
  return events.map((event) => toTimelineItem(event, language));
}
