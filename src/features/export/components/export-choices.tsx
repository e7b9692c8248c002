import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { appTitles, loadAllLanguages } from '../../../i18n/all-languages';
import { dataFileQueryOptions } from '../../../lib/dataset/data-file-query';
import type { TimelineEvent } from '../../../lib/dataset/schema';
import type { Dataset } from '../../../lib/dataset/validate';
import { parseVenues, type Venue } from '../../../lib/dataset/venues';
import { today } from '../../../lib/record-link';
import { exportFile, saveFile, type ExportKind } from '../export-files';
import './export-choices.css';

type Status = { tone: 'working' | 'done' | 'error'; text: string } | null;

/** The Export menu's choices, loaded when the reader first opens it. */
export default function ExportChoices({
  events,
  dataset,
  rootRef,
  onClose,
}: {
  events: TimelineEvent[];
  dataset: Dataset;
  /** The whole menu, toggle included: a click outside it closes the menu. */
  rootRef: RefObject<HTMLElement | null>;
  onClose: (returnFocus: boolean) => void;
}) {
  const { t, i18n } = useTranslation('features');
  const [status, setStatus] = useState<Status>(null);
  const busyRef = useRef(false);
  const queryClient = useQueryClient();
  // From the query cache when the map has loaded them; venues.json is
  // optional, so without it the rest of the dataset is exported all the same.
  // Here rather than in the menu, so the venue schema stays out of the first view.
  const loadVenues = useCallback(
    (): Promise<Venue[] | undefined> =>
      queryClient.query(dataFileQueryOptions('venues', parseVenues)).then(
        (parsed) => parsed.records,
        () => undefined,
      ),
    [queryClient],
  );

  // A click or tap anywhere else closes the menu, and Escape closes it
  // before the details panel does (the panel listens for Escape too, and
  // leaves one already handled): hence the capture phase.
  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) onClose(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      onClose(rootRef.current?.contains(document.activeElement) ?? false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown, true);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown, true);
    };
  }, [rootRef, onClose]);

  const download = async (kind: ExportKind) => {
    // Not `disabled` while busy: that would drop the keyboard focus to the page.
    if (busyRef.current) return;
    busyRef.current = true;
    setStatus({ tone: 'working', text: t('export.working') });
    try {
      // The dataset's title in every language, so every language's strings.
      if (kind === 'dataset') await loadAllLanguages(i18n);
      const file = exportFile(kind, {
        events,
        dataset,
        venues: kind === 'dataset' ? await loadVenues() : undefined,
        place: window.location,
        today: today(),
        appTitle: appTitles(i18n),
      });
      saveFile(file);
      setStatus({ tone: 'done', text: t('export.done', { file: file.name }) });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setStatus({ tone: 'error', text: t('export.failed', { reason }) });
    } finally {
      busyRef.current = false;
    }
  };

  const count = events.length;
  const choices: { kind: ExportKind; label: string }[] = [
    { kind: 'shown-csv', label: t('export.shownCsv', { count }) },
    { kind: 'shown-json', label: t('export.shownJson', { count }) },
    { kind: 'dataset', label: t('export.dataset') },
  ];

  return (
    <div className="export-menu__choices">
      <ul className="plain-list">
        {choices.map((choice) => (
          <li key={choice.kind}>
            <button
              type="button"
              className="export-menu__choice"
              onClick={() => void download(choice.kind)}
            >
              {choice.label}
            </button>
          </li>
        ))}
      </ul>
      <p
        role="status"
        className={`export-menu__status export-menu__status--${status?.tone ?? 'idle'}`}
      >
        {status?.text}
      </p>
    </div>
  );
}
