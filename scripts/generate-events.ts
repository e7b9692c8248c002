/**
 * `npm run bench:generate`: writes events files of 1,000 and 10,000 events
 * to bench/generated/ (never committed) for the benchmark.
 *
 *   tsx scripts/generate-events.ts [--count N]... [--out DIR]
 *
 * Each file holds the real events (agreements.json names some of them, and
 * the app reports a dangling reference as a data problem) and synthetic ones
 * up to the count, in time order. The synthetic events look like the real
 * ones to the app — every field the real records fill, similar text
 * lengths, dates spread over 1993–2014, all four kinds, leaders in office on
 * the day, sources that exist in public/data/sources.json — so what the
 * benchmark measures is the app's cost per event, not a shortcut. Every
 * synthetic record is checked with the app's eventSchema, and the whole file
 * with the app's own validateDataset against the other data files: it must
 * show no data problem at all. A fixed seed makes every run produce the same
 * files, so results stay comparable.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  EVENT_KINDS,
  PERIOD,
  eventSchema,
  type EventKind,
  type Localized,
  type Participant,
  type TimelineEvent,
} from '../src/lib/dataset/schema';
import { formatIssue } from '../src/lib/dataset/validate';
import { validateDataset } from '../src/lib/dataset/validate-dataset';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DATA_DIR = resolve(ROOT, 'public/data');
export const GENERATED_DIR = resolve(ROOT, 'bench/generated');
export const DEFAULT_COUNTS = [1000, 10_000] as const;
const SEED = 0x4a52_1993;

const DAY = 24 * 60 * 60 * 1000;

/** What the generator needs from a leader term in leaders.json. */
interface LeaderTermRef {
  country: 'japan' | 'russia';
  name: Localized;
  role: Localized;
  start: string;
  end?: string;
}

export interface GeneratorInput {
  /** The real events, kept as they are. */
  realEvents: TimelineEvent[];
  /** Ids from public/data/sources.json; every citation names one of them. */
  sourceIds: string[];
  leaderTerms: LeaderTermRef[];
  /** The other data files as published, to check the result against. */
  otherFiles: { agreements: unknown; leaders: unknown; sources: unknown };
}

/** mulberry32: tiny, seedable, good enough to scatter test data. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

function pick<T>(random: Random, values: readonly T[]): T {
  const value = values[Math.floor(random() * values.length)];
  if (value === undefined) throw new Error('pick from an empty list');
  return value;
}

const PLACES: readonly Localized[] = [
  { ja: '東京', en: 'Tokyo', ru: 'Токио' },
  { ja: 'モスクワ', en: 'Moscow', ru: 'Москва' },
  { ja: 'ウラジオストク', en: 'Vladivostok', ru: 'Vladivostok' },
  { ja: 'イルクーツク', en: 'Irkutsk', ru: 'Иркутск' },
  { ja: 'サンクトペテルブルク', en: 'Saint Petersburg', ru: 'Saint Petersburg' },
  { ja: 'クラスノヤルスク', en: 'Krasnoyarsk', ru: 'Krasnoyarsk' },
  { ja: '横浜', en: 'Yokohama', ru: 'Иокогама' },
  { ja: 'ニューヨーク', en: 'New York', ru: 'New York' },
  { ja: 'ハバロフスク', en: 'Khabarovsk', ru: 'Khabarovsk' },
  { ja: 'ユジノサハリンスク', en: 'Yuzhno-Sakhalinsk', ru: 'Yuzhno-Sakhalinsk' },
  { ja: '洞爺湖', en: 'Lake Toya', ru: 'Lake Toya' },
  { ja: 'ソチ', en: 'Sochi', ru: 'Sochi' },
];

/** Kinds in roughly the real data's proportions (mostly summits). */
const KIND_WEIGHTS: Record<EventKind, number> = {
  summit: 0.45,
  'foreign-ministers': 0.25,
  telephone: 0.12,
  visit: 0.08,
  context: 0.1,
};

function pickKind(random: Random): EventKind {
  let roll = random();
  for (const kind of EVENT_KINDS) {
    roll -= KIND_WEIGHTS[kind];
    if (roll < 0) return kind;
  }
  return 'summit';
}

