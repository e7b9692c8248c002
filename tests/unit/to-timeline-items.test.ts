import { describe, expect, it } from 'vitest';
import type { Agreement, LeaderTerm } from '../../src/lib/dataset/schema';
import {
  bucketSize,
  clusterEvents,
  clusterRange,
  parseItemId,
  toAgreementItem,
  toEventItem,
  toLanes,
  toTermItem,
  toTimelineItems,
} from '../../src/features/timeline/to-timeline-items';
import {
  irkutskSummit,
  sampleEvents,
  tokyoSummit,
  yokohamaForeignMinisters,
} from '../fixtures/events';

const declaration: Agreement = {
  id: '1993-tokyo-declaration',
  kind: 'declaration',
  date: '1993-10-13',
  name: {
    ja: '日露関係に関する東京宣言',
    en: 'Tokyo Declaration on Japan-Russia Relations',
    ru: 'Токийская декларация о японо-российских отношениях',
  },
  shortName: { ja: '東京宣言', en: 'Tokyo Declaration', ru: 'Токийская декларация' },
  summary: { ja: '概要', en: 'Summary', ru: 'Summary' },
  references: [],
  sources: [{ source: 'cao-recent-developments', at: { ja: 'x', en: 'x', ru: 'x' } }],
};

const koizumi: LeaderTerm = {
  id: 'jp-koizumi',
  country: 'japan',
  name: { ja: '小泉純一郎', en: 'Junichiro Koizumi', ru: 'Дзюнъитиро Коидзуми' },
  role: { ja: '内閣総理大臣', en: 'Prime Minister', ru: 'Премьер-министр' },
  start: '2001-04-26',
  end: '2006-09-26',
  sources: [{ source: 'kantei', at: { ja: 'x', en: 'x', ru: 'x' } }],
};

describe('events to timeline items', () => {
  it('keeps record ids behind a type prefix that round-trips', () => {
    const items = toTimelineItems(
      { events: sampleEvents, agreements: [declaration], leaderTerms: [koizumi] },
      'en',
    );
    expect(items.map((item) => parseItemId(item.id))).toEqual([
      { type: 'term', id: 'jp-koizumi' },
      ...sampleEvents.map((event) => ({ type: 'event', id: event.id })),
      { type: 'agreement', id: '1993-tokyo-declaration' },
    ]);
    expect(parseItemId('nonsense')).toBeUndefined();
  });

  it('labels an event with its short title in the chosen language, full title on hover', () => {
    const short = {
      ...irkutskSummit,
      shortTitle: { ja: 'イルクーツク', en: 'Irkutsk', ru: 'Иркутск' },
    };
    expect(toEventItem(short, 'en').text).toBe('Irkutsk');
    expect(toEventItem(short, 'ja').text).toBe('イルクーツク');
    expect(toEventItem(short, 'en').tooltip).toBe(
      'Japan-Russia Summit Meeting (Irkutsk) — March 2001',
    );
    expect(toEventItem(irkutskSummit, 'ja').text).toBe('日露首脳会談(イルクーツク)');
  });

  it('marks kind, precision, the keyboard cursor and related events for styling', () => {
    expect(toEventItem(irkutskSummit, 'en').className).toBe('event event--summit event--month');
    expect(
      toEventItem(yokohamaForeignMinisters, 'en', {
        activeEventId: yokohamaForeignMinisters.id,
        relatedEventIds: new Set([yokohamaForeignMinisters.id]),
      }).className,
    ).toBe('event event--foreign-ministers event--day is-active is-related');
  });

  it('places an event at the start of its day or month, in the events lane', () => {
    expect(toEventItem(irkutskSummit, 'en').start).toEqual(new Date(2001, 2, 1));
    expect(toEventItem(yokohamaForeignMinisters, 'en')).toMatchObject({
      start: new Date(2010, 10, 13),
      group: 'events',
      type: 'box',
    });
  });

  it('keeps a multi-day visit a box at its first day, with the span on hover', () => {
    const visit = { ...tokyoSummit, date: '2011-02-11', endDate: '2011-02-12' };
    const item = toEventItem(visit, 'en');
    expect(item.type).toBe('box');
    expect(item.start).toEqual(new Date(2011, 1, 11));
    expect(item.tooltip).toContain('11 – 12 February 2011');
  });

  it('draws agreements as points in their lane, marking the open one', () => {
    expect(toAgreementItem(declaration, 'en', declaration.id)).toMatchObject({
      text: 'Tokyo Declaration',
      type: 'point',
      group: 'agreements',
      className: 'agreement agreement--day is-open',
    });
  });

  it('draws terms of office as unselectable bands in their country lane', () => {
    expect(toTermItem(koizumi, 'ja', 1)).toMatchObject({
      text: '小泉純一郎',
      type: 'background',
      group: 'japan',
      selectable: false,
      start: new Date(2001, 3, 26),
      end: new Date(2006, 8, 26),
      className: 'term term--japan term--odd',
    });
    const open = toTermItem({ ...koizumi, end: undefined }, 'en');
    expect(open.end).toEqual(new Date(2016, 0, 1));
  });

  it('orders the lanes: leaders, then meetings, then the documents they produced', () => {
    const lanes = toLanes(
      { events: 'E', agreements: 'A', japan: 'J', russia: 'R' },
      { events: 120, agreements: 40 },
    );
    expect(lanes.map((lane) => lane.text)).toEqual(['J', 'R', 'E', 'A']);
    // Lanes keep the layout's heights, so an emptied lane does not collapse.
    expect(lanes.map((lane) => lane.height)).toEqual([22, 22, 120, 40]);
  });
});

