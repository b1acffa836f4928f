import { MidadError } from '../../../shared/api/errors';
import { revisionSchema, type Revision } from '../../../shared/model/draft';
import { atomicWriteFile } from '../storage/atomicWriteFile';
import type { FileSystem } from '../storage/FileSystem';
import { isNotFound } from '../storage/storageErrors';
import { readDraftFile, serializeDraftFile, type DraftFile, type DraftFileReading } from './draftFile';
import type { DraftLayout } from './DraftLayout';
import { draftMigrations, type Migration } from './migrations';

/** The draft file and its revision files, read and written; no policy. */
export class DraftStore {
  constructor(
    private readonly fs: FileSystem,
    private readonly layout: DraftLayout,
    private readonly migrations: ReadonlyMap<number, Migration> = draftMigrations,
  ) {}

  /** The raw text of draft.json, or `not_found`. */
  async readText(id: string): Promise<string> {
    try {
      return await this.fs.readFile(this.layout.draftFile(id));
    } catch (error) {
      if (isNotFound(error)) throw new MidadError('not_found', { id });
      throw error;
    }
  }

  async read(id: string): Promise<{ text: string; reading: DraftFileReading }> {
    const text = await this.readText(id);
    return { text, reading: readDraftFile(text, this.migrations) };
  }

  /** The commit point of every change to a draft. */
  async commit(file: DraftFile): Promise<void> {
    await atomicWriteFile(this.fs, this.layout.draftFile(file.meta.id), serializeDraftFile(file));
  }

  async createFolders(id: string): Promise<void> {
    await this.fs.mkdir(this.layout.revisionsDir(id), { recursive: true });
    await this.fs.mkdir(this.layout.assetsDir(id), { recursive: true });
  }

  async writeRevision(revision: Revision): Promise<void> {
    const path = this.layout.revisionFile(revision.draftId, revision.id);
    const data = JSON.stringify(revision);
    try {
      await atomicWriteFile(this.fs, path, data);
    } catch (error) {
      // A draft folder copied in by hand (or from an older Midad) may lack revisions/.
      if (!(await this.fs.stat(this.layout.revisionsDir(revision.draftId)).then(() => false, isNotFound))) throw error;
      await this.fs.mkdir(this.layout.revisionsDir(revision.draftId), { recursive: true });
      await atomicWriteFile(this.fs, path, data);
    }
  }

  /** A revision as saved, or undefined when its file is missing or unreadable. */
  async readRevision(id: string, revisionId: string): Promise<Revision | undefined> {
    let text: string;
    try {
      text = await this.fs.readFile(this.layout.revisionFile(id, revisionId));
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
    try {
      const parsed = revisionSchema.safeParse(JSON.parse(text));
      return parsed.success && parsed.data.id === revisionId ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  }

  async hasRevision(id: string, revisionId: string): Promise<boolean> {
    try {
      await this.fs.stat(this.layout.revisionFile(id, revisionId));
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  }

  async removeRevision(id: string, revisionId: string): Promise<void> {
    await this.fs.unlink(this.layout.revisionFile(id, revisionId)).catch((error: unknown) => {
      if (!isNotFound(error)) throw error;
    });
  }

  /** Names of the revision files on disk (ids), for recovery's orphan sweep. */
  async revisionIdsOnDisk(id: string): Promise<string[]> {
    const names = await this.fs.readdir(this.layout.revisionsDir(id)).catch((error: unknown) => {
      if (isNotFound(error)) return [];
      throw error;
    });
    return names.filter((name) => name.endsWith('.json') && !name.startsWith('.')).map((name) => name.slice(0, -5));
  }
}

/** The revision that a draft file's current state is, rebuilt from the file itself. */
export function currentRevision(file: DraftFile): Revision {
  const summary = file.revisions.at(-1)!;
  return { ...summary, document: file.document, fields: file.fields, sources: file.sources };
}
