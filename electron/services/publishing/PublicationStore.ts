import { join } from 'node:path';
import { z } from 'zod';
import { draftIdSchema } from '../../../shared/model/ids';
import { publicationSchema, type Publication } from '../../../shared/api/publishingService';
import { readJsonFile, writeJsonFile } from './jsonFile';

const recordSchema = z.object({ draftId: draftIdSchema, publications: z.array(publicationSchema) });

/**
 * Where each draft was published, in `<dataDir>/publishing/<draftId>.json`
 * (beside the drafts service's own files, not inside them): the remote post
 * id that makes an update change the same post.
 */
export class PublicationStore {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly publishingDir: string) {}

  private file(draftId: string): string {
    return join(this.publishingDir, `${draftIdSchema.parse(draftId)}.json`);
  }

  async list(draftId: string): Promise<Publication[]> {
    await this.queue;
    return (await readJsonFile(this.file(draftId), recordSchema))?.publications ?? [];
  }

  async get(draftId: string, target: string): Promise<Publication | undefined> {
    return (await this.list(draftId)).find((publication) => publication.target === target);
  }

  put(draftId: string, publication: Publication): Promise<void> {
    const next = this.queue.then(async () => {
      const existing = (await readJsonFile(this.file(draftId), recordSchema))?.publications ?? [];
      const publications = [...existing.filter((other) => other.target !== publication.target), publication];
      await writeJsonFile(this.file(draftId), { draftId, publications });
    });
    this.queue = next.catch(() => undefined);
    return next;
  }
}
