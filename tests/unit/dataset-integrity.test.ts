/**
 * The published dataset itself: the same checks as `npm run validate:data`,
 * plus the promises the README makes about it.
 */
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/lib/dataset/validate';
import { published, publishedFiles } from '../fixtures/published';

const raw = publishedFiles;
const { dataset, issues } = published;

describe('the published dataset', () => {
  it('passes every schema and reference check', () => {
    expect(issues.map(formatIssue)).toEqual([]);
    expect(dataset.events.length).toBe((raw.events as { events: unknown[] }).events.length);
    expect(dataset.agreements.length).toBe(
      (raw.agreements as { agreements: unknown[] }).agreements.length,
    );
  });

  it('spans the Tokyo Declaration to the Milan ASEM summit', () => {
    expect(dataset.events[0]?.id).toBe('1993-10-tokyo-summit');
    expect(dataset.events.at(-1)?.id).toBe('2014-10-milan-summit');
    expect(dataset.events.at(-1)?.date).toBe('2014-10-17');
  });

  it('keeps month precision where the sources give only the month', () => {
    // 002 gives these by month only and no official page cited gives the day.
    for (const id of [
      '1993-10-tokyo-summit',
      '1997-11-krasnoyarsk-summit',
      '1998-04-kawana-summit',
    ]) {
      expect(dataset.events.find((event) => event.id === id)?.date).toMatch(/^\d{4}-\d{2}$/);
    }
  });

  it('cites an official page beyond the seeds for each day the seeds do not give', () => {
    // 002 gives these summits by month only; their days come from other official pages.
    const seeds = new Set(
      dataset.sources.filter((source) => source.capture).map((source) => source.id),
    );
    const daysFromOtherPages = [
      '2000-09-tokyo-summit',
      '2001-03-irkutsk-summit',
      '2005-11-tokyo-summit',
      '2007-09-sydney-summit',
      '2008-04-moscow-summit',
    ];
    for (const id of daysFromOtherPages) {
      const event = dataset.events.find((candidate) => candidate.id === id);
      expect(event?.date, id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const extra = event?.sources.filter((citation) => !seeds.has(citation.source)) ?? [];
      expect(extra.length, `${id} has a day but cites only the seeds`).toBeGreaterThan(0);
    }
  });

  it('links every agreement to the events that cite it, and back', () => {
    for (const agreement of dataset.agreements) {
      const citing = dataset.events.filter((event) => event.agreements.includes(agreement.id));
      if (agreement.event) expect(citing.map((event) => event.id)).toContain(agreement.event);
    }
    const irkutsk = dataset.agreements.find(
      (agreement) => agreement.id === '2001-irkutsk-statement',
    );
    expect(irkutsk?.references).toEqual(
      expect.arrayContaining(['1956-japan-soviet-joint-declaration', '1993-tokyo-declaration']),
    );
  });

  it('gives terms of office that do not overlap within a country and cover the period', () => {
    for (const country of ['japan', 'russia'] as const) {
      const terms = dataset.leaderTerms
        .filter((term) => term.country === country)
        .sort((a, b) => a.start.localeCompare(b.start));
      expect(terms[0]?.start.localeCompare('1993-10')).toBeLessThanOrEqual(0);
      expect(terms.at(-1)?.end).toBeUndefined();
      terms.slice(1).forEach((term, index) => {
        const previous = terms[index];
        expect(previous?.end, `${previous?.id} ends`).toBeDefined();
        expect((previous?.end ?? '') <= term.start, `${previous?.id} overlaps ${term.id}`).toBe(
          true,
        );
      });
    }
  });

  it('places every event whose place names a city or site, and only those', () => {
    const venuesById = new Map(dataset.venues.map((venue) => [venue.id, venue]));
    // What the sources give where no city or site is named.
    const countryOnly = new Set(['Japan', 'Russia', 'By telephone', 'Japan and Russia']);
    for (const event of dataset.events) {
      if (countryOnly.has(event.place.en)) {
        expect(event.venue, event.id).toBeUndefined();
      } else {
        expect(venuesById.has(event.venue ?? ''), `${event.id} has a venue`).toBe(true);
      }
    }
    expect(dataset.venues.length).toBe((raw.venues as { venues: unknown[] }).venues.length);
    for (const venue of dataset.venues) {
      expect(
        dataset.events.some((event) => event.venue === venue.id),
        `${venue.id} is used`,
      ).toBe(true);
    }
  });

  it('gives each venue the side named in its events’ place text, and the islands their own', () => {
    // The Japanese place text names the country in brackets outside Japan.
    const areaFromPlace = (place: string) => {
      if (/国後島|択捉島|歯舞|色丹/u.test(place)) return 'northern-territories';
      const country = /\((.+?)\)/u.exec(place)?.[1];
      if (country === 'ロシア') return 'russia';
      return country || place === 'シンガポール' ? 'third-country' : 'japan';
    };
    for (const event of dataset.events) {
      const venue = dataset.venues.find((candidate) => candidate.id === event.venue);
      if (venue)
        expect(venue.area, `${event.id} (${event.place.ja})`).toBe(areaFromPlace(event.place.ja));
    }
    expect(
      dataset.venues
        .filter((venue) => venue.area === 'northern-territories')
        .map((venue) => venue.id),
    ).toEqual(['kunashiri', 'kunashiri-etorofu']);
  });

  it('has the source pages the README lists, with their addresses', () => {
    const yokohama = dataset.sources.find(
      (source) => source.capture === '001_2b8b2ab8587cdd9a.txt',
    );
    expect(yokohama?.url).toBe('https://www.mofa.go.jp/mofaj/kaidan/g_maehara/apec_10/ru_gk.html');
    expect(dataset.sources.filter((source) => source.capture)).toHaveLength(5);
  });
});
