import { describe, expect, it } from 'vitest';
import type { Agreement } from '../../src/lib/dataset/schema';
import { checkReferences, formatIssue, parseEvents } from '../../src/lib/dataset/validate';
import { validateDataset } from '../../src/lib/dataset/validate-dataset';
import {
  irkutskSummit,
  sampleEvents,
  sampleSources as sources,
  tokyoDeclaration,
  tokyoSummit,
  tokyoVenue,
} from '../fixtures/events';

function dataset(
  overrides: Partial<
    Record<'events' | 'agreements' | 'leaders' | 'sources' | 'venues', unknown>
  > = {},
): Parameters<typeof validateDataset>[0] {
  return {
    events: { events: sampleEvents },
    agreements: { agreements: [tokyoDeclaration] },
    leaders: { terms: [] },
    sources: { sources },
    ...overrides,
  };
}

function messages(raw: ReturnType<typeof dataset>): string[] {
  return validateDataset(raw).issues.map(formatIssue);
}

describe('dataset validation', () => {
  it('accepts good data with no issues', () => {
    const result = validateDataset(dataset());
    expect(result.issues).toEqual([]);
    expect(result.dataset.events).toHaveLength(3);
  });

  it('names the record and field of a missing translation', () => {
    const broken = { ...irkutskSummit, title: { ja: '日露首脳会談' } };
    expect(messages(dataset({ events: { events: [tokyoSummit, broken] } }))).toEqual([
      'events.json › 2001-03-irkutsk-summit › title.en: English text is missing',
      'events.json › 2001-03-irkutsk-summit › title.ru: Russian text is missing',
    ]);
    // Russian is required wherever English is.
    const noRussian = { ...irkutskSummit, place: { ja: 'イルクーツク', en: 'Irkutsk' } };
    expect(messages(dataset({ events: { events: [tokyoSummit, noRussian] } }))).toEqual([
      'events.json › 2001-03-irkutsk-summit › place.ru: Russian text is missing',
    ]);
    const blank = { ...irkutskSummit, summary: { ja: '概要', en: '  ', ru: '  ' } };
    expect(messages(dataset({ events: { events: [tokyoSummit, blank] } }))).toEqual([
      'events.json › 2001-03-irkutsk-summit › summary.en: English text is missing',
      'events.json › 2001-03-irkutsk-summit › summary.ru: Russian text is missing',
    ]);
  });

  it('keeps every valid record when one is invalid', () => {
    const broken = { ...irkutskSummit, date: '2001-02-30' };
    const result = validateDataset(dataset({ events: { events: [tokyoSummit, broken] } }));
    expect(result.dataset.events.map((event) => event.id)).toEqual(['1993-10-tokyo-summit']);
    expect(result.issues.map(formatIssue)).toEqual([
      'events.json › 2001-03-irkutsk-summit › date: not a real date in the form YYYY-MM-DD, YYYY-MM or YYYY',
      // A day-precision date must quote the sentence that states it.
      'events.json › 2001-03-irkutsk-summit › sources: a day-precision date needs a citation with the dateExcerpt that states it',
    ]);
  });

  it('rejects dates outside the period', () => {
    const early = { ...tokyoSummit, date: '1991-12' };
    expect(messages(dataset({ events: { events: [early] } }))).toEqual([
      'events.json › 1993-10-tokyo-summit › date: 1991-12 is outside 1993-01-01 – 2014-12-31',
      // The rejected event no longer exists for the agreement signed at it.
      'agreements.json › 1993-tokyo-declaration › event: unknown event id "1993-10-tokyo-summit"',
    ]);
    const quoted = irkutskSummit.sources.map((citation) => ({
      ...citation,
      dateExcerpt: '3月25日、ロシア連邦イルクーツクにおいて行われた日露首脳会談',
    }));
    const reversed = {
      ...irkutskSummit,
      date: '2001-03-25',
      endDate: '2001-03-24',
      sources: quoted,
    };
    expect(messages(dataset({ events: { events: [tokyoSummit, reversed] } }))).toEqual([
      'events.json › 2001-03-irkutsk-summit › endDate: endDate is not after date',
    ]);
    const sameDay = { ...reversed, endDate: '2001-03-25' };
    expect(messages(dataset({ events: { events: [tokyoSummit, sameDay] } }))).toEqual([
      'events.json › 2001-03-irkutsk-summit › endDate: endDate is not after date',
    ]);
  });

  it('reports a dangling agreement id and drops only the reference', () => {
    const citing = { ...irkutskSummit, agreements: ['1993-tokyo-declaration', '2001-nowhere'] };
    const result = validateDataset(dataset({ events: { events: [tokyoSummit, citing] } }));
    expect(result.issues.map(formatIssue)).toEqual([
      'events.json › 2001-03-irkutsk-summit › agreements.1: unknown agreement id "2001-nowhere"',
    ]);
    expect(result.dataset.events[1]?.agreements).toEqual(['1993-tokyo-declaration']);
  });

  it('reports dangling references, events and sources of agreements', () => {
    const broken: Agreement = {
      ...tokyoDeclaration,
      references: ['1956-missing'],
      event: 'no-such-event',
      sources: [
        { source: 'no-such-source', at: { ja: 'x', en: 'x', ru: 'x' } },
        ...tokyoDeclaration.sources,
      ],
    };
    expect(messages(dataset({ agreements: { agreements: [broken] } }))).toEqual([
      'agreements.json › 1993-tokyo-declaration › event: unknown event id "no-such-event"',
      'agreements.json › 1993-tokyo-declaration › references.0: unknown agreement id "1956-missing"',
      'agreements.json › 1993-tokyo-declaration › sources.0.source: unknown source id "no-such-source"',
    ]);
  });

  it('checks event venues against venues.json when it is given, dropping an unknown one', () => {
    const tokyo = tokyoVenue;
    const placed = { ...tokyoSummit, venue: 'tokyo' };
    const misplaced = { ...irkutskSummit, venue: 'irkutsk' };
    const events = { events: [placed, misplaced] };
    const result = validateDataset(dataset({ events, venues: { venues: [tokyo] } }));
    expect(result.issues.map(formatIssue)).toEqual([
      'events.json › 2001-03-irkutsk-summit › venue: unknown venue id "irkutsk"',
    ]);
    expect(result.dataset.events.map((event) => event.venue)).toEqual(['tokyo', undefined]);
    expect(result.dataset.venues).toEqual([tokyo]);
    // Without venues.json (the app's first view) venues are not checked.
    expect(messages(dataset({ events }))).toEqual([]);
  });

  it('rejects a venue off the globe or in an unknown area, keeping the rest', () => {
    const good = {
      id: 'moscow',
      name: { ja: 'モスクワ', en: 'Moscow', ru: 'Москва' },
      area: 'russia',
      lat: 55.76,
      lon: 37.62,
    };
    const venues = {
      venues: [
        good,
        { ...good, id: 'north-pole-plus', lat: 95 },
        { ...good, id: 'nowhere', area: 'disputed' },
      ],
    };
    const result = validateDataset(dataset({ venues }));
    expect(result.dataset.venues.map((venue) => venue.id)).toEqual(['moscow']);
    expect(result.issues.map(formatIssue)).toEqual([
      'venues.json › north-pole-plus › lat: lat must be within -90 … 90',
      'venues.json › nowhere › area: Invalid option: expected one of "japan"|"russia"|"northern-territories"|"third-country"',
    ]);
  });

  it('rejects duplicate ids, keeping the first', () => {
    const result = validateDataset(dataset({ events: { events: [tokyoSummit, tokyoSummit] } }));
    expect(result.dataset.events).toHaveLength(1);
    expect(result.issues.map(formatIssue)).toEqual([
      'events.json › 1993-10-tokyo-summit › id: duplicate id',
    ]);
  });

  it('requires every event to cite a source', () => {
    const uncited = { ...irkutskSummit, sources: [] };
    expect(messages(dataset({ events: { events: [tokyoSummit, uncited] } }))).toEqual([
      'events.json › 2001-03-irkutsk-summit › sources: cites no source',
    ]);
  });

  it('reports events out of time order', () => {
    expect(messages(dataset({ events: { events: [irkutskSummit, tokyoSummit] } }))).toEqual([
      'events.json › 1993-10-tokyo-summit › date: 1993-10 comes after 2001-03-irkutsk-summit (2001-03); events must be in time order',
    ]);
  });

  it('describes a file of the wrong shape', () => {
    expect(parseEvents([1, 2, 3]).issues.map(formatIssue)).toEqual([
      'events.json: expected an object with one array "events"',
    ]);
  });

  it('labels a record without an id by its position', () => {
    const { id: _id, ...anonymous } = tokyoSummit;
    expect(parseEvents({ events: [anonymous] }).issues.map(formatIssue)).toEqual([
      'events.json › #0 › id: Invalid input: expected string, received undefined',
    ]);
  });
});

