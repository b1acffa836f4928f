import { isMidadError } from '../../../shared/api/errors';
import type { DraftsService } from '../drafts/DraftsService';
import type { DraftReader } from './SourcesService';

/** Reads drafts for the sources directory through the drafts service, without taking a draft's lock. */
export function draftReader(drafts: DraftsService): DraftReader {
  return {
    list: () => drafts.list({ sort: 'updated' }),
    async document(id, revisionId) {
      try {
        return (await drafts.revision({ id, revisionId })).document;
      } catch (error) {
        if (isMidadError(error) && error.code === 'not_found') return undefined;
        throw error;
      }
    },
  };
}