const TITLES: Record<EventKind, (place: Localized) => Localized> = {
  summit: (place) => ({
    ja: `日露首脳会談(${place.ja})`,
    en: `Japan-Russia Summit Meeting (${place.en})`,
    ru: `Japan-Russia Summit Meeting (${place.en})`,
  }),
  'foreign-ministers': (place) => ({
    ja: `日露外相会談(${place.ja})`,
    en: `Japan-Russia Foreign Ministers' Meeting (${place.en})`,
    ru: `Japan-Russia Foreign Ministers' Meeting (${place.en})`,
  }),
  telephone: () => ({
    ja: '日露首脳電話会談',
    en: 'Japan-Russia Summit Telephone Talk',
    ru: 'Japan-Russia Summit Telephone Talk',
  }),
  visit: (place) => ({
    ja: `${place.ja}訪問`,
    en: `Visit to ${place.en}`,
    ru: `Visit to ${place.en}`,
  }),
  context: (place) => ({
    ja: `日露関係の動き(${place.ja})`,
    en: `Development in Japan-Russia relations (${place.en})`,
    ru: `Development in Japan-Russia relations (${place.en})`,
  }),
};

/** Sentences in both languages; a summary strings several together, like the real ones. */
const SENTENCES: readonly Localized[] = [
  {
    ja: '両首脳は平和条約締結問題について率直な意見交換を行った。',
    en: 'The leaders had a frank exchange of views on the conclusion of a peace treaty.',
    ru: 'The leaders had a frank exchange of views on the conclusion of a peace treaty.',
  },
  {
    ja: '四島の帰属に関する問題を解決して平和条約を締結するとの方針が確認された。',
    en: 'They confirmed the policy of concluding a peace treaty by resolving the issue of where the four islands belong.',
    ru: 'They confirmed the policy of concluding a peace treaty by resolving the issue of where the four islands belong.',
  },
  {
    ja: '経済、エネルギー、地域情勢など幅広い分野での協力について協議した。',
    en: 'They discussed cooperation in a wide range of fields including the economy, energy and regional affairs.',
    ru: 'They discussed cooperation in a wide range of fields including the economy, energy and regional affairs.',
  },
  {
    ja: '東京宣言をはじめとする諸文書に基づき交渉を続けることで一致した。',
    en: 'They agreed to continue negotiations on the basis of the Tokyo Declaration and the other documents.',
    ru: 'They agreed to continue negotiations on the basis of the Tokyo Declaration and the other documents.',
  },
  {
    ja: '専門家レベルの協議を加速するよう外務当局に指示することで合意した。',
    en: 'They agreed to instruct their foreign ministries to speed up talks at expert level.',
    ru: 'They agreed to instruct their foreign ministries to speed up talks at expert level.',
  },
  {
    ja: '北方四島における共同経済活動の可能性についても話し合われた。',
    en: 'The possibility of joint economic activities on the four northern islands was also discussed.',
    ru: 'The possibility of joint economic activities on the four northern islands was also discussed.',
  },
];

function summaryOf(random: Random): Localized {
  // Consecutive sentences from a random start: varied, never repeated.
  const count = 2 + Math.floor(random() * 3);
  const first = Math.floor(random() * SENTENCES.length);
  const chosen = Array.from(
    { length: count },
    (_, offset) => SENTENCES[(first + offset) % SENTENCES.length] ?? pick(random, SENTENCES),
  );
  return {
    ja: chosen.map((sentence) => sentence.ja).join(''),
    en: chosen.map((sentence) => sentence.en).join(' '),
    ru: chosen.map((sentence) => sentence.ru).join(' '),
  };
}

function toIsoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/**
 * Dates spread evenly over the period, each jittered within its own slot so
 * they stay in time order. One in eight is known only to the month, as some
 * real ones are.
 */
function datesFor(count: number, random: Random): string[] {
  const start = Date.parse(`${PERIOD.start}T00:00:00Z`);
  const end = Date.parse(`${PERIOD.end}T00:00:00Z`);
  const slot = (end - start) / count;
  return Array.from({ length: count }, (_, index) => {
    const day = toIsoDay(start + (index + random()) * slot);
    return random() < 0.125 ? day.slice(0, 7) : day;
  });
}

/** Visits known to the day sometimes last a few days: drawn as ranges, like the real ones. */
function endDateFor(kind: EventKind, date: string, random: Random): string | undefined {
  if (kind !== 'visit' || date.length !== 10 || random() < 0.5) return undefined;
  const end = toIsoDay(Date.parse(`${date}T00:00:00Z`) + (1 + Math.floor(random() * 4)) * DAY);
  return end <= PERIOD.end ? end : undefined;
}

