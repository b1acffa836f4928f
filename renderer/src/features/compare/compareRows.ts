import type { BlockComparison } from '../../../../shared/review/compare/comparison';

/** A block as the inline view shows it, or the mark left where a moved block used to be. */
export type CompareRow = { kind: 'block'; block: BlockComparison } | { kind: 'movedAway'; block: BlockComparison };

/**
 * The inline view's rows: every block in reading order, and for each moved
 * block a "moved to" mark at its old place, after the nearest earlier block
 * (by the old order) that did not move.
 */
export function inlineRows(blocks: readonly BlockComparison[]): CompareRow[] {
  const marksAfter = new Map<BlockComparison | undefined, BlockComparison[]>();
  const stayed = blocks.filter((block) => !block.moved && block.oldIndex !== undefined);
  for (const block of blocks) {
    if (!block.moved) continue;
    const anchor = stayed.filter((other) => other.oldIndex! < block.oldIndex!).at(-1);
    marksAfter.set(anchor, [...(marksAfter.get(anchor) ?? []), block]);
  }
  const marks = (anchor: BlockComparison | undefined): CompareRow[] =>
    (marksAfter.get(anchor) ?? []).sort((a, b) => a.oldIndex! - b.oldIndex!).map((block) => ({ kind: 'movedAway', block }));
  return [...marks(undefined), ...blocks.flatMap((block): CompareRow[] => [{ kind: 'block', block }, ...marks(block)])];
}
