import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { renderArticleHtml } from '../../../../shared/editor/export/articleHtml';
import type { ArticleDocument } from '../../../../shared/model/document';
import { useMidad, useSettings } from '../../app/AppContext';
import { SidePanel } from '../../ui/SidePanel';
import type { EditorExtensionContext } from '../editor/editorExtensions';
import { assetIdsOf } from './assetIds';

/** Long enough that a burst of typing renders once, short enough to feel live. */
const RENDER_DELAY_MS = 600;

/**
 * The article as it will be published: the HTML export's own output (the
 * renderer publishing uses), shown in a sandboxed frame with no scripts. It is
 * rendered a moment after edits stop, never per keystroke; pictures are loaded
 * once from the draft's assets and passed in as data: URLs.
 */
export function PreviewPane({ draftId, meta, fields, sources, getEditor, onClose }: EditorExtensionContext & { onClose(): void }) {
  const { t } = useTranslation('editor');
  const midad = useMidad();
  const settings = useSettings();
  const [rendered, setRendered] = useState({ html: '', version: 0 });
  const assetUrls = useRef(new Map<string, string>());
  // The panel can mount in the same commit as the editor, before its ref is set: look again shortly.
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const editor = getEditor();
    if (!editor) {
      const retry = setTimeout(() => setAttempt((count) => count + 1), 50);
      return () => clearTimeout(retry);
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    let active = true;
    const render = async () => {
      const document = editor.getEditorState().toJSON() as unknown as ArticleDocument;
      const wanted = assetIdsOf(document);
      if (fields.get().featuredImage) wanted.add(fields.get().featuredImage!);
      for (const assetId of wanted) {
        if (assetUrls.current.has(assetId)) continue;
        const asset = await midad.assets.get({ draftId, assetId }).catch(() => undefined);
        if (asset) assetUrls.current.set(assetId, `data:${asset.mime};base64,${asset.base64}`);
      }
      if (!active) return;
      const html = renderArticleHtml({
          draft: { meta, document, fields: fields.get(), sources: sources.get() },
          settings,
          assets: (assetId) => assetUrls.current.get(assetId),
          standalone: true,
          document: window.document.implementation.createHTMLDocument(''),
      });
      setRendered((previous) => (previous.html === html ? previous : { html, version: previous.version + 1 }));
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void render(), RENDER_DELAY_MS);
    };
    void render();
    const unsubscribers = [
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
        if (dirtyElements.size > 0 || dirtyLeaves.size > 0) schedule();
      }),
      fields.subscribe(schedule),
      sources.subscribe(schedule),
    ];
    return () => {
      active = false;
      clearTimeout(timer);
      for (const unsubscribe of unsubscribers) unsubscribe();
    };
    // getEditor reads a ref: a new closure each render is the same editor.
  }, [midad, draftId, meta, fields, sources, settings, attempt]);

  return (
    <SidePanel className="preview-panel" title={t('preview.title')} onClose={onClose}>
      {/*
        sandbox="" with no tokens: no scripts, no forms, no navigation out of the frame.
        A new frame per version: Chromium does not reload a sandboxed frame whose srcdoc changes.
      */}
      {rendered.html && (
        <iframe key={rendered.version} className="preview-frame" title={t('preview.frame')} sandbox="" srcDoc={rendered.html} />
      )}
    </SidePanel>
  );
}
