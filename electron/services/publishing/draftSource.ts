import type { DraftsService } from '../drafts/DraftsService';
import { articleSnapshot } from './articleSnapshot';
import type { DraftSource } from './PublishingService';

const PUBLISHER = { clientId: 'publishing' };

/**
 * Reads a draft for a publish job through the drafts service, releasing the
 * lock only if this read took it (a window editing the draft keeps its own).
 */
export function createDraftSource(drafts: DraftsService): DraftSource {
  const draft = async (draftId: string) => {
    const opened = await drafts.open({ id: draftId, takeOver: false }, PUBLISHER);
    if (!opened.readOnly) await drafts.close({ id: draftId }, PUBLISHER);
    return opened.draft;
  };
  return {
    draft,
    async create(document, language) {
      return (await drafts.create({ document, language })).meta.id;
    },
    async read(draftId) {
      const { document, fields } = await draft(draftId);
      return articleSnapshot(document, fields);
    },
  };
}
