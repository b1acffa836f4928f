import { open, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { jobIdSchema } from '../../../shared/api/outboxService';
import { processExists } from '../drafts/liveness';
import { nodeFileSystem } from '../storage/FileSystem';
import { readJsonFile, writeJsonFile } from '../publishing/jsonFile';
import { outboxJobSchema, type OutboxJob } from './outboxJob';

/**
 * Jobs as `<dataDir>/outbox/<jobId>.json`, each replaced atomically, and a
 * `<jobId>.lock` while a process runs it: the desktop app and the CLI share
 * the outbox, and only one of them may send a given job.
 */
export class JobStore {
  constructor(readonly dir: string) {}

  private file(id: string, extension: 'json' | 'lock'): string {
    return join(this.dir, `${jobIdSchema.parse(id)}.${extension}`);
  }

  async list(): Promise<OutboxJob[]> {
    let names: string[];
    try {
      names = await nodeFileSystem.readdir(this.dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const jobs = await Promise.all(
      names
        .filter((name) => name.endsWith('.json') && jobIdSchema.safeParse(name.slice(0, -5)).success)
        .map((name) => readJsonFile(join(this.dir, name), outboxJobSchema)),
    );
    return jobs.filter((job): job is OutboxJob => job !== undefined).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  async get(id: string): Promise<OutboxJob | undefined> {
    return readJsonFile(this.file(id, 'json'), outboxJobSchema);
  }

  save(job: OutboxJob): Promise<void> {
    return writeJsonFile(this.file(job.id, 'json'), job);
  }

  /** Takes the job for this process; false when another live process is running it. */
  async claim(id: string): Promise<boolean> {
    const lock = this.file(id, 'lock');
    for (let attempt = 0; attempt < 2; attempt += 1) {
      try {
        const handle = await open(lock, 'wx');
        await handle.writeFile(JSON.stringify({ pid: process.pid }));
        await handle.close();
        return true;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = await readFile(lock, 'utf8').then((text) => (JSON.parse(text) as { pid?: number }).pid, () => undefined);
      // A lock left by a process that died (a crash, a kill) is taken over.
      if (holder !== undefined && holder !== process.pid && processExists(holder)) return false;
      await unlink(lock).catch(() => undefined);
    }
    return false;
  }

  async release(id: string): Promise<void> {
    await unlink(this.file(id, 'lock')).catch(() => undefined);
  }
}
