import { useTranslation } from 'react-i18next';
import { PanelSection } from '../side-panel/panel-section';
import { ParallelText } from '../side-panel/parallel-text';
import type { Citation, Source } from '../../lib/dataset/schema';

/** The language a verbatim excerpt is in, for screen readers: the page's own. */
function excerptLanguage(excerpt: string): string {
  if (/[\u3040-\u30ff\u4e00-\u9fff]/u.test(excerpt)) return 'ja';
  if (/[а-яё]/iu.test(excerpt)) return 'ru';
  return 'en';
}

/** Where each fact comes from: the page, its publisher, and where in it. */
export function Citations({
  citations,
  sourcesById,
}: {
  citations: Citation[];
  sourcesById: ReadonlyMap<string, Source>;
}) {
  const { t } = useTranslation();
  return (
    <PanelSection id="panel-sources" title={t('panel.sources')}>
      <ul className="citations">
        {citations.map((citation, index) => {
          const source = sourcesById.get(citation.source);
          return (
            <li key={`${citation.source}-${index}`}>
              <ParallelText>
                {(language) => {
                  const title = source ? source.title[language] : citation.source;
                  return (
                    <>
                      {source && (
                        <span className="citations__publisher">{source.publisher[language]}: </span>
                      )}
                      {source?.url ? (
                        <a href={source.url} target="_blank" rel="noopener noreferrer">
                          {title}
                        </a>
                      ) : (
                        <span>{title}</span>
                      )}
                      <span className="citations__at"> — {citation.at[language]}</span>
                      {source?.basis === 'secondary' && (
                        <span className="badge badge--secondary">
                          {' '}
                          {t('panel.secondarySource')}
                        </span>
                      )}
                    </>
                  );
                }}
              </ParallelText>
              {citation.dateExcerpt && (
                // Verbatim, in the page's own language: it is what a reader checks the day against.
                <blockquote
                  className="citations__excerpt"
                  lang={excerptLanguage(citation.dateExcerpt)}
                >
                  <span className="visually-hidden">{t('panel.dateExcerpt')}: </span>
                  {citation.dateExcerpt}
                </blockquote>
              )}
            </li>
          );
        })}
      </ul>
      <p className="citations__note">{t('panel.translationNote')}</p>
    </PanelSection>
  );
}
