import type { LexicalEditor } from 'lexical';
import type { ComponentType } from 'react';
import type { ArticleFields } from '../../../../shared/model/article';
import type { CommentThread } from '../../../../shared/model/comment';
import type { DraftMeta } from '../../../../shared/model/draft';
import type { ArticleLanguage } from '../../../../shared/model/language';
import type { Source } from '../../../../shared/model/source';
import type { ValueStore } from '../../ui/valueStore';
import { PastePlugin } from '../../editor/plugins/PastePlugin';
import { QuotePlugin } from '../../editor/plugins/QuotePlugin';
import { ArticleFieldsPane } from '../article/ArticleFieldsPane';
import { CommentsPanel } from '../comments/CommentsPanel';
import { CommentsPlugin } from '../comments/CommentsPlugin';
import { ComparePanel } from '../compare/ComparePanel';
import { MediaPlugin } from '../media/MediaPlugin';
import { PreviewPane } from '../preview/PreviewPane';
import { FindingsPanel } from '../proofreading/FindingsPanel';
import { ProofreadingPlugin } from '../proofreading/ProofreadingPlugin';
import { PublishingPanel } from '../publishing/PublishingPanel';
import { ReviewHistoryPanel } from '../review/ReviewHistoryPanel';
import { SourcesPanel } from '../sources/SourcesPanel';
import { SuggestionsPanel } from '../suggestions/SuggestionsPanel';
import { SuggestionsPlugin } from '../suggestions/SuggestionsPlugin';
import type { AutosaveController } from './autosaveController';

/** What an editor extension (plugin or panel) gets from the session. */
export interface EditorExtensionContext {
  draftId: string;
  /** The draft's metadata as opened (dates, authors for exports and the preview). */
  meta: DraftMeta;
  language: ArticleLanguage;
  readOnly: boolean;
  fields: ValueStore<ArticleFields>;
  /** The sources the draft's quotes point to, saved with it; the quote plugin keeps it in sync. */
  sources: ValueStore<Source[]>;
  /** Review comment threads, saved with the draft like the fields. */
  comments: ValueStore<CommentThread[]>;
  /** Undefined while read-only. */
  controller: AutosaveController | undefined;
  /** The live editor, once mounted. */
  getEditor(): LexicalEditor | null;
}

export interface EditorPanel {
  id: string;
  /** i18n key with its namespace, e.g. `article:panel`. */
  label: string;
  /** Side of the editor: `start` is the right in Arabic. */
  side: 'start' | 'end';
  Component: ComponentType<EditorExtensionContext & { onClose(): void }>;
}

/**
 * Plugins of the live editor, rendered inside its composer (quotes, sources,
 * media add theirs here). Each gets the session's context.
 */
export const editorPlugins: Array<ComponentType<EditorExtensionContext>> = [QuotePlugin, ProofreadingPlugin, PastePlugin, MediaPlugin, CommentsPlugin, SuggestionsPlugin];

/** Side panels, each with a toggle at the toolbar's end; several may be open together. */
export const editorPanels: EditorPanel[] = [
  { id: 'fields', label: 'article:panel', side: 'start', Component: ArticleFieldsPane },
  { id: 'sources', label: 'sources:panel.title', side: 'end', Component: SourcesPanel },
  { id: 'comments', label: 'comments:panel', side: 'end', Component: CommentsPanel },
  { id: 'preview', label: 'editor:preview.title', side: 'end', Component: PreviewPane },
  { id: 'proofreading', label: 'proofreading:editor.panel', side: 'end', Component: FindingsPanel },
  { id: 'publishing', label: 'publishing:panel.title', side: 'end', Component: PublishingPanel },
  { id: 'review-history', label: 'review:history.panel', side: 'end', Component: ReviewHistoryPanel },
  { id: 'suggestions', label: 'suggestions:panel.title', side: 'end', Component: SuggestionsPanel },
  { id: 'compare', label: 'compare:panel', side: 'end', Component: ComparePanel },
];
