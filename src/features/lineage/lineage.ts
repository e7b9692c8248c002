/**
 * The documents as a lineage: in time order, with an edge wherever a
 * document builds on an earlier one as the sources state it. Pure, so the
 * diagram and the tests agree.
 */
import type { Agreement } from '../../lib/dataset/schema';

export interface LineageEdge {
  /** The document built on. */
  from: string;
  /** The document that builds on it. */
  to: string;
}

export interface Lineage {
  /** By date; documents of the same date keep their order in the file. */
  ordered: Agreement[];
  edges: LineageEdge[];
}

export function buildLineage(agreements: readonly Agreement[]): Lineage {
  // Partial dates ("1998-04", "1998-04-17") sort correctly as text: a
  // month sorts before the days in it.
  const ordered = [...agreements].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const known = new Set(agreements.map((agreement) => agreement.id));
  const edges = ordered.flatMap((agreement) =>
    agreement.references
      .filter((reference) => known.has(reference))
      .map((reference) => ({ from: reference, to: agreement.id })),
  );
  return { ordered, edges };
}

export type Relation = 'open' | 'ancestor' | 'descendant';

/** How each document relates to the open one: the documents it builds on directly, and those built directly on it. */
export function relationsTo(
  edges: readonly LineageEdge[],
  openId: string | null,
): Map<string, Relation> {
  const relations = new Map<string, Relation>();
  if (!openId) return relations;
  relations.set(openId, 'open');
  for (const edge of edges) {
    if (edge.to === openId && edge.from !== openId) relations.set(edge.from, 'ancestor');
    if (edge.from === openId && edge.to !== openId) relations.set(edge.to, 'descendant');
  }
  return relations;
}
