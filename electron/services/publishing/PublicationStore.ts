import { readdir } from 'node:fs/promises';
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

  /** The draft already holding this post of this target (a pull that ran before), if any. */
  async findDraft(target: string, postId: number): Promise<string | undefined> {
    await this.queue;
    const names = await readdir(this.publishingDir).catch(() => [] as string[]);
    for (const name of names) {
      const draftId = name.replace(/\.json$/, '');
      if (name === draftId || !draftIdSchema.safeParse(draftId).success) continue;
      const publications = (await readJsonFile(join(this.publishingDir, name), recordSchema))?.publications ?? [];
      if (publications.some((publication) => publication.target === target && publication.postId === postId)) return draftId;
    }
    return undefined;
  }

  put(draftId: string, publication: Publication): Promise<void> {
    return this.change(draftId, (existing) => [...existing.filter((other) => other.target !== publication.target), publication]);
  }

  /** Forgets the post on a target (it was deleted there): the next publish creates a new one. */
  remove(draftId: string, target: string): Promise<void> {
    return this.change(draftId, (existing) => existing.filter((other) => other.target !== target));
  }

  private change(draftId: string, edit: (publications: Publication[]) => Publication[]): Promise<void> {
    const next = this.queue.then(async () => {
      const existing = (await readJsonFile(this.file(draftId), recordSchema))?.publications ?? [];
      await writeJsonFile(this.file(draftId), { draftId, publications: edit(existing) });
    });
    this.queue = next.catch(() => undefined);
    return next;
  }
}
