/**
 * The datasets the benchmark runs on, and the served copies of the app and
 * the baseline for each: a copy of the built directory with its
 * data/events.json replaced, so both pages fetch exactly the same file.
 */
import { cp, mkdir, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GENERATED_DIR, writeGeneratedEvents } from '../scripts/generate-events';
import type { EventLabel } from './measure';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export const DATASET_NAMES = ['real', '1000', '10000'] as const;
export type DatasetName = (typeof DATASET_NAMES)[number];

export interface Dataset {
  name: DatasetName;
  /** How the report names it. */
  label: string;
  eventsFile: string;
  events: EventLabel[];
}

const GENERATED_COUNTS: Partial<Record<DatasetName, number>> = { '1000': 1000, '10000': 10_000 };

export function isDatasetName(value: string): value is DatasetName {
  return (DATASET_NAMES as readonly string[]).includes(value);
}

async function readEvents(file: string): Promise<EventLabel[]> {
  return (JSON.parse(await readFile(file, 'utf8')) as { events: EventLabel[] }).events;
}

/**
 * The real events file, and generated ones written afresh each time (the
 * generator is deterministic, and regenerating keeps them passing the
 * current schema).
 */
export async function prepareDatasets(names: readonly DatasetName[]): Promise<Dataset[]> {
  const counts = names.flatMap((name) => GENERATED_COUNTS[name] ?? []);
  if (counts.length > 0) await writeGeneratedEvents(counts, GENERATED_DIR);
  return Promise.all(
    names.map(async (name) => {
      const count = GENERATED_COUNTS[name];
      const eventsFile =
        count === undefined
          ? resolve(ROOT, 'public/data/events.json')
          : join(GENERATED_DIR, `events-${count}.json`);
      const events = await readEvents(eventsFile);
      const label =
        count === undefined
          ? `real data (${events.length} events)`
          : `${count.toLocaleString('en')} generated events`;
      return { name, label, eventsFile, events };
    }),
  );
}

/** Copies a built site to `into` and puts the dataset's events in its data/events.json. */
export async function stageSite(builtDir: string, dataset: Dataset, into: string): Promise<string> {
  await rm(into, { recursive: true, force: true });
  // Source maps are never fetched by the page; copying them would only cost time.
  await cp(builtDir, into, { recursive: true, filter: (source) => !source.endsWith('.map') });
  await mkdir(join(into, 'data'), { recursive: true });
  await cp(dataset.eventsFile, join(into, 'data', 'events.json'));
  return into;
}
