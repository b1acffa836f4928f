import type { LexicalEditor } from 'lexical';
import { useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleFields } from '../../../../shared/model/article';
import type { CommentThread } from '../../../../shared/model/comment';
import type { ArticleDocument } from '../../../../shared/model/document';
import type { Draft } from '../../../../shared/model/draft';
import type { Source } from '../../../../shared/model/source';
import { directionOf } from '../../../../shared/model/language';
import { useMidad, useSettings } from '../../app/AppContext';
import { useCommand } from '../../app/commands';
import { openLibrary } from '../../app/openDraft';
import { AutosavePlugin } from '../../editor/plugins/AutosavePlugin';
import { HeadlineLengthPlugin } from '../../editor/plugins/HeadlineLengthPlugin';
import { MarkdownShortcutsPlugin } from '../../editor/plugins/MarkdownShortcutsPlugin';
import { TypingHelpersPlugin } from '../../editor/plugins/TypingHelpersPlugin';
import { createValueStore } from '../../ui/valueStore';
import { FindBar } from '../find/FindBar';
import { ArticleEditor } from './ArticleEditor';
import { AutosaveController } from './autosaveController';
import { countArticle } from './counters';
import { editorPanels, editorPlugins, type EditorExtensionContext } from './editorExtensions';
import { EditorToolbar } from './EditorToolbar';
import { ReadOnlyBanner } from './ReadOnlyBanner';
import { RevisionsPanel } from './RevisionsPanel';
import { compareRequest } from '../compare/compareRequest';
import { StatusBar } from './StatusBar';
import { useSaveTriggers } from './useSaveTriggers';
import { useSessionView } from './useSessionView';
import { storedRevision } from '../review/storedRevision';
import { TransitionBar } from '../review/TransitionBar';
import { DeskBar } from '../desk/DeskBar';

interface EditorSessionProps {
  draft: Draft;
  readOnly: boolean;
  heldBy: string | undefined;
  onTakeOver: () => void;
  /** A restored revision replaces the document: the session starts again from it. */
  onReplaced: (draft: Draft) => void;
}

