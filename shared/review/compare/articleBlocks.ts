import { blockIdOf } from '../../editor/blockIdFormat';
import { HEADLINE_NODE_TYPE, KICKER_NODE_TYPE, LEAD_NODE_TYPE, nodeText } from '../../editor/documentText';
import type { ArticleDocument, SerializedNodeShape } from '../../model/document';
import type { BlockRole } from './comparison';

/** A top-level block as compare sees it: its id, role, type and plain text. */
export interface ArticleBlock {
  index: number;
  blockId: string | undefined;
  role: BlockRole;
  type: string;
  text: string;
  node: SerializedNodeShape;
}

const roles: Readonly<Record<string, BlockRole>> = {
  [HEADLINE_NODE_TYPE]: 'headline',
  [KICKER_NODE_TYPE]: 'kicker',
  [LEAD_NODE_TYPE]: 'lead',
};

/**
 * The document's top-level blocks. A block id seen twice (a hand-edited or
 * damaged file) identifies neither block: both fall back to text matching.
 */
export function articleBlocks(document: ArticleDocument): ArticleBlock[] {
  const seen = new Map<string, number>();
  for (const node of document.root.children) {
    const id = blockIdOf(node);
    if (id) seen.set(id, (seen.get(id) ?? 0) + 1);
  }
  return document.root.children.map((node, index) => {
    const id = blockIdOf(node);
    return {
      index,
      blockId: id && seen.get(id) === 1 ? id : undefined,
      role: roles[node.type] ?? 'body',
      type: node.type,
      text: nodeText(node),
      node,
    };
  });
}
