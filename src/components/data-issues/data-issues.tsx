import { useTranslation } from 'react-i18next';
import { formatIssue, type DataIssue } from '../../lib/dataset/validate';
import { Notice } from '../notices/notice';

/** Says which records were left out and why, while the rest is shown. */
export function DataIssues({ issues }: { issues: DataIssue[] }) {
  const { t } = useTranslation();
  if (issues.length === 0) return null;
  const records = new Set(issues.map((issue) => `${issue.file}|${issue.record ?? ''}`));
  return (
    <Notice tone="warning">
      <p>{t('status.dataIssues', { count: records.size })}</p>
      <ul>
        {issues.map((issue, index) => (
          <li key={index}>
            <code>{formatIssue(issue)}</code>
          </li>
        ))}
      </ul>
    </Notice>
  );
}
