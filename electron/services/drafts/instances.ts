import { MidadError } from '../../../shared/api/errors';
import { atomicWriteFile } from '../storage/atomicWriteFile';
import type { FileSystem } from '../storage/FileSystem';
import { isNotFound } from '../storage/storageErrors';
import type { DraftLayout } from './DraftLayout';
import { isAlive, ownerSchema, type Owner } from './liveness';

const MARKER = /^(.+)\.json$/;

/**
 * `instances/<instanceId>.json` says a drafts service runs on this data folder.
 * A clean stop removes it, so a marker whose owner no longer runs is the trace
 * of a crash, and the next start does the full recovery scan.
 */
export class InstanceMarkers {
  constructor(
    private readonly fs: FileSystem,
    private readonly layout: DraftLayout,
  ) {}

  async write(owner: Owner): Promise<void> {
    await atomicWriteFile(this.fs, this.layout.instanceFile(owner.instanceId), JSON.stringify(owner));
  }

  async remove(instanceId: string): Promise<void> {
    await this.fs.unlink(this.layout.instanceFile(instanceId)).catch((error: unknown) => {
      if (!isNotFound(error)) throw error;
    });
  }

  /**
   * The other instances on this folder: those running, and those gone without
   * a clean stop (an unreadable marker counts as gone).
   */
  async scan(now: Date): Promise<{ running: string[]; abandoned: string[] }> {
    const running: string[] = [];
    const abandoned: string[] = [];
    for (const name of await this.fs.readdir(this.layout.instances)) {
      const instanceId = MARKER.exec(name)?.[1];
      if (!instanceId || name.startsWith('.')) continue;
      const owner = await this.read(instanceId);
      if (owner === null) continue;
      (owner && isAlive(owner, now) ? running : abandoned).push(instanceId);
    }
    return { running, abandoned };
  }

  /** `null` for a marker with a name no instance can have, which recovery leaves alone. */
  private async read(instanceId: string): Promise<Owner | undefined | null> {
    let path: string;
    try {
      path = this.layout.instanceFile(instanceId);
    } catch (error) {
      if (error instanceof MidadError) return null;
      throw error;
    }
    try {
      const parsed = ownerSchema.safeParse(JSON.parse(await this.fs.readFile(path)));
      return parsed.success ? parsed.data : undefined;
    } catch (error) {
      if (isNotFound(error)) return null;
      return undefined;
    }
  }
}
