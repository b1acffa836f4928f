import { join } from 'node:path';
import type { CallContext, ServiceImplementation } from '../../../shared/api/contract';
import { MidadError } from '../../../shared/api/errors';
import type { DeskArrival, DeskScan, deskService, ImportResult } from '../../../shared/api/packagesService';
import type { DraftMeta, DraftStatus } from '../../../shared/model/draft';
import type { ReadBytes } from '../assets/AssetsService';
import { atomicWriteFile } from '../storage/atomicWriteFile';
import { nodeFileSystem, type FileSystem } from '../storage/FileSystem';
import type { PackageAudience } from './confidentialIdentities';
import { PACKAGE_EXTENSION, type Manifest } from './manifest';
import { PendingDrops } from './PendingDrops';
import type { PackagesService } from './PackagesService';
import { packageInfo, readManifest } from './readPackage';

export interface DeskServiceOptions {
  packages: Pick<PackagesService, 'pack' | 'byHand' | 'receiveFile' | 'relationTo'>;
  /** The `deskFolder` setting; empty means no desk folder. */
  folder: () => string;
  /** Where drops that waited for the folder are remembered (`<dataDir>/packages/desk-pending.json`). */
  pendingFile: string;
  readBytes: ReadBytes;
  fs?: FileSystem;
  onDidArrive?: (scan: DeskScan) => void;
}

type DeskApi = ServiceImplementation<typeof deskService>;

/** The editorial steps that hand a story to the other side of the desk. */
const HANDOVER: ReadonlySet<DraftStatus> = new Set(['submitted', 'changes_requested', 'approved']);

const HANDOVER_AUDIENCE: PackageAudience = { kind: 'handover' };

/** `<draftId>.midad`, never a temp name, a hidden file or a path. */
const PACKAGE_FILE = /^[a-z0-9][a-z0-9-]{7,63}\.midad$/;

/**
 * The desk folder: any shared or synced folder (a network share, Dropbox, a
 * USB stick) where each story waits as `<draftId>.midad`. A package lands
 * under a temp name and is renamed, so a syncing client never picks up half
 * a file. The folder may come and go: a scan then answers `unreachable`, a
 * state, and the watcher sends what it could not while it was gone.
 */
export class DeskService implements DeskApi {
  private readonly fs: FileSystem;
  /** Manifests by file name, size and time, so polling does not unzip unchanged packages. */
  private readonly manifests = new Map<string, { key: string; manifest: Manifest | undefined }>();
  private readonly pending: PendingDrops;
  private timer: NodeJS.Timeout | undefined;
  private lastScan = '';

  constructor(private readonly options: DeskServiceOptions) {
    this.fs = options.fs ?? nodeFileSystem;
    this.pending = new PendingDrops(this.fs, options.pendingFile);
  }

  /** By hand, unless it sends a hand-over that waited for the folder (the CLI's `desk` does): that is still the hand-over. */
  async send({ id, includeConfidential = false }: { id: string; includeConfidential?: boolean }) {
    const waited = !includeConfidential && (await this.pending.list()).includes(id);
    return this.drop(id, waited ? HANDOVER_AUDIENCE : this.options.packages.byHand(includeConfidential));
  }

  private async drop(id: string, audience: PackageAudience) {
    const folder = await this.reachableFolder();
    const { bytes, manifest } = await this.options.packages.pack(id, audience);
    const path = join(folder, `${id}${PACKAGE_EXTENSION}`);
    await atomicWriteFile(this.fs, path, bytes);
    await this.pending.remove(id);
    return { path, package: packageInfo(manifest) };
  }

  async scan(): Promise<DeskScan> {
    const folder = this.options.folder();
    if (!folder) return { state: 'off', folder, arrivals: [], waiting: [] };
    const waiting = await this.pending.list();
    let names: string[];
    try {
      names = await this.fs.readdir(folder);
    } catch {
      return { state: 'unreachable', folder, arrivals: [], waiting };
    }
    const arrivals: DeskArrival[] = [];
    for (const file of names.filter((name) => PACKAGE_FILE.test(name)).sort()) {
      const manifest = await this.manifestOf(join(folder, file), file);
      if (!manifest) {
        arrivals.push({ file, state: 'unreadable' });
        continue;
      }
      const relation = await this.options.packages.relationTo(manifest).catch(() => 'unreadable' as const);
      if (relation === 'up_to_date') continue;
      const state = relation === 'fast_forward' ? 'update' : relation;
      arrivals.push({ file, state, package: packageInfo(manifest) });
    }
    return { state: 'reachable', folder, arrivals, waiting };
  }

  async take({ file }: { file: string }, context: CallContext): Promise<ImportResult> {
    if (!PACKAGE_FILE.test(file)) throw new MidadError('invalid_request', {}, 'not a desk package name');
    const folder = await this.reachableFolder();
    return this.options.packages.receiveFile(join(folder, file), context);
  }

  /**
   * After an editorial step: a story submitted, sent back or approved goes to
   * the desk folder if one is set. The step itself is done whatever happens
   * here; a folder that is away gets the package when it is back.
   */
  async afterTransition(meta: DraftMeta): Promise<void> {
    if (!HANDOVER.has(meta.status) || !this.options.folder()) return;
    try {
      await this.drop(meta.id, HANDOVER_AUDIENCE);
    } catch {
      await this.pending.add(meta.id).catch(() => undefined);
    }
  }

  /**
   * Polls the folder (fs.watch misses changes on network shares and synced
   * folders) and reports each scan that differs from the last, including the
   * folder appearing or disappearing.
   */
  watch(intervalMs: number): void {
    this.unwatch();
    this.timer = setInterval(() => void this.poll(), intervalMs);
    this.timer.unref();
  }

  unwatch(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** One round of the watcher; tests call it directly instead of waiting. */
  async poll(): Promise<DeskScan> {
    let scan = await this.scan();
    if (scan.state === 'reachable' && scan.waiting.length > 0) {
      for (const id of scan.waiting) await this.drop(id, HANDOVER_AUDIENCE).catch(() => undefined);
      scan = await this.scan();
    }
    const text = JSON.stringify(scan);
    if (text !== this.lastScan) {
      this.lastScan = text;
      this.options.onDidArrive?.(scan);
    }
    return scan;
  }

  private async reachableFolder(): Promise<string> {
    const folder = this.options.folder();
    if (!folder) throw new MidadError('desk_not_set');
    try {
      if ((await this.fs.stat(folder)).isDirectory()) return folder;
    } catch {
      // Reported below: away or never there look the same from here.
    }
    throw new MidadError('desk_unreachable', { folder });
  }

  private async manifestOf(path: string, file: string): Promise<Manifest | undefined> {
    try {
      const { size, mtimeMs } = await this.fs.stat(path);
      const key = `${size}:${mtimeMs}`;
      const known = this.manifests.get(file);
      if (known?.key === key) return known.manifest;
      const manifest = await this.options
        .readBytes(path)
        .then((bytes) => readManifest(bytes, file))
        .catch(() => undefined);
      this.manifests.set(file, { key, manifest });
      return manifest;
    } catch {
      return undefined;
    }
  }
}
