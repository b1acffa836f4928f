import { $createParagraphNode, $createTextNode, $getRoot, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $setBlockId } from '../../editor/blockIds';
import { editorWith, serializedBlocks } from '../../editor/testing/nodeHarness';
import type { ArticleDocument } from '../../model/document';
import { documentAsRejected, pendingSuggestionCount } from './documentAsRejected';
import { $listSuggestions } from './listSuggestions';
import { $acceptSuggestion, $rejectSuggestion } from './resolveSuggestions';
import { $setSuggestedSplit } from './suggestedSplit';

const meta = { suggestionId: 's-split', author: 'سعاد', at: '2026-11-22T10:00:00.000Z' };

/** "أعلنت الحكومة خطة جديدة" split by an editor after "الحكومة ". */
function splitParagraph(): LexicalEditor {
  return editorWith(() => {
    $getRoot().append(
      $setBlockId($createParagraphNode(), 'b-first-half').append($createTextNode('أعلنت الحكومة ')),
      $setSuggestedSplit($setBlockId($createParagraphNode(), 'b-second-half'), meta).append($createTextNode('خطة جديدة')),
    );
  });
}

const texts = (editor: LexicalEditor) => editor.read(() => $getRoot().getChildren().map((block) => block.getTextContent()));

describe('a suggested paragraph break', () => {
  it('is listed with the start of the new paragraph and round-trips in JSON', () => {
    const editor = splitParagraph();
    expect(editor.read($listSuggestions)).toEqual([{ id: 's-split', kind: 'split', author: 'سعاد', at: meta.at, text: 'خطة جديدة', blockId: 'b-second-half' }]);
    expect(serializedBlocks(editor)[1]?.$).toMatchObject({ suggestedSplit: meta });
  });

  it('accepted, keeps both paragraphs; rejected, joins them again', () => {
    const accepted = splitParagraph();
    accepted.update(() => void $acceptSuggestion('s-split'), { discrete: true });
    expect(texts(accepted)).toEqual(['أعلنت الحكومة ', 'خطة جديدة']);
    expect(accepted.read($listSuggestions)).toEqual([]);
    const rejected = splitParagraph();
    rejected.update(() => void $rejectSuggestion('s-split'), { discrete: true });
    expect(texts(rejected)).toEqual(['أعلنت الحكومة خطة جديدة']);
  });

  it('exports as one paragraph, and counts as pending', () => {
    const document = splitParagraph().getEditorState().toJSON() as unknown as ArticleDocument;
    expect(pendingSuggestionCount(document)).toBe(1);
    const original = documentAsRejected(document);
    expect(original.root.children).toHaveLength(1);
    expect(JSON.stringify(original)).not.toContain('suggestedSplit');
    expect((original.root.children[0]?.children ?? []).map((node) => node.text).join('')).toBe('أعلنت الحكومة خطة جديدة');
  });
});
