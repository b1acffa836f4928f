import { basename, join, resolve } from 'node:path';
import type { CallContext, ServiceImplementation } from '../../../shared/api/contract';
import { MidadError } from '../../../shared/api/errors';
import type { Conflict, ImportResult, packagesService } from '../../../shared/api/packagesService';
import { documentText, documentWordCount } from '../../../shared/editor/documentText';
import type { DraftMeta, Revision, RevisionSummary } from '../../../shared/model/draft';
import type { Settings } from '../../../shared/model/settings';
import { mergeComments } from '../../../shared/review/conflicts/mergeComments';
import { mergeVersions } from '../../../shared/review/conflicts/mergeVersions';
import type { ReadBytes } from '../assets/AssetsService';
import { readDraftFile, serializeDraftFile, type DraftFile } from '../drafts/draftFile';
import type { AdoptedDraft } from '../drafts/DraftsService';
import { currentRevision, DraftStore } from '../drafts/DraftStore';
import { newId } from '../drafts/ids';
import { atomicWriteFile } from '../storage/atomicWriteFile';
import { nodeFileSystem, type FileSystem } from '../storage/FileSystem';
import { errnoOf, isNotFound, toStorageError } from '../storage/storageErrors';
import { mergeHistories, relationOf, type Relation } from './history';
import {
  ASSETS_PREFIX,
  DRAFT_ENTRY,
  MANIFEST_ENTRY,
  manifestSchema,
  PACKAGE_EXTENSION,
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  REVISIONS_PREFIX,
  type Manifest,
} from './manifest';
import { carriesConfidentialIdentities, keepLocalIdentities, withoutConfidentialIdentities, type PackageAudience } from './confidentialIdentities';
import { PackageFolders } from './PackageFolders';
import { textBytes, zipPackage, type Entries } from './packageZip';
import { packageInfo, readPackage, type ReceivedPackage } from './readPackage';

/**
 * Bookkeeping after a draft was committed: the user's draft is whole either
 * way, so a failure here must not report the import as failed. A missing
 * exchange record can only make a later exchange look like a conflict (both
 * versions kept), never overwrite anything; a leftover conflict folder that
 * the draft no longer lists is never read.
 */
async function afterCommit(task: () => Promise<void>): Promise<void> {
  await task().catch(() => undefined);
}

/** The drafts service's one door for drafts that arrive whole. */
export interface PackageDrafts {
  adopt(id: string, prepare: (current: DraftFile | undefined) => Promise<AdoptedDraft | undefined>, context: CallContext): Promise<DraftMeta | undefined>;
}

export interface PackagesServiceOptions {
  dataDir: string;
  drafts: PackageDrafts;
  readBytes: ReadBytes;
  fs?: FileSystem;
  clock?: () => Date;
  appVersion: string;
  /** The user's name and this computer's, written into every package sent. */
  sender: () => { name: string; machine: string };
  /** The user's role: only an editor may send anonymous sources' identities by hand. */
  role: () => Settings['role'];
}

type PackagesApi = ServiceImplementation<typeof packagesService>;
type Args<M extends keyof PackagesApi> = Parameters<PackagesApi[M]>[0];

const ASSET_FILE = /^[0-9a-f]{64}\.(png|jpg|gif|webp)$/;
const PACKAGE_ERRORS = new Set(['package_corrupt', 'package_tampered', 'package_from_future', 'package_missing_images']);

/**
 * A draft as one `.midad` file (a zip: manifest with checksums, the draft
 * file, its kept revisions and its pictures) and back. Receiving never
 * half-imports: a draft new here is assembled in a staging folder and moves
 * in with one rename; an update writes the files it adds, then commits
 * draft.json; a version that conflicts is kept beside the draft until the user
 * resolves it. A refused package is copied aside with its reason.
 */
export class PackagesService implements PackagesApi {
  private readonly fs: FileSystem;
  private readonly folders: PackageFolders;
  private readonly store: DraftStore;
  private readonly clock: () => Date;

  constructor(private readonly options: PackagesServiceOptions) {
    this.fs = options.fs ?? nodeFileSystem;
    this.folders = new PackageFolders(this.fs, options.dataDir);
    this.store = new DraftStore(this.fs, this.folders.layout);
    this.clock = options.clock ?? (() => new Date());
  }

  /** Forgets what an import cut short left in the staging folder. */
  async start(): Promise<void> {
    await this.folders.clearStaging();
  }

  async export({ id, path, includeConfidential }: Args<'export'>) {
    const { bytes, manifest } = await this.pack(id, this.byHand(includeConfidential));
    const target = resolve(path);
    await atomicWriteFile(this.fs, target, bytes);
    return { path: target, size: bytes.length, package: packageInfo(manifest) };
  }

