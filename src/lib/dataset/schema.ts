/**
 * The dataset's one schema. The app parses every file it loads with it, and
 * `npm run validate:data` checks `public/data/` with it, so the published
 * format and what the app accepts can never drift apart.
 *
 * Records are parsed one by one (see `validate.ts`), so one bad record is
 * reported by id and field while every good record is still shown.
 */
import { en } from 'zod/locales';
import * as z from 'zod/mini';

// zod/mini keeps the first view's JavaScript small; the English locale gives
// readable messages. jitless: zod would otherwise probe `new Function`, which
// the Content-Security-Policy (no eval) forbids.
z.config({ ...en(), jitless: true });

function text(missing: string) {
  return z.string({ error: missing }).check(z.trim(), z.minLength(1, missing));
}

/**
 * Text in all three languages: the Japanese of the source, and its English and
 * Russian translations. All must be present: the app never falls back silently.
 */
export const localizedSchema = z.strictObject({
  ja: text('Japanese text is missing'),
  en: text('English text is missing'),
  ru: text('Russian text is missing'),
});
export type Localized = z.infer<typeof localizedSchema>;

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const idSchema = z
  .string()
  .check(
    z.maxLength(80, 'id is longer than 80 characters'),
    z.regex(ID_PATTERN, 'id must be lowercase letters, digits and single hyphens'),
  );

/**
 * `YYYY-MM-DD`, `YYYY-MM` or `YYYY`: the precision the sources support, never
 * more. (A year alone is for documents such as the 1956 Joint Declaration
 * that the sources date only by year.)
 */
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DAY_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isValidPartialDate(value: string): boolean {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  if (match[2] === undefined) return true;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return false;
  if (match[3] === undefined) return true;
  const day = Number(match[3]);
  // Date.UTC rolls 2001-02-30 over to March; a round trip catches impossible days.
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

export const partialDateSchema = z
  .string()
  .check(z.refine(isValidPartialDate, 'not a real date in the form YYYY-MM-DD, YYYY-MM or YYYY'));
export type PartialDate = z.infer<typeof partialDateSchema>;

/** Where a fact comes from: a source id from sources.json and where in it. */
export const citationSchema = z.strictObject({
  source: idSchema,
  at: localizedSchema,
  /**
   * The sentence that states the date, verbatim as on the page and in its
   * language, so a reader can check the day without us.
   */
  dateExcerpt: z.optional(text('dateExcerpt is empty')),
});
export type Citation = z.infer<typeof citationSchema>;

const citationsSchema = z.array(citationSchema).check(z.minLength(1, 'cites no source'));

export const EVENT_KINDS = [
  'summit',
  'foreign-ministers',
  'telephone',
  'visit',
  'context',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/**
 * What a record rests on: an official government page, or (where no official
 * page dates it) a reputable secondary source, shown as such in the panel.
 */
export const BASES = ['official', 'secondary'] as const;
export type Basis = (typeof BASES)[number];

export const participantSchema = z.strictObject({
  name: localizedSchema,
  role: localizedSchema,
});
export type Participant = z.infer<typeof participantSchema>;

export const eventSchema = z
  .strictObject({
    id: idSchema,
    date: partialDateSchema,
    endDate: z.optional(partialDateSchema),
    kind: z.enum(EVENT_KINDS),
    basis: z.enum(BASES),
    title: localizedSchema,
    /** A label short enough for the timeline, e.g. the place of a summit. */
    shortTitle: z.optional(localizedSchema),
    /** The occasion the meeting was held on, e.g. an APEC leaders' meeting. */
    occasion: z.optional(localizedSchema),
    place: localizedSchema,
    /**
     * Where on the map (an id in venues.json), only when the sources name a
     * city or site; absent for "Japan", "By telephone" and the like.
     */
    venue: z.optional(idSchema),
    summary: localizedSchema,
    /** The meeting's key points, where an official record lists them. */
    keyPoints: z.optional(z.array(localizedSchema)),
    participants: z.strictObject({
      japan: z.array(participantSchema),
      russia: z.array(participantSchema),
    }),
    /** Agreements the meeting produced, confirmed or cited (ids in agreements.json). */
    agreements: z.array(idSchema),
    sources: citationsSchema,
  })
  .check(
    z.refine((event) => event.endDate === undefined || event.endDate > event.date, {
      message: 'endDate is not after date',
      path: ['endDate'],
    }),
    z.refine(
      (event) =>
        !DAY_DATE.test(event.date) ||
        event.sources.some((citation) => citation.dateExcerpt !== undefined),
      {
        message: 'a day-precision date needs a citation with the dateExcerpt that states it',
        path: ['sources'],
      },
    ),
  );
export type TimelineEvent = z.infer<typeof eventSchema>;

export const AGREEMENT_KINDS = [
  'declaration',
  'statement',
  'agreement',
  'action-plan',
  'programme',
  'memorandum',
  'document',
  'press-release',
  'treaty',
  'common-understanding',
  'cabinet-understanding',
] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

export const agreementSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(AGREEMENT_KINDS),
  date: partialDateSchema,
  name: localizedSchema,
  /** A label short enough for the timeline and lists. */
  shortName: z.optional(localizedSchema),
  place: z.optional(localizedSchema),
  summary: localizedSchema,
  /** What the sources say it contains, point by point. */
  provisions: z.optional(z.array(localizedSchema)),
  /** Earlier documents this one builds on, as the sources state it. */
  references: z.array(idSchema),
  /** The event at which it was signed or adopted, when that event is on the timeline. */
  event: z.optional(idSchema),
  sources: citationsSchema,
});
export type Agreement = z.infer<typeof agreementSchema>;

