import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A polite message: role="status" for information, role="alert" for failures. */
export function Notice({
  tone = 'info',
  children,
  action,
  onDismiss,
}: {
  tone?: 'info' | 'warning' | 'error';
  children: ReactNode;
  action?: { label: string; onClick: () => void };
  onDismiss?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div role={tone === 'error' ? 'alert' : 'status'} className={`notice notice--${tone}`}>
      <div className="notice__body">{children}</div>
      {action && (
        <button type="button" onClick={action.onClick}>
          {action.label}
        </button>
      )}
      {onDismiss && (
        <button type="button" onClick={onDismiss}>
          {t('status.dismiss')}
        </button>
      )}
    </div>
  );
}