/** One draft loaded into the editor, with its autosave, toolbar, fields, panels and status bar. */
export function EditorSession({ draft, readOnly, heldBy, onTakeOver, onReplaced }: EditorSessionProps) {
  const { t } = useTranslation('editor');
  const midad = useMidad();
  const settings = useSettings();
  const editorRef = useRef<LexicalEditor | null>(null);
  const [showRevisions, setShowRevisions] = useState(false);
  const counts = useMemo(() => createValueStore(countArticle(draft.document)), [draft]);
  const headlineLength = useMemo(() => createValueStore(0), []);
  const fields = useMemo(() => createValueStore<ArticleFields>(draft.fields), [draft]);

  const sources = useMemo(() => createValueStore<Source[]>(draft.sources), [draft]);
  const comments = useMemo(() => createValueStore<CommentThread[]>(draft.comments), [draft]);

  // The parent passes a new callback on each render; the controller lives as long as the draft.
  const replaced = useRef(onReplaced);
  replaced.current = onReplaced;
  const controller = useMemo(
    () =>
      new AutosaveController({
        baseRevisionId: draft.meta.revisionId,
        snapshot: () => editorRef.current!.getEditorState().toJSON() as unknown as ArticleDocument,
        // Fields and sources are read with the document's snapshot, so one save carries all three as they were.
        save: (request) => midad.drafts.save({ id: draft.meta.id, ...request, fields: fields.get(), sources: sources.get(), comments: comments.get() }),
        onSaved: (_meta, document) => counts.set(countArticle(document)),
        stored: (base) => storedRevision(midad, draft.meta.id, base),
        // Nothing unsaved here and the text changed elsewhere (a package taken, a conflict resolved): show it.
        reload: () => void midad.drafts.open({ id: draft.meta.id }).then(({ draft: stored }) => replaced.current(stored)),
      }),
    [midad, draft, counts, fields, sources, comments],
  );
  // Leaving the editor inside the page (back to the library, a restore) saves what is pending.
  useEffect(() => {
    controller.start();
    return () => {
      void controller.flush();
      controller.stop();
    };
  }, [controller]);
  // A review step taken here, in another window or by the CLI moves the revision on: adopt it, or say it conflicts.
  useEffect(
    () => (readOnly ? undefined : midad.drafts.onDidChange(({ ids }) => void (ids.includes(draft.meta.id) && controller.reconcile()))),
    [midad, draft, controller, readOnly],
  );
  // A field is part of the draft: changing one is an edit like typing.
  useEffect(() => fields.subscribe(() => controller.markChanged()), [fields, controller]);
  useEffect(() => comments.subscribe(() => controller.markChanged()), [comments, controller]);
  useSaveTriggers(readOnly ? undefined : controller);
  const view = useSessionView();

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

  const context: EditorExtensionContext = {
    draftId: draft.meta.id,
    meta: draft.meta,
    language: draft.meta.language,
    readOnly,
    fields,
    sources,
    comments,
    controller: readOnly ? undefined : controller,
    getEditor: () => editorRef.current,
  };
  const panels = (side: 'start' | 'end') =>
    editorPanels
      .filter((panel) => panel.side === side && view.openPanels.has(panel.id))
      .map(({ id, Component }) => <Component key={id} {...context} onClose={() => view.togglePanel(id)} />);
  const direction = directionOf(draft.meta.language);

  return (
    <div className={view.focusMode ? 'editor-window focus-mode' : 'editor-window'} style={{ '--editor-zoom': view.zoom } as CSSProperties}>
      {readOnly && <ReadOnlyBanner heldBy={heldBy} onTakeOver={onTakeOver} />}
      <div className="editor-body">
        {!view.focusMode && panels('start')}
        <div className="editor-main">
          <ArticleEditor
            document={draft.document}
            language={draft.meta.language}
            editable={!readOnly}
            label={t('contentLabel')}
            editorRef={editorRef}
            chrome={
              <>
                <EditorToolbar articleDirection={direction}>
                  <button type="button" onClick={() => void openLibrary(midad)}>
                    {t('backToLibrary')}
                  </button>
                  <button type="button" disabled={readOnly} onClick={() => void controller.checkpoint()}>
                    {t('checkpoint')}
                  </button>
                  {editorPanels.map((panel) => (
                    <button key={panel.id} type="button" aria-pressed={view.openPanels.has(panel.id)} onClick={() => view.togglePanel(panel.id)}>
                      {t(panel.label)}
                    </button>
                  ))}
                  <button type="button" aria-pressed={showRevisions} onClick={() => setShowRevisions((value) => !value)}>
                    {t('revisions.title')}
                  </button>
                  <button type="button" aria-pressed={view.focusMode} onClick={view.toggleFocusMode}>
                    {t('focusMode')}
                  </button>
                </EditorToolbar>
                <TransitionBar {...context} />
                <DeskBar {...context} onReplaced={onReplaced} />
                <HeadlineLengthPlugin length={headlineLength} />
                {view.find && <FindBar withReplace={view.find === 'replace'} onClose={view.closeFind} />}
              </>
            }
          >
            {!readOnly && (
              <>
                <AutosavePlugin controller={controller} />
                <TypingHelpersPlugin
                  arabicPunctuation={settings.houseStyle.arabicPunctuation}
                  quotationMarks={settings.houseStyle.quotationMarks}
                  articleDirection={direction}
                />
                <MarkdownShortcutsPlugin />
                {editorPlugins.map((Plugin, index) => (
                  <Plugin key={index} {...context} />
                ))}
              </>
            )}
          </ArticleEditor>
          {view.focusMode && (
            <button type="button" className="leave-focus" onClick={view.toggleFocusMode}>
              {t('leaveFocusMode')}
            </button>
          )}
        </div>
        {!view.focusMode && panels('end')}
        {!view.focusMode && showRevisions && (
          <RevisionsPanel
            draftId={draft.meta.id}
            language={draft.meta.language}
            beforeRestore={() => (readOnly ? Promise.resolve() : controller.flush())}
            onRestored={onReplaced}
            onCompare={(revision) => {
              compareRequest.set({ draftId: draft.meta.id, from: revision.id });
              if (!view.openPanels.has('compare')) view.togglePanel('compare');
            }}
            onClose={() => setShowRevisions(false)}
          />
        )}
      </div>
      {!view.focusMode && (
        <StatusBar
          controller={readOnly ? undefined : controller}
          counts={counts}
          headlineLength={headlineLength}
          language={draft.meta.language}
          zoom={view.zoom}
        />
      )}
    </div>
  );
}
