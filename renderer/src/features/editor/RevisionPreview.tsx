import { useTranslation } from 'react-i18next';
import type { RevisionSummary } from '../../../../shared/model/draft';
import type { ArticleLanguage } from '../../../../shared/model/language';
import { useMidad } from '../../app/AppContext';
import { useErrorText } from '../../ui/useErrorText';
import { useDraftsQuery } from '../library/useDraftsQuery';
import { MediaView } from '../media/MediaView';
import { ArticleEditor } from './ArticleEditor';

interface RevisionPreviewProps {
  draftId: string;
  revision: RevisionSummary;
  language: ArticleLanguage;
  onRestore: () => void;
  onClose: () => void;
}

/** An old revision in a second, read-only editor. */
export function RevisionPreview({ draftId, revision, language, onRestore, onClose }: RevisionPreviewProps) {
  const { t } = useTranslation('editor');
  const midad = useMidad();
  const errorText = useErrorText();
  const { data, error } = useDraftsQuery(
    () => midad.drafts.revision({ id: draftId, revisionId: revision.id }),
    [draftId, revision.id],
  );

  return (
    <section className="revision-preview" aria-label={t('revisions.preview')}>
      {error !== undefined && <p role="alert">{errorText(error)}</p>}
      {data && (
        <ArticleEditor
          key={revision.id}
          document={data.document}
          language={language}
          editable={false}
          label={t('revisions.previewContent')}
          readOnlyViews={<MediaView draftId={draftId} />}
        />
      )}
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onRestore}>
          {t('revisions.restore')}
        </button>
        <button type="button" onClick={onClose}>
          {t('common:close')}
        </button>
      </div>
    </section>
  );
}
