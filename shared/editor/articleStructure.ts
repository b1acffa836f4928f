import { mergeRegister } from '@lexical/utils';
import { $getEditor, RootNode, TextNode, type LexicalEditor } from 'lexical';
import { $ensureBlockIds } from './blockIds';
import { $normalizeArticleTop } from './articleTop';
import { HeadlineNode, KickerNode, LeadNode } from './nodes';
import { TopBlockNode } from './nodes/TopBlockNode';

/**
 * Whether this update wrote the root. Adding, removing or replacing a
 * top-level block always does (Lexical updates the parent's child links and
 * size); typing inside a block never does. Lexical runs root transforms on
 * every update that dirties any node, so this keeps the per-keystroke cost
 * independent of the article's length.
 */
function $rootWritten(root: RootNode): boolean {
  return $getEditor().getEditorState()._nodeMap.get(root.getKey()) !== root;
}

/**
 * The document invariants every article editor keeps, live or headless: the
 * fixed top blocks, one plain line each, and a unique id on every top-level
 * block. The block scans run only when the list of blocks changed (Enter,
 * paste, delete of a block), never on plain typing.
 */
export function registerArticleStructure(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerNodeTransform(RootNode, (root) => {
      if (!$rootWritten(root)) return;
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
