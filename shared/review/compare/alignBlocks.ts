import { diffArrays } from 'diff';
import type { ArticleBlock } from './articleBlocks';
import { pairBySimilarity } from './similarity';

/** A block on either side or both; `moved` when it is on both but out of the common order. */
export interface AlignedBlock {
  before?: ArticleBlock;
  after?: ArticleBlock;
  moved: boolean;
}

/** Below this share of words, two id-less blocks are a removal and an addition, not one edited block. */
const SIMILAR_BLOCKS = 0.5;

/**
 * Pairs the blocks of two revisions: by stable block id, then (for blocks
 * without a shared id: older files, text pasted without its ids) by equal
 * text and by similarity within the same role. The longest common subsequence
 * of the pairs in both orders stays in place; every other pair was moved.
 * Returns the new side's reading order with removed blocks where they stood.
 */
export function alignBlocks(before: readonly ArticleBlock[], after: readonly ArticleBlock[]): AlignedBlock[] {
  const pairOfAfter = new Map<ArticleBlock, AlignedBlock>();
  const pairOfBefore = new Map<ArticleBlock, AlignedBlock>();
  const link = (a: ArticleBlock, b: ArticleBlock) => {
    const pair: AlignedBlock = { before: a, after: b, moved: false };
    pairOfBefore.set(a, pair);
    pairOfAfter.set(b, pair);
  };

  const beforeById = new Map(before.flatMap((block) => (block.blockId ? [[block.blockId, block] as const] : [])));
  for (const block of after) {
    const match = block.blockId ? beforeById.get(block.blockId) : undefined;
    if (match && match.role === block.role) link(match, block);
  }
  const fallback = pairBySimilarity(
    before.filter((block) => !pairOfBefore.has(block)),
    after.filter((block) => !pairOfAfter.has(block)),
    {
      key: (block) => `${block.type}\u0000${block.text.trim()}`,
      text: (block) => block.text,
      compatible: (a, b) => a.role === b.role,
      threshold: SIMILAR_BLOCKS,
    },
  );
  for (const [a, b] of fallback) link(a, b);

  const inBeforeOrder = before.flatMap((block) => pairOfBefore.get(block) ?? []);
  const inAfterOrder = after.flatMap((block) => pairOfAfter.get(block) ?? []);
  for (const part of diffArrays(inBeforeOrder, inAfterOrder)) {
    if (part.added) for (const pair of part.value) pair.moved = true;
  }

  // A removed block goes after the nearest earlier block that stayed in place.
  const removedAfter = new Map<AlignedBlock | undefined, AlignedBlock[]>();
  let anchor: AlignedBlock | undefined;
  for (const block of before) {
    const pair = pairOfBefore.get(block);
    if (pair && !pair.moved) anchor = pair;
    else if (!pair) {
      const removed = removedAfter.get(anchor);
      if (removed) removed.push({ before: block, moved: false });
      else removedAfter.set(anchor, [{ before: block, moved: false }]);
    }
  }
  const aligned: AlignedBlock[] = [...(removedAfter.get(undefined) ?? [])];
  for (const block of after) {
    const pair = pairOfAfter.get(block) ?? { after: block, moved: false };
    aligned.push(pair, ...(removedAfter.get(pair) ?? []));
  }
  return aligned;
}
