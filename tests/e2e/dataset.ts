/** The real dataset, read from disk so tests follow the data rather than copy it. */
import { readFileSync } from 'node:fs';
import type { Agreement, TimelineEvent } from '../../src/lib/dataset/schema';

const file = new URL('../../public/data/events.json', import.meta.url);
export const events = (JSON.parse(readFileSync(file, 'utf8')) as { events: TimelineEvent[] })
  .events;

export function eventById(id: string): TimelineEvent {
  const event = events.find((candidate) => candidate.id === id);
  if (!event) throw new Error(`no event ${id} in public/data/events.json`);
  return event;
}

const agreementsFile = new URL('../../public/data/agreements.json', import.meta.url);
export const agreements = (
  JSON.parse(readFileSync(agreementsFile, 'utf8')) as { agreements: Agreement[] }
).agreements;

export function agreementById(id: string): Agreement {
  const agreement = agreements.find((candidate) => candidate.id === id);
  if (!agreement) throw new Error(`no agreement ${id} in public/data/agreements.json`);
  return agreement;
}