  async import({ path }: Args<'import'>, context: CallContext): Promise<ImportResult> {
    return this.receiveFile(resolve(path), context);
  }

  async exportBase64({ id, includeConfidential }: Args<'exportBase64'>) {
    const { bytes, manifest } = await this.pack(id, this.byHand(includeConfidential));
    return { fileName: `${id}${PACKAGE_EXTENSION}`, base64: Buffer.from(bytes).toString('base64'), package: packageInfo(manifest) };
  }

  async importBase64({ name, base64 }: Args<'importBase64'>, context: CallContext): Promise<ImportResult> {
    return this.receiveBytes(Buffer.from(base64, 'base64'), basename(name), context);
  }

  async conflicts({ id }: Args<'conflicts'>): Promise<Conflict[]> {
    const { meta } = await this.local(id);
    const conflicts: Conflict[] = [];
    for (const revisionId of meta.conflicts ?? []) {
      const { manifest, file } = await this.readConflict(id, revisionId);
      const { document, fields, sources, comments } = file;
      conflicts.push({ revisionId, package: packageInfo(manifest), document, fields, sources, comments });
    }
    return conflicts;
  }

  async resolveConflict({ id, revisionId, whole, blocks }: Args<'resolveConflict'>, context: CallContext): Promise<DraftMeta> {
    const meta = await this.options.drafts.adopt(
      id,
      async (current) => {
        if (!current?.meta.conflicts?.includes(revisionId)) throw new MidadError('not_found', { id, revisionId });
        const theirs = await this.readConflict(id, revisionId);
        for (const revision of [...theirs.revisions, currentRevision(theirs.file), currentRevision(current)]) {
          if (!(await this.store.hasRevision(id, revision.id))) await this.store.writeRevision(revision);
        }
        const chosen = whole === 'mine' ? current : theirs.file;
        const document = mergeVersions(current.document, theirs.file.document, { whole, blocks });
        const now = this.clock();
        const summary: RevisionSummary = {
          id: newId(now),
          draftId: id,
          kind: 'checkpoint',
          createdAt: now.toISOString(),
          author: this.options.sender().name.slice(0, 200),
          headline: documentText(document).headline.slice(0, 2_000),
          wordCount: documentWordCount(document),
          mergedFrom: revisionId,
        };
        const remaining = current.meta.conflicts.filter((other) => other !== revisionId);
        const { conflicts: _resolved, ...rest } = current.meta;
        const file: DraftFile = {
          ...current,
          meta: {
            ...rest,
            ...(remaining.length > 0 ? { conflicts: remaining } : {}),
            status: chosen.meta.status,
            updatedAt: summary.createdAt,
            headline: summary.headline,
            wordCount: summary.wordCount,
            revisionId: summary.id,
          },
          document,
          fields: chosen.fields,
          sources: keepLocalIdentities(chosen.sources, current.sources),
          comments: mergeComments(chosen.comments, (whole === 'mine' ? theirs.file : current).comments),
          revisions: [...mergeHistories(theirs.file.revisions, current.revisions), summary],
        };
        return { file };
      },
      context,
    );
    // Only once the resolution is committed: until then the received version is all the user has of it.
    await afterCommit(async () => {
      await this.fs.rm(this.folders.conflictDir(id, revisionId), { recursive: true, force: true });
      await this.folders.setLastShared(id, revisionId);
    });
    return meta!;
  }

  /** How a received package relates to this machine's copy of the draft, from its manifest alone. */
  async relationTo(manifest: Manifest): Promise<Relation> {
    const local = await this.local(manifest.draftId).catch((error: unknown) => {
      if (error instanceof MidadError && error.code === 'not_found') return undefined;
      throw error;
    });
    return relationOf(local, manifest);
  }

  /** A package sent by hand (export, desk send, the CLI) by this machine's user. */
  byHand(includeConfidential = false): PackageAudience {
    return { kind: 'by_hand', role: this.options.role(), includeConfidential };
  }

