import { join } from 'node:path';
import { MidadError } from '../../../shared/api/errors';
import { draftIdSchema } from '../../../shared/model/ids';
import { trashedDraftSchema, type DraftMeta, type TrashedDraft } from '../../../shared/model/draft';
import { atomicWriteFile } from '../storage/atomicWriteFile';
import type { FileSystem } from '../storage/FileSystem';
import { isNotFound } from '../storage/storageErrors';
import { DELETED_FILE, type DraftLayout } from './DraftLayout';

/**
 * Deleting moves the whole draft folder to `trash/<id>/` in one rename, with a
 * `deleted.json` (the metadata and when) so the trash lists without reading drafts.
 */
export class Trash {
  constructor(
    private readonly fs: FileSystem,
    private readonly layout: DraftLayout,
  ) {}

  async moveIn(meta: DraftMeta, deletedAt: Date): Promise<void> {
    const source = this.layout.draftDir(meta.id);
    const entry: TrashedDraft = { ...meta, deletedAt: deletedAt.toISOString() };
    // Written before the move, so the rename alone decides whether the draft is deleted.
    await atomicWriteFile(this.fs, join(source, DELETED_FILE), JSON.stringify(entry));
    await this.fs.rename(source, this.layout.trashedDir(meta.id));
    await this.fs.syncDir(this.layout.drafts);
    await this.fs.syncDir(this.layout.trash);
  }

  async moveOut(id: string): Promise<void> {
    const source = this.layout.trashedDir(id);
    try {
      await this.fs.stat(source);
    } catch (error) {
      if (isNotFound(error)) throw new MidadError('not_found', { id });
      throw error;
    }
    await this.fs.rename(source, this.layout.draftDir(id));
    await this.fs.syncDir(this.layout.trash);
    await this.fs.syncDir(this.layout.drafts);
    await this.fs.unlink(join(this.layout.draftDir(id), DELETED_FILE)).catch(() => undefined);
  }

  async list(): Promise<TrashedDraft[]> {
    const entries: TrashedDraft[] = [];
    for (const id of await this.ids()) {
      try {
        const parsed = trashedDraftSchema.safeParse(JSON.parse(await this.fs.readFile(join(this.layout.trashedDir(id), DELETED_FILE))));
        if (parsed.success) entries.push(parsed.data);
      } catch {
        // A folder without a readable deleted.json is not listed; emptying the trash still removes it.
      }
    }
    return entries.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
  }

  /** Removes every trashed draft for good; answers how many. */
  async empty(): Promise<number> {
    let removed = 0;
    for (const id of await this.ids()) {
      await this.fs.rm(this.layout.trashedDir(id), { recursive: true, force: true });
      removed++;
    }
    if (removed > 0) await this.fs.syncDir(this.layout.trash);
    return removed;
  }

  /** Trashed draft folders (names that are draft ids; anything else is not ours). */
  async ids(): Promise<string[]> {
    const names = await this.fs.readdir(this.layout.trash).catch((error: unknown) => {
      if (isNotFound(error)) return [];
      throw error;
    });
    return names.filter((name) => draftIdSchema.safeParse(name).success);
  }
}
