import { useTranslation } from 'react-i18next';
import { Notice } from '../notices/notice';
import { failureReason } from './failure-reason';

interface FileFailureProps {
  /** The data file that failed, as the reader would look for it (`venues.json`). */
  file: string;
  error: Error;
  onRetry: () => void;
}

/** One data file could not be loaded: says which and why, and offers a Retry. */
export function FileFailure({ file, error, onRetry }: FileFailureProps) {
  const { t } = useTranslation();
  return (
    <Notice tone="error" action={{ label: t('status.retry'), onClick: onRetry }}>
      {t('status.fileError', { file, reason: failureReason(t, error, file) })}
    </Notice>
  );
}
