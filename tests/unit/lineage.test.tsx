/**
 * The documents' lineage: order, "builds on" edges and relations on the
 * published agreements, and the diagram's buttons in jsdom.
 */
import { screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AgreementLineage } from '../../src/features/lineage/components/agreement-lineage';
import { buildLineage, relationsTo } from '../../src/features/lineage/lineage';
import type { Agreement } from '../../src/lib/dataset/schema';
import { parseAgreements } from '../../src/lib/dataset/validate';
import { useUiStore } from '../../src/stores/ui-store';
import { tokyoDeclaration } from '../fixtures/events';
import { renderWithProviders } from '../test-utils';

const agreements = parseAgreements(
  JSON.parse(readFileSync(resolve(process.cwd(), 'public/data/agreements.json'), 'utf8')),
).records;

function doc(id: string, date: string, references: string[] = []): Agreement {
  return { ...tokyoDeclaration, id, date, references, event: undefined };
}

describe('the lineage', () => {
  it('orders documents by date at any precision, same dates in file order', () => {
    const { ordered } = buildLineage([
      doc('b-day', '1998-04-17'),
      doc('a-month', '1998-04'),
      doc('same-1', '2003-01-10'),
      doc('same-2', '2003-01-10'),
      doc('year', '1956'),
    ]);
    expect(ordered.map((agreement) => agreement.id)).toEqual([
      'year',
      'a-month',
      'b-day',
      'same-1',
      'same-2',
    ]);
  });

  it('draws an edge for each reference the sources state, ignoring unknown ids', () => {
    const { edges } = buildLineage([doc('old', '1956'), doc('new', '2001', ['old', 'missing'])]);
    expect(edges).toEqual([{ from: 'old', to: 'new' }]);
  });

  it('follows the published documents from 1956 to the last of the period', () => {
    const { ordered, edges } = buildLineage(agreements);
    expect(ordered[0]?.id).toBe('1956-japan-soviet-joint-declaration');
    const latest = [...agreements].sort((a, b) => a.date.localeCompare(b.date)).at(-1);
    expect(ordered.at(-1)?.date).toBe(latest?.date);
    expect(edges).toHaveLength(
      agreements.reduce((sum, agreement) => sum + agreement.references.length, 0),
    );
    expect(
      edges.filter((edge) => edge.to === '2001-irkutsk-statement').map((edge) => edge.from),
    ).toEqual([
      '1956-japan-soviet-joint-declaration',
      '1993-tokyo-declaration',
      '1997-krasnoyarsk-agreement',
    ]);
    // Every edge runs forward in time.
    const rank = new Map(ordered.map((agreement, index) => [agreement.id, index]));
    for (const edge of edges) {
      expect(rank.get(edge.from) ?? Infinity).toBeLessThan(rank.get(edge.to) ?? -Infinity);
    }
  });

  it('marks the open document, what it builds on and what builds on it, directly', () => {
    const { edges } = buildLineage(agreements);
    const irkutsk = relationsTo(edges, '2001-irkutsk-statement');
    expect(Object.fromEntries(irkutsk)).toEqual({
      '2001-irkutsk-statement': 'open',
      '1956-japan-soviet-joint-declaration': 'ancestor',
      '1993-tokyo-declaration': 'ancestor',
      '1997-krasnoyarsk-agreement': 'ancestor',
    });
    const krasnoyarsk = relationsTo(edges, '1997-krasnoyarsk-agreement');
    expect(krasnoyarsk.get('1993-tokyo-declaration')).toBe('ancestor');
    expect(krasnoyarsk.get('2000-peace-treaty-statement')).toBe('descendant');
    expect(krasnoyarsk.get('2001-irkutsk-statement')).toBe('descendant');
    // Not a direct relation: the 1956 Declaration is Irkutsk's, not Krasnoyarsk's.
    expect(krasnoyarsk.has('1956-japan-soviet-joint-declaration')).toBe(false);
    expect(relationsTo(edges, null).size).toBe(0);
  });
});

describe('the lineage diagram', () => {
  it('is a list of document buttons in time order that open the document', async () => {
    const { user } = renderWithProviders(
      <AgreementLineage agreements={agreements} openAgreementId="1993-tokyo-declaration" />,
    );
    const list = screen.getByRole('list');
    const buttons = within(list).getAllByRole('button');
    expect(buttons).toHaveLength(agreements.length);
    expect(buttons[0]).toHaveTextContent('1956年日ソ共同宣言');
    expect(buttons[1]).toHaveAttribute('aria-current', 'true');
    const krasnoyarsk = within(list)
      .getAllByRole('listitem')
      .find((item) => within(item).queryByRole('button', { name: /クラスノヤルスク合意/ }));
    expect(krasnoyarsk).toHaveTextContent('表示中の文書を基礎とする');
    expect(krasnoyarsk).toHaveTextContent('基礎とする文書: 東京宣言');

    await user.click(within(list).getByRole('button', { name: /イルクーツク声明/ }));
    expect(useUiStore.getState().selection).toEqual({
      type: 'agreement',
      id: '2001-irkutsk-statement',
    });
  });
});
