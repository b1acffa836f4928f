import type { CallContext, ServiceImplementation } from '../../../shared/api/contract';
import { MidadError } from '../../../shared/api/errors';
import type { draftsService } from '../../../shared/api/midad';
import { createDocument, documentText, documentWordCount } from '../../../shared/editor/documentText';
import { defaultArticleFields, type ArticleFields } from '../../../shared/model/article';
import { openCommentCount } from '../../../shared/review/comments/threads';
import type { ArticleDocument } from '../../../shared/model/document';
import type { Draft, DraftMeta, DraftStatus, Revision, RevisionKind, RevisionSummary, StatusChange } from '../../../shared/model/draft';
import type { ArticleLanguage } from '../../../shared/model/language';
import { nodeFileSystem, type FileSystem } from '../storage/FileSystem';
import { errnoOf, toStorageError } from '../storage/storageErrors';
import type { DraftIndex } from '../library/DraftIndex';
import { coalesceRevisions } from './coalesce';
import { DRAFT_FORMAT, draftOf, type DraftFile } from './draftFile';
import { DraftLayout } from './DraftLayout';
import { currentRevision, DraftStore } from './DraftStore';
import { newId } from './ids';
import { InstanceMarkers } from './instances';
import { HEARTBEAT_MS, markRunning, thisHost, type Owner } from './liveness';
import { DraftLocks } from './locks';
import { CURRENT_SCHEMA_VERSION, draftMigrations, type Migration } from './migrations';
import { Quarantine } from './Quarantine';
import { recoverDataFolder, setAside, type RecoveryDeps, type RecoveryReport } from './recovery';
import { sortDrafts } from './sortDrafts';
import { Trash } from './Trash';

export interface DraftsServiceOptions {
  dataDir: string;
  /** The catalog and search index; derived data the service keeps in step. */
  index: DraftIndex;
  fs?: FileSystem;
  clock?: () => Date;
  /** Unique per app process (draft-id alphabet): tells app instances apart in locks and crash markers. */
  instanceId: string;
  /** The current user's name, recorded in revisions and authors. */
  author: () => string;
  /** The byline a new draft starts with (settings' byline, else the user's name); defaults to `author`. */
  byline?: () => string;
  defaultLanguage: () => ArticleLanguage;
  onDidChange?: (ids: string[]) => void;
  /** The draft-format migrations applied on read; tests pass their own. */
  migrations?: ReadonlyMap<number, Migration>;
}

/** A received draft to commit; a draft new here comes as the complete folder staged for it. */
export interface AdoptedDraft {
  file: DraftFile;
  folder?: string;
}

type DraftsApi = ServiceImplementation<typeof draftsService>;
type Args<M extends keyof DraftsApi> = Parameters<DraftsApi[M]>[0];

/** A save that failed may still have committed draft.json: retrying from the same base is not a conflict. */
interface InterruptedSave {
  base: string;
  committedMaybe: Set<string>;
}

/**
 * Drafts on disk under the data folder: every change commits with one atomic
 * rename of draft.json, then writes the derived index entry, which recovery
 * rebuilds when a crash came in between. The current revision lives only in
 * draft.json; a revision gets its own file when a save supersedes it and the
 * history keeps it, so steady typing costs one atomic write per save.
 */
export class DraftsService implements DraftsApi {
  private readonly fs: FileSystem;
  private readonly layout: DraftLayout;
  private readonly store: DraftStore;
  private readonly locks: DraftLocks;
  private readonly markers: InstanceMarkers;
  private readonly quarantine: Quarantine;
  private readonly trashBin: Trash;
  private readonly clock: () => Date;
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly interrupted = new Map<string, InterruptedSave>();
  /** A write failed this session and may have left a temp file: keep the crash marker so the next start sweeps. */
  private dirty = false;
  private heartbeat: NodeJS.Timeout | undefined;