function inOffice(term: LeaderTermRef, date: string): boolean {
  return term.start.slice(0, date.length) <= date && (term.end === undefined || date <= term.end);
}

function participantsOn(
  date: string,
  terms: LeaderTermRef[],
): { japan: Participant[]; russia: Participant[] } {
  const leaders = (country: LeaderTermRef['country']) =>
    terms
      .filter((term) => term.country === country && inOffice(term, date))
      .slice(0, 1)
      .map((term) => ({ name: term.name, role: term.role }));
  return { japan: leaders('japan'), russia: leaders('russia') };
}

function citationsFor(serial: number, date: string, sourceIds: string[]): TimelineEvent['sources'] {
  const source = sourceIds[serial % sourceIds.length];
  if (source === undefined) throw new Error('sources.json lists no sources to cite');
  return [
    {
      source,
      at: {
        ja: `合成データ 第${serial}項(ベンチマーク用)`,
        en: `Synthetic record ${serial} (benchmark only)`,
        ru: `Synthetic record ${serial} (benchmark only)`,
      },
      // A day-precision record must quote the sentence that dates it.
      ...(date.length === 10 ? { dateExcerpt: `合成データ: ${date}に会談が行われた。` } : {}),
    },
  ];
}

function eventAt(
  serial: number,
  date: string,
  random: Random,
  input: GeneratorInput,
): TimelineEvent {
  const kind = pickKind(random);
  const place = pick(random, PLACES);
  const title = TITLES[kind](place);
  // The serial makes every title unique, so the benchmark can find the
  // panel of the very item it clicked.
  const label = String(serial).padStart(5, '0');
  const endDate = endDateFor(kind, date, random);
  return {
    id: `${date}-synthetic-${label}`,
    date,
    ...(endDate === undefined ? {} : { endDate }),
    kind,
    basis: 'official',
    title: {
      ja: `${title.ja} #${label}`,
      en: `${title.en} #${label}`,
      ru: `${title.en} #${label}`,
    },
    shortTitle: {
      ja: `${place.ja} #${label}`,
      en: `${place.en} #${label}`,
      ru: `${place.en} #${label}`,
    },
    place,
    summary: summaryOf(random),
    ...(kind === 'summit' ? { keyPoints: [pick(random, SENTENCES), pick(random, SENTENCES)] } : {}),
    participants: participantsOn(date, input.leaderTerms),
    agreements: [],
    sources: citationsFor(serial, date, input.sourceIds),
  };
}

/** Synthetic events only, in time order, the same ones for the same count every time. */
export function syntheticEvents(count: number, input: GeneratorInput): TimelineEvent[] {
  const random = seededRandom(SEED ^ count);
  return datesFor(count, random)
    .sort()
    .map((date, index) => eventAt(index + 1, date, random, input));
}

/**
 * Synthetic events as bunched as the real record: each near a real event
 * (within about six weeks of it), so crowded years stay crowded. For testing
 * the layout at a realistic density rather than an even spread.
 */
export function realisticEvents(count: number, input: GeneratorInput): TimelineEvent[] {
  const random = seededRandom(SEED ^ (count * 7));
  const anchors = input.realEvents.map((event) =>
    Date.parse(`${event.date.slice(0, 7)}-15T00:00:00Z`),
  );
  const start = Date.parse(`${PERIOD.start}T00:00:00Z`);
  const end = Date.parse(`${PERIOD.end}T00:00:00Z`);
  const dates = Array.from({ length: count }, (_, index) => {
    const anchor = anchors[index % anchors.length] ?? start;
    const time = Math.min(end, Math.max(start, anchor + (random() - 0.5) * 84 * DAY));
    const day = toIsoDay(time);
    return random() < 0.125 ? day.slice(0, 7) : day;
  });
  return dates.sort().map((date, index) => eventAt(index + 1, date, random, input));
}

/** The real events plus synthetic ones up to `count`, in time order. */
export function generateEvents(count: number, input: GeneratorInput): TimelineEvent[] {
  const synthetic = syntheticEvents(Math.max(0, count - input.realEvents.length), input);
  // A stable sort: on the same date, the real event comes first.
  return [...input.realEvents, ...synthetic].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
  );
}

