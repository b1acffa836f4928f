import { mergeRegister } from '@lexical/utils';
import { RootNode, TextNode, type LexicalEditor } from 'lexical';
import { $ensureBlockIds } from './blockIds';
import { $normalizeArticleTop } from './articleTop';
import { HeadlineNode, KickerNode, LeadNode } from './nodes';
import { TopBlockNode } from './nodes/TopBlockNode';

/**
 * The document invariants every article editor keeps, live or headless: the
 * fixed top blocks, one plain line each, and a unique id on every top-level
 * block. The root transform runs only when the list of blocks changes (Enter,
 * paste, delete of a block), never on plain typing.
 */
export function registerArticleStructure(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerNodeTransform(RootNode, () => {
      $normalizeArticleTop();
      $ensureBlockIds();
    }),
    editor.registerNodeTransform(TextNode, (text) => {
      if (text.getFormat() !== 0 && text.getParent() instanceof TopBlockNode) text.setFormat(0);
    }),
    ...[HeadlineNode, KickerNode, LeadNode].map((klass) =>
      editor.registerNodeTransform(klass, (block: TopBlockNode) => block.$normalizeContent()),
    ),
  );
}
