import { $insertList, $isListNode } from '@lexical/list';
import { $createHeadingNode, $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { $insertNodeToNearestRoot } from '@lexical/utils';
import { $createParagraphNode, $getSelection, $isElementNode, $isParagraphNode, $isRangeSelection, type ElementNode, type LexicalNode } from 'lexical';
import { $createPullQuoteNode, $isPullQuoteNode } from '../../../../shared/editor/nodes/PullQuoteNode';
import { $createSeparatorNode } from '../../../../shared/editor/nodes/SeparatorNode';

/** The body block kinds the toolbar, its shortcuts and the markdown triggers switch between. */
export const blockKinds = ['paragraph', 'h2', 'h3', 'pullquote', 'bullet', 'number'] as const;
export type BlockKind = (typeof blockKinds)[number];

/** Blocks whose kind is fixed (headline, kicker, lead …) report `fixed` and are never converted. */
export type CurrentBlock = BlockKind | 'fixed';

const CREATE: Record<'paragraph' | 'h2' | 'h3' | 'pullquote', () => ElementNode> = {
  paragraph: () => $createParagraphNode(),
  h2: () => $createHeadingNode('h2'),
  h3: () => $createHeadingNode('h3'),
  pullquote: () => $createPullQuoteNode(),
};

/** The kind of a top-level block, or `fixed` for the single-purpose blocks at the top. */
export function $blockKindOf(block: LexicalNode | null): CurrentBlock {
  if ($isParagraphNode(block)) return 'paragraph';
  if ($isHeadingNode(block)) return block.getTag() === 'h3' ? 'h3' : 'h2';
  // Rich-text's plain quote is what older drafts hold for a block quote.
  if ($isPullQuoteNode(block) || $isQuoteNode(block)) return 'pullquote';
  if ($isListNode(block)) return block.getListType() === 'number' ? 'number' : 'bullet';
  return 'fixed';
}

function $selectedBlocks(): ElementNode[] {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return [];
  const blocks = new Set<ElementNode>();
  for (const node of [selection.anchor.getNode(), ...selection.getNodes()]) {
    const top = node.getTopLevelElement();
    if ($isElementNode(top)) blocks.add(top);
  }
  return [...blocks];
}

/** The kind of the block holding the caret. */
export function $currentBlockKind(): CurrentBlock {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return 'fixed';
  return $blockKindOf(selection.anchor.getNode().getTopLevelElement());
}

/**
 * Turns the selected body blocks into `kind`. A selection touching a fixed
 * block (the headline, kicker or lead) changes nothing; the new block keeps the
 * direction of the one it replaces, so an Arabic paragraph stays RTL.
 */
export function $setBlockKind(kind: BlockKind): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return;
  if ($selectedBlocks().some((block) => $blockKindOf(block) === 'fixed')) return;
  if (kind === 'bullet' || kind === 'number') {
    $insertList(kind);
    return;
  }
  $setBlocksType(selection, CREATE[kind], (previous, next) => {
    next.setDirection(previous.getDirection());
  });
}

/** Switches the selected blocks between right-to-left and left-to-right (a French quote in an Arabic article). */
export function $toggleBlockDirection(articleDirection: 'rtl' | 'ltr'): void {
  for (const block of $selectedBlocks()) {
    const current = block.getDirection() ?? articleDirection;
    block.setDirection(current === 'rtl' ? 'ltr' : 'rtl');
  }
}

/** Puts a separator after the block holding the caret (never inside the headline, kicker or lead). */
export function $insertSeparator(): void {
  if ($currentBlockKind() === 'fixed') return;
  $insertNodeToNearestRoot($createSeparatorNode());
}