describe('clustering very large datasets', () => {
  const many = Array.from({ length: 10 }, (_, index) => ({
    ...tokyoSummit,
    id: `2001-03-event-${index}`,
    date: '2001-03-1' + String(index),
  }));

  it('picks a bucket width from the zoom, from a day up to two years', () => {
    const day = 86_400_000;
    expect(bucketSize({ start: 0, end: 7 * day })).toBe(day);
    expect(bucketSize({ start: 0, end: 20 * 7 * day })).toBe(7 * day);
    expect(bucketSize({ start: 0, end: 600 * day })).toBe(30 * day);
    expect(bucketSize({ start: 0, end: 20 * 365 * day })).toBe(365 * day);
    expect(bucketSize({ start: 0, end: 200 * 365 * day })).toBe(730 * day);
  });

  it('turns a crowded bucket into one numbered cluster and leaves sparse ones alone', () => {
    const year = 365 * 86_400_000;
    const { events, clusters } = clusterEvents([...many, yokohamaForeignMinisters], year);
    expect(events).toEqual([yokohamaForeignMinisters]);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]?.events).toHaveLength(10);
  });

  it('draws clusters as items whose ids lead back to their stretch of time', () => {
    const week = 7 * 86_400_000;
    const items = toTimelineItems(
      { events: many, agreements: [], leaderTerms: [] },
      'en',
      {},
      {
        bucket: week,
        tooltip: (count) => `${count} events`,
      },
    );
    const clusters = items.filter((item) => item.className === 'event-cluster');
    expect(
      clusters.map((item) => item.text).reduce((sum, text) => sum + Number(text), 0) +
        items.length -
        clusters.length,
    ).toBe(10);
    const ref = parseItemId(clusters[0]?.id ?? '');
    expect(ref?.type).toBe('cluster');
    expect(ref?.id).toMatch(new RegExp(`^${week}-\\d+$`));
    expect(clusters[0]?.tooltip).toMatch(/^\d+ events$/);
  });

  it('clusters only the stretch around the window, and keeps it as the reader pans a little', () => {
    const day = 86_400_000;
    const march2001 = { start: Date.UTC(2001, 2, 1), end: Date.UTC(2001, 3, 1) };
    const bucket = bucketSize(march2001);
    const range = clusterRange(march2001, bucket);
    expect(range.start).toBeLessThanOrEqual(march2001.start - 30 * day);
    expect(range.end).toBeGreaterThanOrEqual(march2001.end + 30 * day);
    const nudged = { start: march2001.start + day, end: march2001.end + day };
    expect(clusterRange(nudged, bucketSize(nudged))).toEqual(range);

    const inside = clusterEvents([...many, yokohamaForeignMinisters], bucket, 3, range);
    expect(inside.events).not.toContain(yokohamaForeignMinisters);
    expect(inside.clusters.flatMap((cluster) => cluster.events)).toHaveLength(many.length);
  });

  it('keeps every event when no clustering is asked for', () => {
    const items = toTimelineItems({ events: many, agreements: [], leaderTerms: [] }, 'en');
    expect(items).toHaveLength(10);
  });
});