export const COUNTRIES = ['japan', 'russia'] as const;
export type Country = (typeof COUNTRIES)[number];

export const leaderTermSchema = z
  .strictObject({
    id: idSchema,
    country: z.enum(COUNTRIES),
    name: localizedSchema,
    /** The surname alone, for a band too narrow for the full name. */
    shortName: z.optional(localizedSchema),
    role: localizedSchema,
    start: partialDateSchema,
    /** Absent while the term runs past the end of the period. */
    end: z.optional(partialDateSchema),
    sources: citationsSchema,
  })
  .check(
    z.refine((term) => term.end === undefined || term.end >= term.start, {
      message: 'end is before start',
      path: ['end'],
    }),
  );
export type LeaderTerm = z.infer<typeof leaderTermSchema>;

/**
 * Hosts of the official pages the dataset may cite as `basis: official`:
 * Japan's Ministry of Foreign Affairs, Prime Minister's Office and Cabinet
 * Office, the National Diet Library's archive of those sites, and the
 * Kremlin's, the Russian Foreign Ministry's and Russia's embassy in Japan's own sites.
 */
export const OFFICIAL_HOSTS = [
  'www.mofa.go.jp',
  'mofa.go.jp',
  'www.kantei.go.jp',
  'japan.kantei.go.jp',
  'www.cao.go.jp',
  'www8.cao.go.jp',
  'warp.ndl.go.jp',
  'kremlin.ru',
  'www.kremlin.ru',
  'en.kremlin.ru',
  'www.en.kremlin.ru',
  'special.kremlin.ru',
  'en.special.kremlin.ru',
  'www.mid.ru',
  'mid.ru',
  'www.russia-emb.jp',
] as const;

export function isOfficialUrl(url: string): boolean {
  try {
    return (OFFICIAL_HOSTS as readonly string[]).includes(new URL(url).hostname);
  } catch {
    return false;
  }
}

export const sourceSchema = z
  .strictObject({
    id: idSchema,
    basis: z.enum(BASES),
    publisher: localizedSchema,
    /** The title as on the page, and its translation. */
    title: localizedSchema,
    date: z.optional(partialDateSchema),
    url: z.optional(z.url({ protocol: /^https?$/, error: 'url must be an http(s) address' })),
    /** The text capture under shared/seeds this source was read from, if any. */
    capture: z.optional(z.string()),
    note: z.optional(localizedSchema),
  })
  .check(
    z.refine(
      (source) =>
        source.basis === 'secondary' || source.url === undefined || isOfficialUrl(source.url),
      {
        message: `an official source's url must be on an official host (${OFFICIAL_HOSTS.join(', ')}); otherwise mark it basis: secondary`,
        path: ['url'],
      },
    ),
  );
export type Source = z.infer<typeof sourceSchema>;

/** Each file is an object holding one array; records are checked one at a time. */
export const eventsFileSchema = z.strictObject({ events: z.array(z.unknown()) });
export const agreementsFileSchema = z.strictObject({ agreements: z.array(z.unknown()) });
export const leadersFileSchema = z.strictObject({ terms: z.array(z.unknown()) });
export const sourcesFileSchema = z.strictObject({ sources: z.array(z.unknown()) });

/** The period the timeline covers; events outside it are rejected. */
export const PERIOD = { start: '1993-01-01', end: '2014-12-31' } as const;
/** Agreements reach back to the 1956 Joint Declaration. */
export const AGREEMENT_PERIOD = { start: '1950-01-01', end: '2014-12-31' } as const;
