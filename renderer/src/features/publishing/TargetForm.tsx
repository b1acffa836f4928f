import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mediaTags } from '../../../../shared/model/article';
import type { SiteTerms, Target, TargetMappings } from '../../../../shared/api/publishingService';
import { useMidad } from '../../app/AppContext';
import { useErrorText } from '../../ui/useErrorText';
import { FlagMappingFields } from './FlagMappingFields';
import { SectionMappingFields } from './SectionMappingFields';

const NO_MAPPINGS: TargetMappings = { mediaTags: {}, authors: {}, sections: {} };

interface TargetFormProps {
  /** Absent when adding a target. */
  target?: Target;
  /** The site's categories and tags if a connection test already read them. */
  knownTerms?: SiteTerms;
  onDone: () => void;
}

/**
 * Adds a WordPress target or edits one's mappings and password. The password
 * is write-only: the API never returns it, an empty field keeps the saved one.
 * Name, address and user identify the target; changing them means a new one.
 */
export function TargetForm({ target, knownTerms, onDone }: TargetFormProps) {
  const { t } = useTranslation('publishing');
  const midad = useMidad();
  const errorText = useErrorText();
  const [name, setName] = useState(target?.name ?? '');
  const [url, setUrl] = useState(target?.url ?? 'https://');
  const [user, setUser] = useState(target?.user ?? '');
  const [password, setPassword] = useState('');
  const [mappings, setMappings] = useState<TargetMappings>(target?.mappings ?? NO_MAPPINGS);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [terms, setTerms] = useState<SiteTerms | undefined>(knownTerms);
  const [termsState, setTermsState] = useState<{ loading: true } | { loading: false; error?: unknown }>({ loading: false });

  const complete = target ? true : name.trim() !== '' && user.trim() !== '' && password !== '' && /^https?:\/\/./.test(url);
  const submit = async () => {
    setBusy(true);
    try {
      if (!target) {
        await midad.publishing.addTarget({ name, type: 'wordpress', url, user, password, mappings });
      } else {
        await midad.publishing.setMappings({ name: target.name, mappings });
        if (password) await midad.publishing.setPassword({ name: target.name, password });
      }
      onDone();
    } catch (thrown) {
      setError(thrown);
    } finally {
      setBusy(false);
    }
  };

  const loadTerms = (name: string) => {
    setTermsState({ loading: true });
    midad.publishing.siteTerms({ name }).then(
      (loaded) => {
        setTerms(loaded);
        setTermsState({ loading: false });
      },
      (thrown: unknown) => setTermsState({ loading: false, error: thrown }),
    );
  };

  return (
    // Not a <form>: it sits inside the settings dialog's form, and forms do not nest.
    <div role="group" aria-label={target?.name ?? t('targets.add')} className="target-form">
      <label>
        {t('targets.name')}
        <input type="text" required pattern="[A-Za-z0-9][A-Za-z0-9_\-]{0,63}" dir="ltr" value={name} disabled={!!target} onChange={(event) => setName(event.target.value)} />
      </label>
      <label>
        {t('targets.url')}
        <input type="url" required dir="ltr" value={url} disabled={!!target} onChange={(event) => setUrl(event.target.value)} />
      </label>
      <label>
        {t('targets.user')}
        <input type="text" required dir="ltr" autoComplete="off" value={user} disabled={!!target} onChange={(event) => setUser(event.target.value)} />
      </label>
      <label>
        {t('targets.password')}
        <input
          type="password"
          dir="ltr"
          autoComplete="new-password"
          required={!target}
          placeholder={target ? t('targets.passwordKeep') : undefined}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
      </label>
      <details>
        <summary>{t('targets.mappings')}</summary>
        {target ? (
          <p className="site-terms">
            <button type="button" disabled={termsState.loading} onClick={() => loadTerms(target.name)}>
              {t(terms ? 'targets.reloadTerms' : 'targets.loadTerms')}
            </button>
            {termsState.loading && <span role="status">{t('targets.loadingTerms')}</span>}
            {!termsState.loading && termsState.error !== undefined && <span role="alert">{errorText(termsState.error)}</span>}
          </p>
        ) : (
          <p>{t('targets.termsAfterSave')}</p>
        )}
        <FlagMappingFields legend={t('targets.breaking')} value={mappings.breaking} terms={terms} onChange={(breaking) => setMappings({ ...mappings, breaking })} />
        {mediaTags.map((tag) => (
          <FlagMappingFields
            key={tag}
            legend={t(`article:mediaTags.${tag}`)}
            value={mappings.mediaTags[tag]}
            terms={terms}
            onChange={(value) => setMappings({ ...mappings, mediaTags: { ...mappings.mediaTags, [tag]: value } })}
          />
        ))}
        <SectionMappingFields value={mappings.sections} categories={terms?.categories} onChange={(sections) => setMappings({ ...mappings, sections })} />
      </details>
      {error !== undefined && <p role="alert">{errorText(error)}</p>}
      <div className="dialog-actions">
        <button type="button" className="primary" disabled={busy || !complete} onClick={() => void submit()}>
          {t('targets.save')}
        </button>
        <button type="button" onClick={onDone}>
          {t('common:cancel')}
        </button>
      </div>
    </div>
  );
}
