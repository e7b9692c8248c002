/**
 * Which labels matter most when not all fit: a summit that produced a
 * document, then summits, foreign ministers, telephone talks and visits, and
 * context last. What the reader is looking at outranks everything.
 */
import type { EventKind } from '../../../lib/dataset/schema';

const KIND_PRIORITY: Record<EventKind, number> = {
  summit: 4,
  'foreign-ministers': 3,
  telephone: 2,
  visit: 2,
  context: 1,
};

/** The rank of the event under the cursor, the open one, and events tied to the open document. */
export const FOCUS_PRIORITY = 100;

export function eventPriority(kind: EventKind, producedDocument: boolean, focused = false): number {
  return (
    (focused ? FOCUS_PRIORITY : 0) +
    KIND_PRIORITY[kind] +
    (producedDocument && kind === 'summit' ? 1 : 0)
  );
}