/** Throws on the first synthetic record the schema rejects, naming it. */
export function checkSynthetic(events: TimelineEvent[], sourceIds: string[]): void {
  const known = new Set(sourceIds);
  for (const event of events) {
    const result = eventSchema.safeParse(event);
    if (!result.success) {
      throw new Error(`generated event ${event.id} fails the schema: ${result.error.message}`);
    }
    const unknown = event.sources.find((citation) => !known.has(citation.source));
    if (unknown) throw new Error(`generated event ${event.id} cites unknown ${unknown.source}`);
  }
  const kinds = new Set(events.map((event) => event.kind));
  if (events.length >= 100 && kinds.size < EVENT_KINDS.length) {
    throw new Error(`generated events lack some kinds: only ${[...kinds].join(', ')}`);
  }
}

/**
 * The app's own check of the whole dataset (schema, period, references
 * between files, time order): a generated file must not show the reader a
 * single data problem, or the benchmark would measure the problem notice.
 */
export function checkDataset(events: TimelineEvent[], input: GeneratorInput): void {
  const { dataset, issues } = validateDataset({ events: { events }, ...input.otherFiles });
  if (issues.length > 0) {
    const shown = issues.slice(0, 5).map(formatIssue).join('\n  ');
    throw new Error(`generated dataset has ${issues.length} data problem(s):\n  ${shown}`);
  }
  if (dataset.events.length !== events.length) {
    throw new Error(`the app would show ${dataset.events.length} of ${events.length} events`);
  }
  if (events.some((event) => event.date < PERIOD.start.slice(0, event.date.length))) {
    throw new Error(`generated events start before ${PERIOD.start}`);
  }
}

async function readJson(path: string): Promise<unknown> {
  return JSON.parse(await readFile(path, 'utf8')) as unknown;
}

/** Reads the published data the generated files build on and refer to. */
export async function readGeneratorInput(): Promise<GeneratorInput> {
  const [events, agreements, leaders, sources] = await Promise.all(
    ['events', 'agreements', 'leaders', 'sources'].map((name) =>
      readJson(resolve(DATA_DIR, `${name}.json`)),
    ),
  );
  const realEvents = (events as { events: unknown[] }).events.map((raw) => {
    // Kept verbatim; checked here so a broken record is named at its source.
    const result = eventSchema.safeParse(raw);
    if (!result.success) throw new Error(`public/data/events.json: ${result.error.message}`);
    return raw as TimelineEvent;
  });
  return {
    realEvents,
    sourceIds: (sources as { sources: { id: string }[] }).sources.map((source) => source.id),
    leaderTerms: (leaders as { terms: LeaderTermRef[] }).terms,
    otherFiles: { agreements, leaders, sources },
  };
}

/** Writes `events-<count>.json` for each count into `outDir`; returns the paths. */
export async function writeGeneratedEvents(
  counts: readonly number[] = DEFAULT_COUNTS,
  outDir: string = GENERATED_DIR,
): Promise<string[]> {
  const input = await readGeneratorInput();
  await mkdir(outDir, { recursive: true });
  const paths: string[] = [];
  for (const count of counts) {
    const events = generateEvents(count, input);
    checkSynthetic(
      events.filter((event) => !input.realEvents.includes(event)),
      input.sourceIds,
    );
    checkDataset(events, input);
    const path = resolve(outDir, `events-${count}.json`);
    await writeFile(path, `${JSON.stringify({ events }, null, 2)}\n`);
    paths.push(path);
  }
  return paths;
}

function parseArgs(argv: string[]): { counts: number[]; outDir: string } {
  const counts: number[] = [];
  let outDir = GENERATED_DIR;
  for (let index = 0; index < argv.length; index += 1) {
    const value = argv[index + 1];
    if (argv[index] === '--count' && value !== undefined) {
      const count = Number(value);
      if (!Number.isInteger(count) || count < 1) throw new Error(`--count ${value}: not a count`);
      counts.push(count);
      index += 1;
    } else if (argv[index] === '--out' && value !== undefined) {
      outDir = resolve(value);
      index += 1;
    } else {
      throw new Error(`unknown argument ${argv[index] ?? ''}; use --count N and --out DIR`);
    }
  }
  return { counts: counts.length > 0 ? counts : [...DEFAULT_COUNTS], outDir };
}

const runDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (runDirectly) {
  const { counts, outDir } = parseArgs(process.argv.slice(2));
  for (const path of await writeGeneratedEvents(counts, outDir)) console.log(path);
}
