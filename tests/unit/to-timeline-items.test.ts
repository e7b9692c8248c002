import { describe, expect, it } from 'vitest';
import { toTimelineItem, toTimelineItems } from '../../src/features/timeline/to-timeline-items';
import { irkutskSummit, sampleEvents, yokohamaForeignMinisters } from '../fixtures/events';

describe('events to timeline items', () => {
  it('keeps ids and uses the title in the chosen language', () => {
    const items = toTimelineItems(sampleEvents, 'en');
    expect(items.map((item) => item.id)).toEqual(sampleEvents.map((event) => event.id));
    expect(items[1]?.text).toBe('Japan-Russia Summit Meeting (Irkutsk)');
    expect(toTimelineItems(sampleEvents, 'ja')[1]?.text).toBe('日露首脳会談(イルクーツク)');
  });

  it('marks kind and precision for styling', () => {
    expect(toTimelineItem(irkutskSummit, 'en').className).toBe('event event--summit event--month');
    expect(toTimelineItem(yokohamaForeignMinisters, 'en').className).toBe(
      'event event--foreign-ministers event--day',
    );
  });

  it('places an event at the start of its day or month', () => {
    expect(toTimelineItem(irkutskSummit, 'en').start).toEqual(new Date(2001, 2, 1));
    expect(toTimelineItem(yokohamaForeignMinisters, 'en').start).toEqual(new Date(2010, 10, 13));
  });

  it('draws a multi-day visit as a range ending after its last day', () => {
    const item = toTimelineItem(
      { ...yokohamaForeignMinisters, date: '2011-02-11', endDate: '2011-02-12' },
      'en',
    );
    expect(item.type).toBe('range');
    expect(item.end).toEqual(new Date(2011, 1, 13));
  });
});