  constructor(private readonly options: DraftsServiceOptions) {
    this.fs = options.fs ?? nodeFileSystem;
    this.clock = options.clock ?? (() => new Date());
    this.layout = new DraftLayout(options.dataDir);
    this.layout.instanceFile(options.instanceId);
    this.store = new DraftStore(this.fs, this.layout, options.migrations ?? draftMigrations);
    this.markers = new InstanceMarkers(this.fs, this.layout);
    this.quarantine = new Quarantine(this.fs, this.layout, this.clock);
    this.trashBin = new Trash(this.fs, this.layout);
    this.locks = new DraftLocks({
      fs: this.fs,
      layout: this.layout,
      owner: () => this.owner(),
      author: () => this.authorName(),
      clock: this.clock,
    });
  }

  /**
   * Opens the data folder. After a crash (another instance's marker whose
   * process is gone, or this process's own from a run that did not stop
   * cleanly) every draft is checked; otherwise only the catalog is reconciled,
   * which keeps start fast with 10,000 drafts.
   */
  async start(): Promise<RecoveryReport> {
    for (const dir of [this.layout.drafts, this.layout.trash, this.layout.quarantine, this.layout.instances]) {
      await this.fs.mkdir(dir, { recursive: true });
    }
    const now = this.clock();
    const others = await this.markers.scan(now);
    markRunning(this.options.instanceId, true);
    await this.markers.write(this.owner());
    const report = await recoverDataFolder(this.recoveryDeps(), {
      // A damaged index lost entries we cannot tell apart: read every draft and rebuild it.
      full: others.abandoned.length > 0 || this.options.index.needsRebuild === true,
      othersRunning: others.running.length > 0,
      now,
    });
    // Removed only now: a crash during recovery must leave the next start the same reason to recover.
    for (const instanceId of others.abandoned) await this.markers.remove(instanceId);
    this.heartbeat = setInterval(() => void this.beat(), HEARTBEAT_MS);
    this.heartbeat.unref();
    const changed = [...new Set([...report.reindexed, ...report.quarantined.map((entry) => entry.id)])];
    if (changed.length > 0) this.emit(changed);
    return report;
  }

  /** Reads every draft and reindexes it: the answer to a search index found damaged while running. */
  async reindexAll(): Promise<void> {
    const report = await recoverDataFolder(this.recoveryDeps(), { full: true, othersRunning: true, now: this.clock() });
    if (report.reindexed.length > 0) this.emit(report.reindexed);
  }

  /** Releases this instance's locks and, after a clean session, its crash marker. */
  async stop(): Promise<void> {
    clearInterval(this.heartbeat);
    this.heartbeat = undefined;
    try {
      await this.locks.releaseAll();
      if (!this.dirty) await this.markers.remove(this.options.instanceId);
    } finally {
      markRunning(this.options.instanceId, false);
    }
  }

  async list(args: Args<'list'>): Promise<DraftMeta[]> {
    const matching = this.options.index
      .all()
      .filter((meta) => (!args.status || meta.status === args.status) && (!args.language || meta.language === args.language));
    return sortDrafts(matching, args.sort);
  }

  async create(args: Args<'create'>): Promise<Draft> {
    return this.guarded(async () => {
      const now = this.clock();
      const language = args.language ?? this.options.defaultLanguage();
      const document = args.document ?? createDocument(language, args.headline ?? '');
      const author = this.authorName();
      const byline = (this.options.byline ?? this.options.author)().slice(0, 200);
      const given = args.fields ?? defaultArticleFields;
      const fields: ArticleFields = { ...given, authors: given.authors.length > 0 || !byline ? given.authors : [byline] };
      const summary = this.summarize(newId(now), now, 'created', document);
      const comments = args.comments ?? [];
      const meta: DraftMeta = {
        id: newId(now),
        language,
        status: 'draft',
        authors: author ? [author] : [],
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
        headline: summary.headline,
        wordCount: summary.wordCount,
        revisionId: summary.id,
        openComments: openCommentCount(comments),
      };
      const file: DraftFile = {
        format: DRAFT_FORMAT,
        schemaVersion: CURRENT_SCHEMA_VERSION,
        meta,
        document,
        fields,
        sources: args.sources ?? [],
        comments,
        revisions: [{ ...summary, draftId: meta.id }],
      };
      await this.writing(async () => {
        await this.store.createFolders(meta.id);
        await this.store.commit(file);
        await this.options.index.upsert(meta, document);
      });
      this.emit([meta.id]);
      return draftOf(file);
    });
  }

