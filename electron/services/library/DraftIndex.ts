import type { SearchHit } from '../../../shared/api/midad';
import type { ArticleDocument } from '../../../shared/model/document';
import type { DraftMeta } from '../../../shared/model/draft';

/**
 * What the drafts service needs from the library index: a catalog of every
 * draft's metadata (so listing 10,000 drafts reads one index, not 10,000 files)
 * and full-text search. The index is derived data: the drafts service may
 * rebuild any entry from the committed draft file at any time.
 */
export interface DraftIndex {
  /** Every indexed draft's metadata, in no particular order. */
  all(): DraftMeta[];
  get(id: string): DraftMeta | undefined;
  /** Adds or replaces a draft; resolves once the change is persisted. */
  upsert(meta: DraftMeta, document: ArticleDocument): Promise<void>;
  remove(id: string): Promise<void>;
  search(query: string, limit: number): SearchHit[];
  /** True when the persisted index was partly unreadable: every draft must be indexed again. */
  readonly needsRebuild?: boolean;
  /** Replaces the whole index at once; far cheaper than one persisted upsert per draft. */
  rebuild?(drafts: Iterable<{ meta: DraftMeta; document: ArticleDocument }>): Promise<void>;
}
