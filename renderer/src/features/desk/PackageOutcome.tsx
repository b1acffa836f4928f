import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../../../../shared/api/packagesService';
import { useMidad } from '../../app/AppContext';
import { openDraft } from '../../app/openDraft';

/** What receiving a package did, in plain words, with the way to the story it landed in. */
export function PackageOutcome({ result }: { result: ImportResult }) {
  const { t } = useTranslation('desk');
  const midad = useMidad();
  const headline = result.meta.headline || result.package.headline || t('arrivals.untitled');
  return (
    <span className="package-outcome" role="status" data-outcome={result.outcome}>
      {t(`outcome.${result.outcome}`, { headline })}{' '}
      <button type="button" className="link-button" onClick={() => void openDraft(midad, result.meta.id)}>
        {t('package.open')}
      </button>
    </span>
  );
}
