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

  it('spans the Tokyo Declaration to the Beijing APEC summit of November 2014', () => {
    expect(dataset.events[0]?.id).toBe('1993-10-tokyo-summit');
    expect(dataset.events.at(-1)?.id).toBe('2014-11-beijing-summit');
    expect(dataset.events.at(-1)?.date).toBe('2014-11-09');
  });

  it('holds the whole record: well over 100 events, every kind, the meetings the issue names', () => {
    expect(dataset.events.length).toBeGreaterThan(140);
    const kinds = new Set(dataset.events.map((event) => event.kind));
    expect([...kinds].sort()).toEqual(
      ['context', 'foreign-ministers', 'summit', 'telephone', 'visit'].sort(),
    );
    const days = new Map(dataset.events.map((event) => [event.id, event.date]));
    // Taken from each page's body text, not its heading (Genoa's is headed 22 July).
    expect(days.get('2001-07-genoa-summit')).toBe('2001-07-21');
    expect(days.get('2001-10-shanghai-summit')).toBe('2001-10-21');
    expect(days.get('2014-11-beijing-summit')).toBe('2014-11-09');
  });

  it('keeps month precision where no official page gives the day', () => {
    // 002 gives Kawana by month only; only non-government pages give its days.
    expect(dataset.events.find((event) => event.id === '1998-04-kawana-summit')?.date).toBe(
      '1998-04',
    );
  });

  it('quotes, for every day, the sentence on the page that states it', () => {
    for (const event of dataset.events.filter((candidate) => candidate.date.length === 10)) {
      const excerpts = event.sources.flatMap((citation) => citation.dateExcerpt ?? []);
      expect(excerpts.length, event.id).toBeGreaterThan(0);
      // The excerpt names the day: as a number of the month (21日, 21 July, July 21).
      const day = String(Number(event.date.slice(8)));
      expect(
        excerpts.some((excerpt) => new RegExp(`(^|\\D)${day}(\\D|$)`).test(excerpt)),
        `${event.id}: no excerpt names day ${day}`,
      ).toBe(true);
    }
  });

  it('gives every text of every record in Japanese, English and Russian', () => {
    // Walks every file as published: any object with ja and en text is a localized field.
    const gaps: string[] = [];
    const walk = (value: unknown, path: string) => {
      if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${path}[${index}]`));
      else if (value && typeof value === 'object') {
        const record = value as Record<string, unknown>;
        if (typeof record.ja === 'string' && typeof record.en === 'string') {
          for (const language of ['ja', 'en', 'ru']) {
            const text = record[language];
            if (typeof text !== 'string' || text.trim() === '') gaps.push(`${path}.${language}`);
          }
        } else for (const [key, child] of Object.entries(record)) walk(child, `${path}.${key}`);
      }
    };
    for (const [file, content] of Object.entries(raw)) walk(content, file);
    expect(gaps).toEqual([]);
    // And the walk does see the fields: a few hundred texts per language at least.
    const count = JSON.stringify(raw).split('"ru":').length - 1;
    expect(count).toBeGreaterThan(1000);
  });

  it('rests every official event on an official page, and marks the rest secondary', () => {
    const sourcesById = new Map(dataset.sources.map((source) => [source.id, source]));
    for (const event of dataset.events) {
      const official = event.sources.some(
        (citation) => sourcesById.get(citation.source)?.basis === 'official',
      );
      expect(event.basis, event.id).toBe(official ? event.basis : 'secondary');
      if (event.basis === 'official') expect(official, event.id).toBe(true);
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
    // What the sources give where no city or site is named: a country, a
    // prefecture, or a telephone line.
    const countryOnly = new Set([
      'Japan',
      'Russia',
      'By telephone',
      'Japan and Russia',
      'Brunei Darussalam',
      'Mexico',
      'Okinawa, Japan',
    ]);
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
