import type { LexicalEditor } from 'lexical';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { documentWordCount } from '../../../../shared/editor/documentText';
import type { ArticleDocument } from '../../../../shared/model/document';
import type { Draft } from '../../../../shared/model/draft';
import { useMidad } from '../../app/AppContext';
import { useCommand } from '../../app/commands';
import { openLibrary } from '../../app/openDraft';
import { AutosavePlugin } from '../../editor/plugins/AutosavePlugin';
import { createValueStore } from '../../ui/valueStore';
import { ArticleEditor } from './ArticleEditor';
import { AutosaveController } from './autosaveController';
import { EditorToolbar } from './EditorToolbar';
import { ReadOnlyBanner } from './ReadOnlyBanner';
import { RevisionsPanel } from './RevisionsPanel';
import { StatusBar } from './StatusBar';
import { useSaveTriggers } from './useSaveTriggers';

interface EditorSessionProps {
  draft: Draft;
  readOnly: boolean;
  heldBy: string | undefined;
  onTakeOver: () => void;
  /** A restored revision replaces the document: the session starts again from it. */
  onReplaced: (draft: Draft) => void;
}

/** One draft loaded into the editor, with its autosave, toolbar, revisions and status bar. */
export function EditorSession({ draft, readOnly, heldBy, onTakeOver, onReplaced }: EditorSessionProps) {
  const { t } = useTranslation('editor');
  const midad = useMidad();
  const editorRef = useRef<LexicalEditor | null>(null);
  const [showRevisions, setShowRevisions] = useState(false);
  const wordCount = useMemo(() => createValueStore(draft.meta.wordCount), [draft]);

  const controller = useMemo(
    () =>
      new AutosaveController({
        baseRevisionId: draft.meta.revisionId,
        snapshot: () => editorRef.current!.getEditorState().toJSON() as unknown as ArticleDocument,
        save: (request) => midad.drafts.save({ id: draft.meta.id, ...request }),
        onSaved: (_meta, document) => wordCount.set(documentWordCount(document)),
      }),
    [midad, draft, wordCount],
  );
  // Leaving the editor inside the page (back to the library, a restore) saves what is pending.
  useEffect(() => {
    controller.start();
    return () => {
      void controller.flush();
      controller.stop();
    };
  }, [controller]);
  useSaveTriggers(readOnly ? undefined : controller);

  useCommand('save-checkpoint', () => {
    if (!readOnly) void controller.checkpoint();
  });
  useCommand('close', () => {
    const leave = async () => {
      if (!readOnly) await controller.flush();
      await midad.drafts.close({ id: draft.meta.id });
      await openLibrary(midad);
    };
    void leave();
  });

  useEffect(() => {
    document.title = draft.meta.headline || t('library:untitled');
  }, [draft, t]);

  return (
    <div className="editor-window">
      {readOnly && <ReadOnlyBanner heldBy={heldBy} onTakeOver={onTakeOver} />}
      <div className="editor-body">
        <div className="editor-main">
          <ArticleEditor
            document={draft.document}
            language={draft.meta.language}
            editable={!readOnly}
            label={t('contentLabel')}
            editorRef={editorRef}
          >
            {!readOnly && <AutosavePlugin controller={controller} />}
            <EditorToolbar>
              <button type="button" onClick={() => void openLibrary(midad)}>
                {t('backToLibrary')}
              </button>
              <button type="button" disabled={readOnly} onClick={() => void controller.checkpoint()}>
                {t('checkpoint')}
              </button>
              <button type="button" aria-pressed={showRevisions} onClick={() => setShowRevisions((value) => !value)}>
                {t('revisions.title')}
              </button>
            </EditorToolbar>
          </ArticleEditor>
        </div>
        {showRevisions && (
          <RevisionsPanel
            draftId={draft.meta.id}
            language={draft.meta.language}
            beforeRestore={() => (readOnly ? Promise.resolve() : controller.flush())}
            onRestored={onReplaced}
            onClose={() => setShowRevisions(false)}
          />
        )}
      </div>
      <StatusBar controller={readOnly ? undefined : controller} wordCount={wordCount} language={draft.meta.language} />
    </div>
  );
}
