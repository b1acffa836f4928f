import { blockIdOf } from '../../../../shared/editor/blockIdFormat';
import type { Side } from '../../../../shared/review/conflicts/mergeVersions';
import { compareRevisions } from '../../../../shared/review/compare/compareRevisions';
import type { BlockComparison } from '../../../../shared/review/compare/comparison';
import type { ArticleDocument, SerializedNodeShape } from '../../../../shared/model/document';

/** One paragraph the two versions disagree on, as the compare view shows it (mine as "before", theirs as "after"). */
export interface ConflictRow {
  key: string;
  /** The stable block ids the choice applies to (one, unless the comparison paired two blocks with different ids). */
  ids: string[];
  block: BlockComparison;
}

/** A value as JSON with its keys sorted: documents saved by different code list the same properties in another order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, child]) => `${JSON.stringify(key)}:${canonical(child)}`).join(',')}}`;
}

function blocksById(document: ArticleDocument): Map<string, string> {
  const map = new Map<string, string>();
  for (const block of document.root.children as SerializedNodeShape[]) {
    const id = blockIdOf(block);
    if (id) map.set(id, canonical(block));
  }
  return map;
}

/** Ids of the blocks `mergeVersions` can choose between (it matches by block id) whose content differs. */
function conflictingIds(mine: ArticleDocument, theirs: ArticleDocument): Set<string> {
  const [a, b] = [blocksById(mine), blocksById(theirs)];
  return new Set([...a.keys(), ...b.keys()].filter((id) => a.get(id) !== b.get(id)));
}

/**
 * The paragraphs to choose between, in reading order: blocks the comparison
 * finds changed, added or removed whose content really differs by block id
 * (the key `mergeVersions` chooses by). A paragraph only moved is not a
 * choice: the order follows the version kept as a whole.
 */
export function conflictRows(mine: ArticleDocument, theirs: ArticleDocument): ConflictRow[] {
  const conflicting = conflictingIds(mine, theirs);
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
