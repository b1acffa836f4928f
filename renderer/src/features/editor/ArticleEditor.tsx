import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { EditorRefPlugin } from '@lexical/react/LexicalEditorRefPlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import type { LexicalEditor } from 'lexical';
import type { CSSProperties, ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleDocument } from '../../../../shared/model/document';
import { directionOf, type ArticleLanguage } from '../../../../shared/model/language';
import { useSettings } from '../../app/AppContext';
import { articleNodes } from '../../editor/nodes/articleNodes';
import { DirectionPlugin } from '../../editor/plugins/DirectionPlugin';
import { FarBlocksPlugin } from '../../editor/plugins/FarBlocksPlugin';
import { HeadlinePlugin } from '../../editor/plugins/HeadlinePlugin';
import { LatinWordSelectionPlugin } from '../../editor/plugins/LatinWordSelectionPlugin';
import { articleTheme } from '../../editor/theme/articleTheme';

interface ArticleEditorProps {
  document: ArticleDocument;
  language: ArticleLanguage;
  editable: boolean;
  label: string;
  editorRef?: RefObject<LexicalEditor | null>;
  /** Rendered inside the composer before the page: the toolbar and the find bar. */
  chrome?: ReactNode;
  /** Plugins of the live editor (typing helpers, autosave, extensions), inside the composer. */
  children?: ReactNode;
  /** What draws a read-only editor's pictures and other decorations (the live editor's plugins draw their own). */
  readOnlyViews?: ReactNode;
}

/** The Lexical article editor; also used read-only to show an old revision. */
export function ArticleEditor({ document, language, editable, label, editorRef, chrome, children, readOnlyViews }: ArticleEditorProps) {
  const direction = directionOf(language);
  const { t } = useTranslation('editor');
  const { screenReader } = useSettings();
  // The fixed top lines say what they are for while empty; CSS shows these through ::before.
  const placeholders = {
    '--placeholder-headline': JSON.stringify(t('placeholder.headline')),
    '--placeholder-kicker': JSON.stringify(t('placeholder.kicker')),
    '--placeholder-lead': JSON.stringify(t('placeholder.lead')),
  } as CSSProperties;
  const initialConfig = {
    namespace: 'midad-article',
    nodes: articleNodes,
    theme: articleTheme,
    editable,
    editorState: JSON.stringify(document),
    onError: (error: Error) => {
      throw error;
    },
  };
  return (
    <LexicalComposer initialConfig={initialConfig}>
      {chrome}
      <div className="article-page" style={placeholders}>
        <RichTextPlugin
          contentEditable={
            // Midad's own proofreading checks the text; the browser's spellchecker would underline
            // the same words again with another dictionary (Electron's window has it off too).
            <ContentEditable className="article-content" aria-label={label} dir={direction} lang={language} spellCheck={false} />
          }
          ErrorBoundary={LexicalErrorBoundary}
        />
      </div>
      <HeadlinePlugin />
      <DirectionPlugin direction={direction} />
      {!screenReader && <FarBlocksPlugin />}
      <LatinWordSelectionPlugin />
      {!editable && readOnlyViews}
      {editable && (
        <>
          <HistoryPlugin />
          <ListPlugin />
          <LinkPlugin />
          {children}
        </>
      )}
      {editorRef && <EditorRefPlugin editorRef={editorRef} />}
    </LexicalComposer>
  );
}
