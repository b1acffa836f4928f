import { join } from 'node:path';
import { quarantinedDraftSchema, type QuarantinedDraft } from '../../../shared/model/draft';
import { atomicWriteFile } from '../storage/atomicWriteFile';
import type { FileSystem } from '../storage/FileSystem';
import { isNotFound } from '../storage/storageErrors';
import type { UnreadableReason } from './draftFile';
import { REASON_FILE, type DraftLayout } from './DraftLayout';

/**
 * Drafts that cannot be read are moved to `quarantine/<id>-<time>/` with a
 * `reason.json`, never deleted: the user is told which and why, and the files
 * stay for whoever can repair them.
 */
export class Quarantine {
  constructor(
    private readonly fs: FileSystem,
    private readonly layout: DraftLayout,
    private readonly clock: () => Date,
  ) {}

  async moveAside(id: string, reason: UnreadableReason, detail: string, headline?: string): Promise<QuarantinedDraft> {
    const now = this.clock();
    const destination = this.layout.quarantineDir(`${id}-${now.getTime().toString(36)}`);
    const entry: QuarantinedDraft = {
      id,
      reason,
      ...(headline ? { headline: headline.slice(0, 2_000) } : {}),
      movedTo: destination,
      at: now.toISOString(),
    };
    const source = this.layout.draftDir(id);
    // Written inside the folder before it moves, so the move itself is the one step that commits.
    await atomicWriteFile(this.fs, join(source, REASON_FILE), JSON.stringify({ ...entry, detail: detail.slice(0, 500) }));
    await this.fs.mkdir(this.layout.quarantine, { recursive: true });
    await this.fs.rename(source, destination);
    await this.fs.syncDir(this.layout.drafts);
    await this.fs.syncDir(this.layout.quarantine);
    return entry;
  }

  /** Everything ever moved aside and still there, newest first. */
  async list(): Promise<QuarantinedDraft[]> {
    const names = await this.fs.readdir(this.layout.quarantine).catch((error: unknown) => {
      if (isNotFound(error)) return [];
      throw error;
    });
    const entries: QuarantinedDraft[] = [];
    for (const name of names) {
      try {
        const parsed = quarantinedDraftSchema.safeParse(
          JSON.parse(await this.fs.readFile(join(this.layout.quarantineDir(name), REASON_FILE))),
        );
        if (parsed.success) entries.push(parsed.data);
      } catch {
        // Not a folder this service made (or its reason is unreadable): not listed, not touched.
      }
    }
    return entries.sort((a, b) => b.at.localeCompare(a.at));
  }
}
