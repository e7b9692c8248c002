/**
 * The documents view: every document in time order, one row each, with
 * arcs in the left margin for "builds on" (from the earlier document to the
 * later one). The same layout serves phones and desktops; the "builds on"
 * line under each name says in words what the arcs draw. Loaded on demand.
 */
import { useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { textIn } from '../../../i18n/localized';
import { useLanguage } from '../../../i18n/use-language';
import type { Agreement } from '../../../lib/dataset/schema';
import { formatDateSpan } from '../../../lib/dates';
import { useUiStore } from '../../../stores/ui-store';
import { buildLineage, relationsTo } from '../lineage';
import '../lineage.css';

/** Width of the margin the arcs are drawn in, in CSS pixels. */
const GUTTER = 88;

interface RowLayout {
  /** Vertical middle of each row's button, relative to the list. */
  middles: number[];
  height: number;
}

function useRowLayout(listRef: RefObject<HTMLOListElement | null>, count: number): RowLayout {
  const [layout, setLayout] = useState<RowLayout>({ middles: [], height: 0 });
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const measure = () => {
      const top = list.getBoundingClientRect().top;
      const next = [...list.querySelectorAll<HTMLElement>('.lineage__document')].map((button) => {
        const box = button.getBoundingClientRect();
        return Math.round(box.top - top + box.height / 2);
      });
      const height = list.offsetHeight;
      setLayout((previous) =>
        previous.height === height &&
        previous.middles.length === next.length &&
        previous.middles.every((value, index) => value === next[index])
          ? previous
          : { middles: next, height },
      );
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    // Rows grow and shrink as names wrap (narrow screens, the other language).
    const observer = new ResizeObserver(measure);
    observer.observe(list);
    return () => observer.disconnect();
  }, [listRef, count]);
  return layout;
}

export function AgreementLineage({
  agreements,
  openAgreementId,
}: {
  agreements: Agreement[];
  openAgreementId: string | null;
}) {
  const { t } = useTranslation('features');
  const language = useLanguage();
  const selectAgreement = useUiStore((state) => state.selectAgreement);
  const listRef = useRef<HTMLOListElement>(null);
  const { ordered, edges } = useMemo(() => buildLineage(agreements), [agreements]);
  const relations = useMemo(() => relationsTo(edges, openAgreementId), [edges, openAgreementId]);
  const { middles, height } = useRowLayout(listRef, ordered.length);
  const rowOf = new Map(ordered.map((agreement, index) => [agreement.id, index]));
  const byId = new Map(ordered.map((agreement) => [agreement.id, agreement]));
  const label = (agreement: Agreement) => textIn(agreement.shortName ?? agreement.name, language);

  return (
    <section className="lineage" aria-labelledby="lineage-heading">
      <h2 id="lineage-heading" className="lineage__title">
        {t('lineage.label')}
      </h2>
      <p className="muted lineage__note">{t('lineage.note')}</p>
      <div className="lineage__body" style={{ paddingInlineStart: `${GUTTER}px` }}>
        {middles.length === ordered.length && (
          <svg
            className="lineage__arcs"
            width={GUTTER}
            height={height}
            aria-hidden="true"
            focusable="false"
          >
            <defs>
              {/* One arrowhead per arc colour: markers cannot inherit it. */}
              {['', '-related'].map((variant) => (
                <marker
                  key={variant}
                  id={`lineage-arrow${variant}`}
                  className={`lineage__arrow${variant ? ' lineage__arrow--related' : ''}`}
                  viewBox="0 0 10 10"
                  refX="9"
                  refY="5"
                  markerUnits="userSpaceOnUse"
                  markerWidth="9"
                  markerHeight="9"
                  orient="auto"
                >
                  <path d="M0,0 L10,5 L0,10 z" />
                </marker>
              ))}
            </defs>
            {edges.map((edge) => {
              const from = rowOf.get(edge.from) ?? 0;
              const to = rowOf.get(edge.to) ?? 0;
              const y1 = middles[from] ?? 0;
              const y2 = middles[to] ?? 0;
              // Longer spans bulge further, so nested arcs stay apart.
              const bulge = Math.min(GUTTER - 6, 10 + Math.abs(to - from) * 7);
              const edgeX = GUTTER - 2;
              const related =
                openAgreementId !== null &&
                (edge.from === openAgreementId || edge.to === openAgreementId);
              return (
                <path
                  key={`${edge.from}>${edge.to}`}
                  className={`lineage__arc${related ? ' is-related' : ''}${openAgreementId && !related ? ' is-faded' : ''}`}
                  d={`M${edgeX},${y1} C${edgeX - bulge},${y1} ${edgeX - bulge},${y2} ${edgeX},${y2}`}
                  markerEnd={`url(#${related ? 'lineage-arrow-related' : 'lineage-arrow'})`}
                />
              );
            })}
          </svg>
        )}
        <ol ref={listRef} className="lineage__list">
          {ordered.map((agreement) => {
            const relation = relations.get(agreement.id);
            const buildsOn = agreement.references
              .map((id) => byId.get(id))
              .filter((candidate): candidate is Agreement => candidate !== undefined);
            return (
              <li key={agreement.id} className={`lineage__row${relation ? ` is-${relation}` : ''}`}>
                <button
                  type="button"
                  className="lineage__document"
                  aria-current={relation === 'open' ? 'true' : undefined}
                  title={textIn(agreement.name, language)}
                  onClick={() => selectAgreement(agreement.id)}
                >
                  <time className="lineage__date" dateTime={agreement.date}>
                    {formatDateSpan(agreement.date, undefined, language)}
                  </time>
                  <span className="lineage__name">{label(agreement)}</span>
                </button>
                {relation && (
                  <span className={`lineage__relation lineage__relation--${relation}`}>
                    {t(`lineage.${relation}`)}
                  </span>
                )}
                {buildsOn.length > 0 && (
                  <p className="lineage__builds-on muted">
                    {t('lineage.buildsOn', {
                      names: buildsOn.map(label).join(language === 'ja' ? '、' : ', '),
                    })}
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      </div>
    </section>
  );
}
