import type { ServiceImplementation } from '../../../shared/api/contract';
import type { libraryService, SearchHit } from '../../../shared/api/midad';
import type { DraftIndex } from './DraftIndex';

/** The library window's search over the drafts index. */
export class LibraryService implements ServiceImplementation<typeof libraryService> {
  constructor(private readonly index: Pick<DraftIndex, 'search'>) {}

  async search({ query, limit }: { query: string; limit: number }): Promise<SearchHit[]> {
    if (query.trim() === '') return [];
    return this.index.search(query, limit);
  }
}
