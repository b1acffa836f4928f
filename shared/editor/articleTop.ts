import { $createParagraphNode, $getRoot, type ElementNode, type LexicalNode } from 'lexical';
import { $createHeadlineNode, $isHeadlineNode } from './nodes/HeadlineNode';
import { $createKickerNode, $isKickerNode } from './nodes/KickerNode';
import { $createLeadNode, $isLeadNode } from './nodes/LeadNode';
import type { TopBlockNode } from './nodes/TopBlockNode';

const TOP: Array<{ is: (node: LexicalNode | null) => boolean; create: () => TopBlockNode }> = [
  { is: $isHeadlineNode, create: $createHeadlineNode },
  { is: $isKickerNode, create: $createKickerNode },
  { is: $isLeadNode, create: $createLeadNode },
];

function $toParagraph(block: ElementNode): void {
  const paragraph = $createParagraphNode().setDirection(block.getDirection());
  paragraph.append(...block.getChildren());
  block.replace(paragraph);
}

/**
 * Keeps the document's fixed top: exactly one headline, then one kicker, then
 * one lead, first in the document, in the root's direction when created. A
 * second one (pasted, imported) becomes an ordinary paragraph; a missing one
 * is added empty. Linear in the number of top-level blocks: run it only when
 * the list of blocks changed, as `registerArticleStructure` does.
 */
export function $normalizeArticleTop(): void {
  const root = $getRoot();
  const children = root.getChildren();
  const kept = TOP.map(({ is }) => children.find((child) => is(child)) as TopBlockNode | undefined);
  for (const child of children) {
    const kind = TOP.findIndex(({ is }) => is(child));
    if (kind !== -1 && kept[kind] !== child) $toParagraph(child as ElementNode);
  }
  let previous: LexicalNode | null = null;
  TOP.forEach(({ create }, index) => {
    const block = kept[index] ?? create().setDirection(root.getDirection());
    const expected: LexicalNode | null = previous ? previous.getNextSibling() : root.getFirstChild();
    if (expected !== block) {
      if (previous) previous.insertAfter(block);
      else if (expected) expected.insertBefore(block);
      else root.append(block);
    }
    previous = block;
  });
}
