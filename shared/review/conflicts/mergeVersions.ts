import { blockIdOf } from '../../editor/blockIdFormat';
import type { ArticleDocument, SerializedNodeShape } from '../../model/document';
import { blockContent } from '../compare/blockContent';

/** Of two conflicting versions: this machine's, or the one that arrived from another. */
export type Side = 'mine' | 'theirs';

/** The version taken as a whole, and the blocks (by stable block id) taken from a side other than it. */
export interface ConflictChoice {
  whole: Side;
  blocks?: Readonly<Record<string, Side>>;
}

function other(side: Side): Side {
  return side === 'mine' ? 'theirs' : 'mine';
}

function byId(blocks: SerializedNodeShape[]): Map<string, SerializedNodeShape> {
  const map = new Map<string, SerializedNodeShape>();
  for (const block of blocks) {
    const id = blockIdOf(block);
    if (id) map.set(id, block);
  }
  return map;
}

/**
 * The document a conflict resolves to. It starts from the version chosen as a
 * whole; a block chosen from the other side replaces the block with the same
 * id, disappears if the other side deleted it, and, if only the other side has
 * it, is inserted after the nearest block before it there that the result
 * already holds. Blocks without an id (never saved by an editor) stay with the
 * whole version: there is nothing to match them by.
 */
export function mergeVersions(mine: ArticleDocument, theirs: ArticleDocument, choice: ConflictChoice): ArticleDocument {
  const versions = { mine: mine.root.children, theirs: theirs.root.children };
  const base = versions[choice.whole];
  const alternative = versions[other(choice.whole)];
  const alternativeById = byId(alternative);
  const wanted = (id: string | undefined) => id !== undefined && choice.blocks?.[id] === other(choice.whole);

  const result: SerializedNodeShape[] = [];
  for (const block of base) {
    const id = blockIdOf(block);
    if (!wanted(id)) {
      result.push(block);
      continue;
    }
    const replacement = alternativeById.get(id!);
    if (replacement) result.push(replacement);
  }

  const baseIds = new Set(byId(base).keys());
  let previousId: string | undefined;
  for (const block of alternative) {
    const id = blockIdOf(block);
    if (id && wanted(id) && !baseIds.has(id)) {
      const at = previousId === undefined ? 0 : result.findIndex((candidate) => blockIdOf(candidate) === previousId) + 1;
      result.splice(at, 0, block);
    }
    if (id && result.some((candidate) => blockIdOf(candidate) === id)) previousId = id;
  }
  const wholeDocument = choice.whole === 'mine' ? mine : theirs;
  return { ...wholeDocument, root: { ...wholeDocument.root, children: result } };
}

/** Block ids whose content differs between the versions, in the order a reader meets them (mine first, then blocks only theirs has). */
export function conflictingBlocks(mine: ArticleDocument, theirs: ArticleDocument): string[] {
  const mineById = byId(mine.root.children);
  const theirsById = byId(theirs.root.children);
  const ids = [...mineById.keys(), ...[...theirsById.keys()].filter((id) => !mineById.has(id))];
  return ids.filter((id) => {
    const [a, b] = [mineById.get(id), theirsById.get(id)];
    return !a || !b || blockContent(a) !== blockContent(b);
  });
}
