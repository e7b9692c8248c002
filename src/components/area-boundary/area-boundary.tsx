import type { ReactNode } from 'react';
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';

function AreaFallback({ resetErrorBoundary }: FallbackProps) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="notice notice--error">
      <p>{t('errors.area')}</p>
      <button type="button" onClick={resetErrorBoundary}>
        {t('errors.tryAgain')}
      </button>
    </div>
  );
}

/** One failing area (timeline, panel, list) leaves the rest of the page usable. */
export function AreaBoundary({ children }: { children: ReactNode }) {
  return <ErrorBoundary FallbackComponent={AreaFallback}>{children}</ErrorBoundary>;
}
