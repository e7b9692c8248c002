import type { TFunction } from 'i18next';
import { DataLoadError } from '../../lib/fetch-data-file';

/** Why a data file failed, in the reader's language. */
export function failureReason(t: TFunction, error: Error, file: string): string {
  if (error instanceof DataLoadError) {
    switch (error.failure) {
      case 'network':
        return t('status.failure.network', { file: error.file });
      case 'http':
        return t('status.failure.http', { file: error.file, status: error.status ?? '' });
      case 'json':
        return t('status.failure.json', { file: error.file });
      case 'timeout':
        return t('status.failure.timeout', { file: error.file });
    }
  }
  return t('status.failure.other', { file, message: error.message });
}