  /**
   * The draft as a package for `audience`: what `export` writes and the desk
   * folder receives. Identities left out are left out before the checksums.
   */
  async pack(id: string, audience: PackageAudience): Promise<{ bytes: Uint8Array; manifest: Manifest }> {
    const source = await this.local(id);
    const confidential = carriesConfidentialIdentities(audience, source.meta.status);
    const shared = <T extends { sources?: DraftFile['sources'] }>(carrier: T): T =>
      confidential || !carrier.sources ? carrier : { ...carrier, sources: withoutConfidentialIdentities(carrier.sources) };
    const entries: Entries = new Map();
    const carried: RevisionSummary[] = [];
    for (const summary of source.revisions) {
      if (summary.id === source.meta.revisionId) {
        carried.push(summary);
        continue;
      }
      // A revision whose file is gone (pruned meanwhile, unreadable) is left out of the history sent.
      const revision = await this.store.readRevision(id, summary.id);
      if (!revision) continue;
      entries.set(`${REVISIONS_PREFIX}${summary.id}.json`, textBytes(JSON.stringify(shared<Revision>(revision))));
      carried.push(summary);
    }
    // Conflicts wait on this machine's decision; the other side has its own version already.
    const { conflicts: _local, ...meta } = source.meta;
    entries.set(DRAFT_ENTRY, textBytes(serializeDraftFile(shared({ ...source, meta, revisions: carried }))));
    for (const name of await this.assetNames(id)) {
      entries.set(`${ASSETS_PREFIX}${name}`, await this.readBytes(join(this.folders.layout.assetsDir(id), name)));
    }
    const base = await this.folders.lastShared(id);
    const { name, machine } = this.options.sender();
    const manifest: Omit<Manifest, 'entries'> = {
      format: PACKAGE_FORMAT,
      formatVersion: PACKAGE_FORMAT_VERSION,
      appVersion: this.options.appVersion.slice(0, 100),
      draftId: id,
      revisionId: meta.revisionId,
      ...(base && base !== meta.revisionId ? { baseRevisionId: base } : {}),
      status: meta.status,
      headline: meta.headline,
      sender: { name: name.slice(0, 200), machine: machine.slice(0, 255) },
      sentAt: this.clock().toISOString(),
      history: carried.map((summary) => summary.id),
      confidentialIdentities: confidential,
    };
    const bytes = zipPackage(manifest, entries);
    return { bytes, manifest: { ...manifest, entries: {} } };
  }

  /** Imports the package at `path`, keeping it aside if it is refused. */
  async receiveFile(path: string, context: CallContext): Promise<ImportResult> {
    return this.receiveBytes(await this.readBytes(path), basename(path), context);
  }

  private async receiveBytes(bytes: Uint8Array, name: string, context: CallContext): Promise<ImportResult> {
    let received: ReceivedPackage;
    try {
      received = readPackage(bytes, name);
    } catch (error) {
      if (!(error instanceof MidadError) || !PACKAGE_ERRORS.has(error.code)) throw error;
      const keptIn = await this.folders.keepAside(bytes, name, error, this.clock());
      throw new MidadError(error.code, { ...error.params, keptIn }, error.detail);
    }
    return this.receive(received, context);
  }

  private async receive(received: ReceivedPackage, context: CallContext): Promise<ImportResult> {
    const { manifest, file: incoming } = received;
    const id = manifest.draftId;
    let outcome = 'up_to_date' as ImportResult['outcome'];
    const adopted = await this.options.drafts.adopt(
      id,
      async (current) => {
        const relation = relationOf(current, manifest);
        if (relation === 'new') {
          outcome = 'created';
          return { file: incoming, folder: await this.stageNewDraft(received) };
        }
        if (!current || relation === 'up_to_date') return undefined;
        if (relation === 'fast_forward') {
          outcome = 'updated';
          return { file: await this.writeUpdate(received, current) };
        }
        outcome = 'conflict';
        await this.keepConflict(received);
        return { file: { ...current, meta: { ...current.meta, conflicts: [...(current.meta.conflicts ?? []), manifest.revisionId] } } };
      },
      context,
    );
    if (outcome === 'updated') await afterCommit(() => this.folders.setLastShared(id, manifest.revisionId));
    const meta = adopted ?? (await this.local(id)).meta;
    return { outcome, meta, package: packageInfo(manifest) };
  }

  /** A complete draft folder, outside `drafts/` until it moves in whole. */
  private async stageNewDraft({ file, revisions, assets }: ReceivedPackage): Promise<string> {
    const dir = await this.folders.newStagingDir();
    await this.fs.mkdir(join(dir, 'revisions'), { recursive: true });
    await this.fs.mkdir(join(dir, 'assets'), { recursive: true });
    for (const revision of revisions) await atomicWriteFile(this.fs, join(dir, 'revisions', `${revision.id}.json`), JSON.stringify(revision));
    for (const [entry, bytes] of assets) await atomicWriteFile(this.fs, join(dir, entry), bytes);
    await atomicWriteFile(this.fs, join(dir, DRAFT_ENTRY), serializeDraftFile(file));
    await this.folders.setLastShared(file.meta.id, file.meta.revisionId, dir);
    return dir;
  }

