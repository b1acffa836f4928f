import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Draft } from '../../../../shared/model/draft';
import { useMidad } from '../../app/AppContext';
import { openLibrary } from '../../app/openDraft';
import { useErrorText } from '../../ui/useErrorText';
import { EditorSession } from './EditorSession';

type Loaded = { draft: Draft; readOnly: boolean; heldBy?: string; generation: number };

/** Opens a draft for this window (or read-only when another holds it) and releases it on leave. */
export function EditorView({ id }: { id: string }) {
  const { t } = useTranslation('editor');
  const midad = useMidad();
  const errorText = useErrorText();
  const [loaded, setLoaded] = useState<Loaded>();
  const [error, setError] = useState<unknown>();

  const load = useCallback(
    async (takeOver: boolean, isCurrent: () => boolean = () => true) => {
      try {
        const result = await midad.drafts.open({ id, takeOver });
        if (isCurrent()) setLoaded((previous) => ({ ...result, generation: (previous?.generation ?? 0) + 1 }));
      } catch (caught) {
        if (isCurrent()) setError(caught);
      }
    },
    [midad, id],
  );

  useEffect(() => {
    let current = true;
    void load(false, () => current);
    const release = () => void midad.drafts.close({ id }).catch(() => {});
    window.addEventListener('pagehide', release);
    return () => {
      current = false;
      window.removeEventListener('pagehide', release);
      release();
    };
  }, [midad, id, load]);

  if (error !== undefined) {
    return (
      <div className="editor-error" role="alert">
        <p>{errorText(error)}</p>
        <button type="button" onClick={() => void openLibrary(midad)}>
          {t('backToLibrary')}
        </button>
      </div>
    );
  }
  if (!loaded) return <p className="loading">{t('common:loading')}</p>;
  return (
    <EditorSession
      key={loaded.generation}
      draft={loaded.draft}
      readOnly={loaded.readOnly}
      heldBy={loaded.heldBy}
      onTakeOver={() => void load(true)}
      // A restore or a resolved conflict is announced twice (its answer and the change event): start again once.
      onReplaced={(draft) =>
        setLoaded((previous) =>
          previous?.draft.meta.revisionId === draft.meta.revisionId && !previous.readOnly
            ? previous
            : { draft, readOnly: false, generation: (previous?.generation ?? 0) + 1 },
        )
      }
    />
  );
}
