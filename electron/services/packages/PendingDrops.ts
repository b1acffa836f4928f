import { dirname } from 'node:path';
import { z } from 'zod';
import { draftIdSchema } from '../../../shared/model/ids';
import { atomicWriteFile } from '../storage/atomicWriteFile';
import type { FileSystem } from '../storage/FileSystem';
import { isNotFound } from '../storage/storageErrors';

const pendingSchema = z.array(draftIdSchema).max(10_000);

/**
 * Drafts a hand-over step meant to drop in the desk folder while it was away,
 * kept in a file so the drop survives the CLI exiting or the app closing: the
 * next watcher round that finds the folder sends them.
 */
export class PendingDrops {
  constructor(
    private readonly fs: FileSystem,
    private readonly file: string,
  ) {}

  async list(): Promise<string[]> {
    try {
      const parsed = pendingSchema.safeParse(JSON.parse(await this.fs.readFile(this.file)));
      return parsed.success ? parsed.data : [];
    } catch (error) {
      if (isNotFound(error) || error instanceof SyntaxError) return [];
      throw error;
    }
  }

  async add(id: string): Promise<void> {
    const ids = await this.list();
    if (ids.includes(id)) return;
    await this.fs.mkdir(dirname(this.file), { recursive: true });
    await this.write([...ids, id]);
  }

  async remove(id: string): Promise<void> {
    const ids = await this.list();
    if (ids.includes(id)) await this.write(ids.filter((other) => other !== id));
  }

  private async write(ids: string[]): Promise<void> {
    await atomicWriteFile(this.fs, this.file, JSON.stringify(ids));
  }
}
