import { $createParagraphNode, $createTextNode, $getRoot, IS_BOLD, IS_ITALIC } from 'lexical';
import { $createDeletionNode } from '../../../editor/nodes/DeletionNode';
import { $createFormatChangeNode } from '../../../editor/nodes/FormatChangeNode';
import { $createHeadlineNode } from '../../../editor/nodes/HeadlineNode';
import { $createInsertionNode } from '../../../editor/nodes/InsertionNode';
import { $createQuoteNode } from '../../../editor/nodes/QuoteNode';
import { editorWith } from '../../../editor/testing/nodeHarness';
import type { ArticleDocument } from '../../../model/document';

const meta = { author: 'سعاد', at: '2026-11-22T10:00:00.000Z' };

/** A headline with an inserted word and a paragraph with every kind of suggestion. */
export function suggestedDocument(): ArticleDocument {
  const editor = editorWith(() => {
    $getRoot().append(
      $createHeadlineNode().append(
        $createTextNode('الحكومة تعلن خطة'),
        $createInsertionNode({ suggestionId: 's-head', ...meta }).append($createTextNode(' جديدة')),
      ),
      $createParagraphNode().append(
        $createTextNode('قال الوزير '),
        $createDeletionNode({ suggestionId: 's-rep', ...meta }).append($createTextNode('أمس')),
        $createInsertionNode({ suggestionId: 's-rep', ...meta }).append($createTextNode('اليوم')),
        $createTextNode(' إن '),
        $createFormatChangeNode({ suggestionId: 's-fmt', ...meta }, IS_ITALIC).append($createTextNode('الخطة').setFormat(IS_BOLD)),
        $createTextNode(' '),
        $createQuoteNode('speech', { sourceId: 'minister-0001' })
          .append($createTextNode('ستنجح'))
          .setAttributionSuggestion({ suggestionId: 's-src', ...meta, attribution: { sourceId: 'spokesman-0002' } }),
      ),
    );
  });
  return editor.getEditorState().toJSON() as unknown as ArticleDocument;
}