describe('cross-file checks keep what they do not change', () => {
  const events = [tokyoSummit, irkutskSummit];

  it('returns the same records when every reference resolves, so a late file redraws nothing', () => {
    const before = checkReferences({ events, agreements: [tokyoDeclaration] });
    // The sources arrive later: the events the timeline drew stay the same objects.
    const after = checkReferences({ events, agreements: [tokyoDeclaration], sources });
    expect(after.issues).toEqual([]);
    expect(before.dataset.events).toBe(events);
    expect(after.dataset.events).toBe(events);
    expect(after.dataset.agreements?.[0]).toBe(tokyoDeclaration);
  });

  it('replaces only the record it corrects', () => {
    const result = checkReferences({ events, agreements: [tokyoDeclaration], sources: [] });
    // With no sources known, every citation is dropped: new records, reported.
    expect(result.dataset.events).not.toBe(events);
    expect(result.dataset.events?.[0]).not.toBe(tokyoSummit);
    expect(result.dataset.events?.[0]?.sources).toEqual([]);
    expect(result.issues.length).toBeGreaterThan(0);
    const oneUnknown = { ...irkutskSummit, agreements: ['no-such-document'] };
    const partly = checkReferences({
      events: [tokyoSummit, oneUnknown],
      agreements: [tokyoDeclaration],
    });
    expect(partly.dataset.events?.[0]).toBe(tokyoSummit);
    expect(partly.dataset.events?.[1]?.agreements).toEqual([]);
  });
});
