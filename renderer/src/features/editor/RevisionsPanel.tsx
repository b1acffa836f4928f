import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Draft, RevisionSummary } from '../../../../shared/model/draft';
import type { ArticleLanguage } from '../../../../shared/model/language';
import { useMidad, useSettings } from '../../app/AppContext';
import { formatDateTime } from '../../i18n/formatTime';
import { SidePanel } from '../../ui/SidePanel';
import { useErrorText } from '../../ui/useErrorText';
import { useDraftsQuery } from '../library/useDraftsQuery';
import { RevisionPreview } from './RevisionPreview';

interface RevisionsPanelProps {
  draftId: string;
  language: ArticleLanguage;
  /** Saves pending text first, so restoring never loses what was typed. */
  beforeRestore: () => Promise<void>;
  onRestored: (draft: Draft) => void;
  /** Opens the comparison of a revision with the current text. */
  onCompare?: (revision: RevisionSummary) => void;
  onClose: () => void;
}

/** The draft's revisions, newest first; one can be opened read-only and restored. */
export function RevisionsPanel({ draftId, language, beforeRestore, onRestored, onCompare, onClose }: RevisionsPanelProps) {
  const { t } = useTranslation('editor');
  const midad = useMidad();
  const { uiLanguage } = useSettings();
  const errorText = useErrorText();
  const [selected, setSelected] = useState<RevisionSummary>();
  const [restoreError, setRestoreError] = useState<unknown>();
  const { data: revisions, error } = useDraftsQuery(() => midad.drafts.revisions({ id: draftId }), [draftId]);

  const restore = async (revision: RevisionSummary) => {
    try {
      await beforeRestore();
      onRestored(await midad.drafts.restoreRevision({ id: draftId, revisionId: revision.id }));
    } catch (caught) {
      setRestoreError(caught);
    }
  };

  return (
    <SidePanel className="side-panel revisions-panel" title={t('revisions.title')} onClose={onClose}>
      {(error ?? restoreError) !== undefined && <p role="alert">{errorText(error ?? restoreError)}</p>}
      <ol className="revision-list">
        {revisions?.map((revision) => {
          const when = formatDateTime(revision.createdAt, uiLanguage);
          const kind = t(`revisions.kind.${revision.kind}`);
          return (
            <li key={revision.id}>
              <button
                type="button"
                className="link-button"
                aria-pressed={selected?.id === revision.id}
                onClick={() => setSelected(revision)}
              >
                <span className="revision-kind">{kind}</span> <time dateTime={revision.createdAt}>{when}</time>
              </button>
              <span className="muted">
                {revision.author ? `${revision.author} · ` : ''}
                {t('wordCount', { count: revision.wordCount })}
              </span>
            </li>
          );
        })}
      </ol>
      {selected && onCompare && (
        <button type="button" onClick={() => onCompare(selected)}>
          {t('compare:withCurrent')}
        </button>
      )}
      {selected && (
        <RevisionPreview
          draftId={draftId}
          revision={selected}
          language={language}
          onRestore={() => void restore(selected)}
          onClose={() => setSelected(undefined)}
        />
      )}
    </SidePanel>
  );
}
