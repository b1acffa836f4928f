import { useTranslation } from 'react-i18next';
import type { ConnectionReport } from '../../../../shared/api/publishingService';
import { useErrorText } from '../../ui/useErrorText';

export type ConnectionState = { state: 'testing' } | { state: 'ok'; report: ConnectionReport } | { state: 'failed'; error: unknown };

/** What "test connection" found: the user and what they may do, or the site's answer in plain words. */
export function ConnectionResult({ result }: { result: ConnectionState }) {
  const { t } = useTranslation('publishing');
  const errorText = useErrorText();
  if (result.state === 'testing') return <p role="status">{t('targets.testing')}</p>;
  if (result.state === 'failed') return <p role="alert" className="connection-failed">{errorText(result.error)}</p>;
  const { report } = result;
  return (
    <ul role="status" className={report.canPublish ? 'connection-ok' : 'connection-failed'}>
      <li>{t('targets.testOk', { user: report.user })}</li>
      <li>{t(report.canPublish ? 'targets.canPublish' : 'targets.cannotPublish')}</li>
      <li>{t(report.canUpload ? 'targets.canUpload' : 'targets.cannotUpload')}</li>
      <li>{t('targets.terms', { categories: report.categories.length, tags: report.tags.length })}</li>
    </ul>
  );
}
