import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './publishing.css';
import type { SiteTerms, Target } from '../../../../shared/api/publishingService';
import { useMidad } from '../../app/AppContext';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useErrorText } from '../../ui/useErrorText';
import { ConnectionResult, type ConnectionState } from './ConnectionResult';
import { TargetForm } from './TargetForm';

/** What a successful connection test read of the site's categories and tags, for the mapping pickers. */
function termsOf(result: ConnectionState | undefined): SiteTerms | undefined {
  return result?.state === 'ok' ? { categories: result.report.categories, tags: result.report.tags } : undefined;
}

/** The publishing targets in the settings dialog: list, add, edit, test the connection, remove. */
export function TargetsSection() {
  const { t } = useTranslation('publishing');
  const midad = useMidad();
  const errorText = useErrorText();
  const [targets, setTargets] = useState<Target[]>([]);
  const [editing, setEditing] = useState<string | 'new' | undefined>();
  const [removing, setRemoving] = useState<string | undefined>();
  const [tests, setTests] = useState<Record<string, ConnectionState>>({});
  const [error, setError] = useState<unknown>();

  const reload = useCallback(() => void midad.publishing.listTargets({}).then(setTargets, setError), [midad]);
  useEffect(reload, [reload]);

  const test = (name: string) => {
    setTests((all) => ({ ...all, [name]: { state: 'testing' } }));
    midad.publishing.testTarget({ name }).then(
      (report) => setTests((all) => ({ ...all, [name]: { state: 'ok', report } })),
      (thrown: unknown) => setTests((all) => ({ ...all, [name]: { state: 'failed', error: thrown } })),
    );
  };
  const remove = (name: string) => {
    setRemoving(undefined);
    midad.publishing.removeTarget({ name }).then(reload, setError);
  };
  const done = () => {
    setEditing(undefined);
    reload();
  };

  return (
    <fieldset className="targets-section">
      <legend>{t('targets.title')}</legend>
      {targets.length === 0 && <p>{t('targets.empty')}</p>}
      <ul className="target-list">
        {targets.map((target) => (
          <li key={target.name} aria-label={target.name}>
            <div className="target-summary">
              <strong>{target.name}</strong>
              <span dir="ltr">
                {target.user} @ {target.url}
              </span>
              <button type="button" onClick={() => test(target.name)}>
                {t('targets.test')}
              </button>
              <button type="button" onClick={() => setEditing(target.name)}>
                {t('targets.edit')}
              </button>
              <button type="button" className="danger" onClick={() => setRemoving(target.name)}>
                {t('targets.remove')}
              </button>
            </div>
            {tests[target.name] && <ConnectionResult result={tests[target.name]!} />}
            {editing === target.name && <TargetForm target={target} knownTerms={termsOf(tests[target.name])} onDone={done} />}
          </li>
        ))}
      </ul>
      {editing === 'new' ? (
        <TargetForm onDone={done} />
      ) : (
        <button type="button" onClick={() => setEditing('new')}>
          {t('targets.add')}
        </button>
      )}
      {error !== undefined && <p role="alert">{errorText(error)}</p>}
      {removing && (
        <ConfirmDialog
          title={t('targets.removeTitle')}
          message={t('targets.removeConfirm', { name: removing })}
          confirmLabel={t('targets.remove')}
          onConfirm={() => remove(removing)}
          onCancel={() => setRemoving(undefined)}
        />
      )}
    </fieldset>
  );
}
