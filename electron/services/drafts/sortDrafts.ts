import type { DraftMeta } from '../../../shared/model/draft';

export type DraftSort = 'updated' | 'created' | 'headline' | 'words';

const arabicOrder = new Intl.Collator('ar');

const comparators: Record<DraftSort, (a: DraftMeta, b: DraftMeta) => number> = {
  updated: (a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt),
  created: (a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt),
  headline: (a, b) => arabicOrder.compare(a.headline, b.headline),
  words: (a, b) => b.wordCount - a.wordCount,
};

/** The library's orders: newest first, headline in Arabic collation, longest first; ties by id, newest first. */
export function sortDrafts(drafts: DraftMeta[], sort: DraftSort): DraftMeta[] {
  const compare = comparators[sort];
  return [...drafts].sort((a, b) => compare(a, b) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}
