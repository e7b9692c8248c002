import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/notices/notice';
import { useLanguage } from '../../i18n/use-language';
import { useSavedCopies } from './saved-copy';

const LOCALES = { ja: 'ja-JP', en: 'en-GB', ru: 'ru-RU' } as const;

/**
 * Says so, politely, when the timeline is showing data the service worker
 * saved on an earlier visit: the reader should know it may be out of date.
 * Gives the oldest copy's date when the server sent one.
 */
export function OfflineNotice() {
  const { t } = useTranslation();
  const language = useLanguage();
  const copies = useSavedCopies();
  const [dismissed, setDismissed] = useState(false);
  if (copies.length === 0 || dismissed) return null;

  const times = copies.flatMap((copy) => (copy.savedAt ? [copy.savedAt.getTime()] : []));
  const oldest = times.length > 0 ? new Date(Math.min(...times)) : null;
  return (
    <Notice onDismiss={() => setDismissed(true)}>
      {oldest
        ? t('offline.savedCopyFrom', {
            date: new Intl.DateTimeFormat(LOCALES[language], {
              dateStyle: 'long',
              timeStyle: 'short',
            }).format(oldest),
          })
        : t('offline.savedCopy')}
    </Notice>
  );
}