  async open(args: Args<'open'>, context: CallContext) {
    return this.guarded(async () => {
      const file = await this.load(args.id);
      const mode = await this.locks.open(args.id, context.clientId, args.takeOver);
      return { draft: draftOf(file), ...mode };
    });
  }

  async close(args: Args<'close'>, context: CallContext) {
    await this.guarded(() => this.locks.release(args.id, context.clientId));
    return { ok: true as const };
  }

  async save(args: Args<'save'>, context: CallContext): Promise<DraftMeta> {
    return this.exclusive(args.id, async () => {
      await this.locks.assertHolder(args.id, context.clientId);
      const current = await this.load(args.id);
      const interrupted = this.interrupted.get(args.id);
      const retrying =
        interrupted?.base === args.baseRevisionId && interrupted.committedMaybe.has(current.meta.revisionId);
      if (current.meta.revisionId !== args.baseRevisionId && !retrying) {
        throw new MidadError('revision_conflict', { id: args.id });
      }
      const change = {
        document: args.document,
        fields: args.fields ?? current.fields,
        sources: args.sources ?? current.sources,
        comments: args.comments ?? current.comments,
      };
      return (await this.commitChange(current, change, args.kind, args.baseRevisionId)).meta;
    });
  }

  async delete(args: Args<'delete'>, context: CallContext) {
    await this.exclusive(args.id, async () => {
      await this.locks.assertNotHeldByOther(args.id, context.clientId);
      const current = await this.load(args.id);
      await this.writing(async () => {
        await this.trashBin.moveIn(current.meta, this.clock());
        await this.options.index.remove(args.id);
      });
      this.locks.forget(args.id);
      this.interrupted.delete(args.id);
      this.emit([args.id]);
    });
    return { ok: true as const };
  }

  async trash(_args?: Args<'trash'>) {
    return this.guarded(() => this.trashBin.list());
  }

  async restoreFromTrash(args: Args<'restoreFromTrash'>): Promise<DraftMeta> {
    return this.exclusive(args.id, async () => {
      await this.writing(() => this.trashBin.moveOut(args.id));
      const file = await this.load(args.id);
      await this.writing(() => this.options.index.upsert(file.meta, file.document));
      this.emit([args.id]);
      return file.meta;
    });
  }

  async emptyTrash(_args?: Args<'emptyTrash'>) {
    return this.guarded(async () => ({ removed: await this.writing(() => this.trashBin.empty()) }));
  }

  async revisions(args: Args<'revisions'>): Promise<RevisionSummary[]> {
    return this.guarded(async () => [...(await this.load(args.id)).revisions].reverse());
  }

  async revision(args: Args<'revision'>): Promise<Revision> {
    return this.guarded(async () => this.findRevision(await this.load(args.id), args.revisionId));
  }

  async restoreRevision(args: Args<'restoreRevision'>, context: CallContext): Promise<Draft> {
    return this.exclusive(args.id, async () => {
      await this.locks.assertNotHeldByOther(args.id, context.clientId);
      const current = await this.load(args.id);
      const old = await this.findRevision(current, args.revisionId);
      // Comments are not part of a revision: restoring old text keeps today's threads (those whose text is gone orphan).
      const change = { document: old.document, fields: current.fields, sources: current.sources, comments: current.comments };
      const file = await this.commitChange(current, change, 'restore', current.meta.revisionId, { restoredFrom: old.id });
      return draftOf(file);
    });
  }

