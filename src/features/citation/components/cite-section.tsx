import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../../components/copy-button/copy-button';
import { ALL_LANGUAGES, appTitles, useAllLanguages } from '../../../i18n/all-languages';
import type { Language } from '../../../i18n/index';
import type { Source } from '../../../lib/dataset/schema';
import { today } from '../../../lib/record-link';
import { formatCitation, type Citable } from '../format-citation';
import './cite-section.css';

/**
 * The citation of the open record in every language, each with its own copy
 * button. Loaded only when the reader asks to cite (see ReadingTools); it
 * waits (under ReadingTools' Suspense) for the other languages' strings, for
 * the app's title in each.
 */
export default function CiteSection({
  citable,
  sourcesById,
}: {
  citable: Citable;
  sourcesById: ReadonlyMap<string, Source>;
}) {
  const { t, i18n } = useTranslation('features');
  useAllLanguages(i18n);
  const [shownOn] = useState(today);
  // The address is read when shown and again when copied, and a copy takes
  // the day it is made, so a citation copied later is never stale.
  const citation = (language: Language, accessed = shownOn) =>
    formatCitation(
      citable,
      {
        sourcesById,
        place: window.location,
        accessed,
        appTitle: appTitles(i18n),
      },
      language,
    );

  return (
    <section className="cite" aria-labelledby="panel-cite-title">
      <h3 id="panel-cite-title">{t('cite.title')}</h3>
      {ALL_LANGUAGES.map((language) => (
        <div key={language} className="cite__entry">
          <h4>{t(`cite.in.${language}`)}</h4>
          <p lang={language} className="cite__text">
            {citation(language)}
          </p>
          <CopyButton label={t(`cite.copy.${language}`)} text={() => citation(language, today())} />
        </div>
      ))}
    </section>
  );
}
