import { conflictingBlocks, type Side } from '../../../../shared/review/conflicts/mergeVersions';
import { compareRevisions } from '../../../../shared/review/compare/compareRevisions';
import type { BlockComparison } from '../../../../shared/review/compare/comparison';
import type { ArticleDocument } from '../../../../shared/model/document';

/** One paragraph the two versions disagree on, as the compare view shows it (mine as "before", theirs as "after"). */
export interface ConflictRow {
  key: string;
  /** The stable block ids the choice applies to (one, unless the comparison paired two blocks with different ids). */
  ids: string[];
  block: BlockComparison;
}

/**
 * The paragraphs to choose between, in reading order: blocks the comparison
 * finds changed, added or removed whose content really differs by block id
 * (the key `mergeVersions` chooses by). A paragraph only moved is not a
 * choice: the order follows the version kept as a whole.
 */
export function conflictRows(mine: ArticleDocument, theirs: ArticleDocument): ConflictRow[] {
  const conflicting = new Set(conflictingBlocks(mine, theirs));
  return compareRevisions({ document: mine }, { document: theirs })
    .blocks.filter((block) => block.status !== 'unchanged')
    .map((block) => ({ block, ids: [...new Set([block.oldBlockId, block.blockId])].filter((id): id is string => id !== undefined && conflicting.has(id)) }))
    .filter((row) => row.ids.length > 0)
    .map((row) => ({ ...row, key: row.ids[0]! }));
}

/**
 * The `packages.resolveConflict` choice for the user's per-paragraph picks
 * (a paragraph not picked keeps mine): theirs as a whole when every paragraph
 * is theirs, mine otherwise, with the paragraphs picked from the other side.
 */
export function conflictResolution(rows: readonly ConflictRow[], picks: Readonly<Record<string, Side>>): { whole: Side; blocks: Record<string, Side> } {
  const pick = (row: ConflictRow): Side => picks[row.key] ?? 'mine';
  const whole: Side = rows.length > 0 && rows.every((row) => pick(row) === 'theirs') ? 'theirs' : 'mine';
  const blocks: Record<string, Side> = {};
  for (const row of rows) if (pick(row) !== whole) for (const id of row.ids) blocks[id] = pick(row);
  return { whole, blocks };
}