  /**
   * The files a newer version adds beside the draft (revisions, pictures; both
   * immutable, so writing them first changes nothing the draft shows), and the
   * draft file to commit: the received one with the local history it lacks.
   */
  private async writeUpdate({ file, revisions, assets }: ReceivedPackage, current: DraftFile): Promise<DraftFile> {
    const id = current.meta.id;
    for (const revision of [...revisions, currentRevision(current)]) {
      if (!(await this.store.hasRevision(id, revision.id))) await this.store.writeRevision(revision);
    }
    await this.writeAssets(id, assets);
    const { conflicts } = current.meta;
    return {
      ...file,
      meta: { ...file.meta, ...(conflicts ? { conflicts } : {}) },
      sources: keepLocalIdentities(file.sources, current.sources),
      revisions: mergeHistories(current.revisions, file.revisions),
    };
  }

  /** The received version in `conflicts/<revisionId>/`, moved in whole; its pictures join the draft's. */
  private async keepConflict({ manifest, file, revisions, assets }: ReceivedPackage): Promise<void> {
    const id = manifest.draftId;
    const target = this.folders.conflictDir(id, manifest.revisionId);
    const staging = `${target}.${newId(this.clock())}.staging`;
    await this.fs.mkdir(join(staging, 'revisions'), { recursive: true });
    for (const revision of revisions) await atomicWriteFile(this.fs, join(staging, 'revisions', `${revision.id}.json`), JSON.stringify(revision));
    await atomicWriteFile(this.fs, join(staging, DRAFT_ENTRY), serializeDraftFile(file));
    await atomicWriteFile(this.fs, join(staging, MANIFEST_ENTRY), JSON.stringify(manifest));
    await this.writeAssets(id, assets);
    // Left by an import cut short before its commit: the draft file does not list it.
    await this.fs.rm(target, { recursive: true, force: true });
    await this.fs.rename(staging, target);
    await this.fs.syncDir(this.folders.conflictsDir(id));
  }

  private async readConflict(id: string, revisionId: string): Promise<{ manifest: Manifest; file: DraftFile; revisions: ReceivedPackage['revisions'] }> {
    const dir = this.folders.conflictDir(id, revisionId);
    const manifest = manifestSchema.parse(JSON.parse(await this.fs.readFile(join(dir, MANIFEST_ENTRY))));
    // Through the draft reader: a conflict kept by an older Midad gains what newer drafts carry (comments, …).
    const reading = readDraftFile(await this.fs.readFile(join(dir, DRAFT_ENTRY)));
    if (!reading.ok) throw new MidadError('draft_corrupt', { id }, `conflict ${revisionId}: ${reading.detail}`);
    const file = reading.file;
    const names = await this.fs.readdir(join(dir, 'revisions')).catch(() => [] as string[]);
    const revisions = [];
    for (const name of names.filter((candidate) => candidate.endsWith('.json') && !candidate.startsWith('.'))) {
      revisions.push(JSON.parse(await this.fs.readFile(join(dir, 'revisions', name))) as ReceivedPackage['revisions'][number]);
    }
    return { manifest, file, revisions };
  }

  private async writeAssets(id: string, assets: Entries): Promise<void> {
    const have = new Set(await this.assetNames(id));
    await this.fs.mkdir(this.folders.layout.assetsDir(id), { recursive: true });
    for (const [entry, bytes] of assets) {
      const name = entry.slice(ASSETS_PREFIX.length);
      if (!have.has(name)) await atomicWriteFile(this.fs, join(this.folders.layout.assetsDir(id), name), bytes);
    }
  }

  private async assetNames(id: string): Promise<string[]> {
    const names = await this.fs.readdir(this.folders.layout.assetsDir(id)).catch((error: unknown) => {
      if (isNotFound(error)) return [];
      throw error;
    });
    return names.filter((name) => ASSET_FILE.test(name)).sort();
  }

  private async local(id: string): Promise<DraftFile> {
    const { reading } = await this.store.read(id);
    if (!reading.ok) throw new MidadError(reading.reason === 'future_version' ? 'draft_from_future' : 'draft_corrupt', { id });
    return reading.file;
  }

  private async readBytes(path: string): Promise<Uint8Array> {
    try {
      return await this.options.readBytes(path);
    } catch (error) {
      if (isNotFound(error)) throw new MidadError('not_found', {}, path);
      throw errnoOf(error) ? toStorageError(error) : error;
    }
  }
}

