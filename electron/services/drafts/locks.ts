import { z } from 'zod';
import { MidadError } from '../../../shared/api/errors';
import { atomicWriteFile } from '../storage/atomicWriteFile';
import type { FileSystem } from '../storage/FileSystem';
import { isNotFound } from '../storage/storageErrors';
import type { DraftLayout } from './DraftLayout';
import { isAlive, ownerSchema, type Owner } from './liveness';

const lockSchema = ownerSchema.extend({
  /** The window or tab editing the draft. */
  clientId: z.string().max(200),
  author: z.string().max(200),
});
type Lock = z.infer<typeof lockSchema>;

export type OpenMode = { readOnly: false } | { readOnly: true; heldBy: string };

export interface LockDeps {
  fs: FileSystem;
  layout: DraftLayout;
  /** This instance, with a fresh heartbeat. */
  owner: () => Owner;
  author: () => string;
  clock: () => Date;
}

/**
 * Who may edit a draft: `drafts/<id>/lock.json` names one window (client) of one
 * app instance. Being a file, it also keeps two app instances on one data folder
 * (or two machines on a shared one) from overwriting each other. A lock whose
 * owner is gone (dead pid, stale heartbeat) is free for the taking.
 */
export class DraftLocks {
  /** Drafts this instance holds, by client, for heartbeats and a clean stop. */
  private readonly held = new Map<string, string>();

  constructor(private readonly deps: LockDeps) {}

  async open(id: string, clientId: string, takeOver: boolean): Promise<OpenMode> {
    const lock = await this.read(id);
    if (lock && !takeOver && !this.isMine(lock, clientId) && isAlive(lock, this.deps.clock())) {
      return { readOnly: true, heldBy: this.describe(lock) };
    }
    await this.write(id, clientId);
    return { readOnly: false };
  }

  /** Saving needs the lock itself: a read-only window must not write. */
  async assertHolder(id: string, clientId: string): Promise<void> {
    const lock = await this.read(id);
    if (!lock || !this.isMine(lock, clientId)) {
      this.held.delete(id);
      throw new MidadError('draft_locked', { heldBy: lock ? this.describe(lock) : '' });
    }
  }

  /** Deleting or restoring needs no one else editing it. */
  async assertNotHeldByOther(id: string, clientId: string): Promise<void> {
    const lock = await this.read(id);
    if (lock && !this.isMine(lock, clientId) && isAlive(lock, this.deps.clock())) {
      throw new MidadError('draft_locked', { heldBy: this.describe(lock) });
    }
  }

  async release(id: string, clientId: string): Promise<void> {
    const lock = await this.read(id);
    if (lock && this.isMine(lock, clientId)) {
      await this.deps.fs.unlink(this.deps.layout.lockFile(id)).catch((error: unknown) => {
        if (!isNotFound(error)) throw error;
      });
    }
    if (this.held.get(id) === clientId) this.held.delete(id);
  }

  /** Forgets a draft that moved away (deleted, quarantined) with its lock file. */
  forget(id: string): void {
    this.held.delete(id);
  }

  /** Renews the heartbeat of every lock still ours; drops those someone took over. */
  async refresh(): Promise<void> {
    for (const [id, clientId] of [...this.held]) {
      const lock = await this.read(id);
      if (lock && this.isMine(lock, clientId)) await this.write(id, clientId);
      else this.held.delete(id);
    }
  }

  async releaseAll(): Promise<void> {
    for (const [id, clientId] of [...this.held]) await this.release(id, clientId);
  }

  private isMine(lock: Lock, clientId: string): boolean {
    return lock.instanceId === this.deps.owner().instanceId && lock.clientId === clientId;
  }

  /** Who holds it, in words that need no translation: the author's name and, for another instance, its host. */
  private describe(lock: Lock): string {
    if (lock.instanceId === this.deps.owner().instanceId) return lock.author || lock.host;
    return lock.author ? `${lock.author} (${lock.host})` : lock.host;
  }

  private async read(id: string): Promise<Lock | undefined> {
    let text: string;
    try {
      text = await this.deps.fs.readFile(this.deps.layout.lockFile(id));
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
    try {
      const parsed = lockSchema.safeParse(JSON.parse(text));
      // A damaged lock protects nothing; treat it as free.
      return parsed.success ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  }

  private async write(id: string, clientId: string): Promise<void> {
    const lock: Lock = { ...this.deps.owner(), clientId, author: this.deps.author().slice(0, 200) };
    await atomicWriteFile(this.deps.fs, this.deps.layout.lockFile(id), JSON.stringify(lock));
    this.held.set(id, clientId);
  }
}