  /**
   * Moves a draft to another editorial state as a `status` revision carrying
   * the step; whether the step is allowed is the review service's business.
   * The text is unchanged, but the revision id moves on: a window editing the
   * draft elsewhere must reload, so a lock held by another client refuses it.
   */
  async setStatus(id: string, status: DraftStatus, record: Omit<StatusChange, 'to'>, context: CallContext): Promise<DraftMeta> {
    return this.exclusive(id, async () => {
      await this.locks.assertNotHeldByOther(id, context.clientId);
      const current = await this.load(id);
      if (current.meta.status !== record.from) throw new MidadError('revision_conflict', { id });
      const file = await this.commitChange(current, current, 'status', current.meta.revisionId, {
        statusChange: { ...record, to: status },
      });
      return file.meta;
    });
  }

  async quarantined(_args?: Args<'quarantined'>) {
    return this.guarded(() => this.quarantine.list());
  }

  /**
   * Commits a draft that arrived whole from another machine (a `.midad`
   * package), in the draft's queue. `prepare` sees the draft as it is on disk
   * (undefined when new here), writes the revision and asset files its answer
   * refers to, and answers the file to commit, or undefined to change nothing.
   * A draft new here arrives as a complete folder and moves in with one rename.
   */
  async adopt(id: string, prepare: (current: DraftFile | undefined) => Promise<AdoptedDraft | undefined>, context: CallContext): Promise<DraftMeta | undefined> {
    return this.exclusive(id, async () => {
      const current = await this.load(id).catch((error: unknown) => {
        if (error instanceof MidadError && error.code === 'not_found') return undefined;
        throw error;
      });
      if (current) await this.locks.assertNotHeldByOther(id, context.clientId);
      const adopted = await prepare(current);
      if (!adopted) return undefined;
      await this.writing(async () => {
        if (current) {
          await this.store.commit(adopted.file);
        } else {
          if (!adopted.folder) throw new MidadError('internal', {}, 'a new draft needs its staged folder');
          await this.fs.rename(adopted.folder, this.layout.draftDir(id));
          await this.fs.syncDir(this.layout.drafts);
        }
        await this.options.index.upsert(adopted.file.meta, adopted.file.document);
      });
      this.emit([id]);
      return adopted.file.meta;
    });
  }

  /** Commits a new current text as one revision (keeping the one it supersedes, if the history does), then its index entry. */
  private async commitChange(
    current: DraftFile,
    { document, fields, sources, comments }: Pick<DraftFile, 'document' | 'fields' | 'sources' | 'comments'>,
    kind: RevisionKind,
    base: string,
    extra: Pick<RevisionSummary, 'restoredFrom' | 'statusChange'> = {},
  ): Promise<DraftFile> {
    const now = this.clock();
    const id = current.meta.id;
    const summary: RevisionSummary = {
      ...this.summarize(newId(now), now, kind, document),
      draftId: id,
      ...extra,
    };
    const author = summary.author;
    const authors =
      author && !current.meta.authors.includes(author) ? [...current.meta.authors, author].slice(-50) : current.meta.authors;
    const meta: DraftMeta = {
      ...current.meta,
      status: extra.statusChange?.to ?? current.meta.status,
      authors,
      updatedAt: summary.createdAt,
      headline: summary.headline,
      wordCount: summary.wordCount,
      revisionId: summary.id,
      openComments: openCommentCount(comments),
    };
    const { keep, drop } = coalesceRevisions([...current.revisions, summary], now);
    const file: DraftFile = { ...current, meta, document, fields, sources, comments, revisions: keep };

    const interrupted = this.interrupted.get(id);
    const pending = interrupted?.base === base ? interrupted : { base, committedMaybe: new Set<string>() };
    pending.committedMaybe.add(summary.id);
    this.interrupted.set(id, pending);
    await this.writing(async () => {
      await this.keepSuperseded(current, keep);
      await this.store.commit(file);
      await this.options.index.upsert(meta, document);
    });
    this.interrupted.delete(id);
    for (const pruned of drop) {
      await this.store.removeRevision(id, pruned.id).catch(() => {
        this.dirty = true;
      });
    }
    this.emit([id]);
    return file;
  }

