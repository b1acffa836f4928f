import { randomBytes } from 'node:crypto';
import { basename, join } from 'node:path';
import { z } from 'zod';
import type { MidadError } from '../../../shared/api/errors';
import { revisionIdSchema } from '../../../shared/model/ids';
import { DraftLayout } from '../drafts/DraftLayout';
import { atomicWriteFile } from '../storage/atomicWriteFile';
import type { FileSystem } from '../storage/FileSystem';
import { isNotFound } from '../storage/storageErrors';

const EXCHANGE_FILE = 'exchange.json';
const CONFLICTS_DIR = 'conflicts';
const exchangeSchema = z.object({ lastShared: revisionIdSchema });

/**
 * Where packages live on this machine: `packages/staging/` for drafts being
 * assembled before they move into `drafts/` with one rename (same disk),
 * `packages/rejected/` for packages refused with the reason beside them, and
 * in a draft's folder the versions kept as conflicts and the last revision
 * exchanged with another machine.
 */
export class PackageFolders {
  readonly layout: DraftLayout;
  readonly staging: string;
  readonly rejected: string;

  constructor(
    private readonly fs: FileSystem,
    dataDir: string,
  ) {
    this.layout = new DraftLayout(dataDir);
    this.staging = join(this.layout.root, 'packages', 'staging');
    this.rejected = join(this.layout.root, 'packages', 'rejected');
  }

  /** A fresh folder to assemble in; whatever an interrupted import left there is never read. */
  async newStagingDir(): Promise<string> {
    const dir = join(this.staging, randomBytes(8).toString('hex'));
    await this.fs.mkdir(dir, { recursive: true });
    return dir;
  }

  async clearStaging(): Promise<void> {
    await this.fs.rm(this.staging, { recursive: true, force: true });
  }

  /** Copies a refused package aside with why, so the user can send it back or look at it; answers where. */
  async keepAside(bytes: Uint8Array, name: string, error: MidadError, now: Date): Promise<string> {
    await this.fs.mkdir(this.rejected, { recursive: true });
    const safe = basename(name).replace(/[^\p{L}\p{N}._-]/gu, '_').slice(-120) || 'package.midad';
    const path = join(this.rejected, `${now.toISOString().replace(/[:.]/g, '-')}-${randomBytes(3).toString('hex')}-${safe}`);
    await atomicWriteFile(this.fs, path, bytes);
    const reason = { code: error.code, params: error.params, detail: error.detail, name, at: now.toISOString() };
    await atomicWriteFile(this.fs, `${path}.reason.json`, JSON.stringify(reason, null, 2));
    return path;
  }

  conflictsDir(draftId: string): string {
    return join(this.layout.draftDir(draftId), CONFLICTS_DIR);
  }

  conflictDir(draftId: string, revisionId: string): string {
    return join(this.conflictsDir(draftId), revisionIdSchema.parse(revisionId));
  }

  /** The last revision this draft was exchanged at (received here, or resolved from what was received). */
  async lastShared(draftId: string): Promise<string | undefined> {
    try {
      const parsed = exchangeSchema.safeParse(JSON.parse(await this.fs.readFile(join(this.layout.draftDir(draftId), EXCHANGE_FILE))));
      return parsed.success ? parsed.data.lastShared : undefined;
    } catch (error) {
      if (isNotFound(error) || error instanceof SyntaxError) return undefined;
      throw error;
    }
  }

  /** In the draft's folder, or in the folder staged for a draft new here. */
  async setLastShared(draftId: string, revisionId: string, dir = this.layout.draftDir(draftId)): Promise<void> {
    await atomicWriteFile(this.fs, join(dir, EXCHANGE_FILE), JSON.stringify({ lastShared: revisionId }));
  }
}