  /**
   * The current revision's text exists only in draft.json, which the commit is
   * about to replace: if the history keeps that revision, its file is written
   * first, so no crash can lose it. Inside one 5-minute bucket the superseded
   * autosave is dropped and nothing is written here.
   */
  private async keepSuperseded(current: DraftFile, keep: RevisionSummary[]): Promise<void> {
    const superseded = current.meta.revisionId;
    if (!keep.some((revision) => revision.id === superseded)) return;
    // A file from an older Midad, or from a save that failed after writing it, is already whole.
    if (await this.store.hasRevision(current.meta.id, superseded)) return;
    await this.store.writeRevision(currentRevision(current));
  }

  private summarize(revisionId: string, now: Date, kind: RevisionKind, document: ArticleDocument) {
    return {
      id: revisionId,
      draftId: '',
      kind,
      createdAt: now.toISOString(),
      author: this.authorName(),
      headline: documentText(document).headline.slice(0, 2_000),
      wordCount: documentWordCount(document),
    } satisfies RevisionSummary;
  }

  private async findRevision(file: DraftFile, revisionId: string): Promise<Revision> {
    if (!file.revisions.some((revision) => revision.id === revisionId)) {
      throw new MidadError('not_found', { id: file.meta.id, revisionId });
    }
    if (revisionId === file.meta.revisionId) return currentRevision(file);
    const revision = await this.store.readRevision(file.meta.id, revisionId);
    if (!revision) throw new MidadError('not_found', { id: file.meta.id, revisionId });
    return revision;
  }

  /** Reads a draft; one that cannot be read is quarantined on the spot and reported as such. */
  private async load(id: string): Promise<DraftFile> {
    const { text, reading } = await this.store.read(id);
    if (reading.ok) return reading.file;
    await this.writing(() => setAside(this.recoveryDeps(), id, reading.reason, reading.detail, text));
    this.locks.forget(id);
    this.emit([id]);
    throw new MidadError(reading.reason === 'future_version' ? 'draft_from_future' : 'draft_corrupt', { id });
  }

  private recoveryDeps(): RecoveryDeps {
    return { fs: this.fs, layout: this.layout, store: this.store, index: this.options.index, quarantine: this.quarantine };
  }

  /** Runs a write; if it fails, a temp file may be left, so the next start sweeps. */
  private async writing<T>(task: () => Promise<T>): Promise<T> {
    try {
      return await task();
    } catch (error) {
      this.dirty = true;
      throw error;
    }
  }

  /** One change at a time per draft, so a save cannot interleave with a delete or another save. */
  private exclusive<T>(id: string, task: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(id) ?? Promise.resolve();
    const run = previous.then(() => this.guarded(task));
    const settled = run.catch(() => undefined);
    this.queues.set(id, settled);
    void settled.then(() => {
      if (this.queues.get(id) === settled) this.queues.delete(id);
    });
    return run;
  }

  /** File-system failures leave as the storage errors the user is shown. */
  private async guarded<T>(task: () => Promise<T>): Promise<T> {
    try {
      return await task();
    } catch (error) {
      throw errnoOf(error) ? toStorageError(error) : error;
    }
  }

  private async beat(): Promise<void> {
    try {
      await this.markers.write(this.owner());
      await this.locks.refresh();
    } catch {
      // A missed heartbeat only makes this instance look gone two minutes later; the next one may succeed.
    }
  }

  private owner(): Owner {
    return { instanceId: this.options.instanceId, pid: process.pid, host: thisHost(), heartbeatAt: this.clock().toISOString() };
  }

  private authorName(): string {
    return this.options.author().slice(0, 200);
  }

  private emit(ids: string[]): void {
    this.options.onDidChange?.(ids);
  }
}
