import { randomBytes } from 'node:crypto';
import type { ServiceImplementation } from '../../../shared/api/contract';
import { MidadError } from '../../../shared/api/errors';
import type { SourceQuote, sourcesService } from '../../../shared/api/sourcesService';
import type { ArticleDocument } from '../../../shared/model/document';
import { sourceSchema, type Source, type SourceId } from '../../../shared/model/source';
import { normalizeArabic, normalizedWords } from '../../../shared/text/arabicSearch';
import { nodeFileSystem, type FileSystem } from '../storage/FileSystem';
import { documentQuotes } from './documentQuotes';
import { QuoteIndex } from './QuoteIndex';
import { SourcesStore } from './SourcesStore';

type SourcesApi = ServiceImplementation<typeof sourcesService>;
type Args<M extends keyof SourcesApi> = Parameters<SourcesApi[M]>[0];

/** How the directory reads drafts without locking them: the catalog and a revision's document. */
export interface DraftReader {
  list(): Promise<Array<{ id: string; headline: string; revisionId: string }>>;
  /** The document of that revision, or undefined when the draft or revision is gone. */
  document(id: string, revisionId: string): Promise<ArticleDocument | undefined>;
}

export interface SourcesServiceOptions {
  dataDir: string;
  drafts: DraftReader;
  /** Confidential identities go to the editor role only. */
  role: () => 'journalist' | 'editor';
  fs?: FileSystem;
  clock?: () => Date;
  onDidChange?: (ids: SourceId[]) => void;
}

/**
 * The newsroom's sources directory. Quotes live in the drafts' documents; the
 * directory keeps a per-draft quote index, refreshed when the composition root
 * forwards the drafts service's `onDidChange` ids to `draftsChanged`. A merge
 * never rewrites drafts behind their authors: the removed id redirects to the
 * kept one, and every lookup follows redirects.
 */
export class SourcesService implements SourcesApi {
  private readonly fs: FileSystem;
  private readonly store: SourcesStore;
  private readonly index: QuoteIndex;
  private sources = new Map<SourceId, Source>();
  private redirects = new Map<SourceId, SourceId>();
  /** Writes and reindexing one after another, so a save never races a merge. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: SourcesServiceOptions) {
    this.fs = options.fs ?? nodeFileSystem;
    this.store = new SourcesStore(this.fs, options.dataDir, options.clock ?? (() => new Date()));
    this.index = new QuoteIndex(this.fs, this.store.dir);
  }

  async start(): Promise<void> {
    ({ sources: this.sources, redirects: this.redirects } = await this.store.load());
    await this.index.load();
    // Drafts saved while the directory was not listening (another instance, a crash) are caught up here;
    // drafts whose revision the index already has are not read.
    await this.serial(() => this.reindex(undefined));
  }

  /** Refreshes the quote index for drafts that changed (saved, created, trashed, restored). */
  draftsChanged(ids: readonly string[]): Promise<void> {
    return this.serial(() => this.reindex(new Set(ids)));
  }

  async list(args: Args<'list'>): Promise<Source[]> {
    const terms = normalizedWords(args.query ?? '');
    const scored: Array<{ source: Source; score: number }> = [];
    for (const source of this.sources.values()) {
      const score = matchScore(source, terms);
      if (score > 0) scored.push({ source, score });
    }
    scored.sort((a, b) => b.score - a.score || a.source.name.localeCompare(b.source.name, 'ar'));
    return scored.slice(0, args.limit).map(({ source }) => this.visible(source));
  }

  async get(args: Args<'get'>): Promise<Source> {
    return this.visible(this.resolve(args.id));
  }

  async create(args: Args<'create'>): Promise<Source> {
    return this.serial(async () => {
      const source = sourceSchema.parse({ ...args, id: `src-${randomBytes(6).toString('hex')}` });
      this.sources.set(source.id, source);
      await this.persist([source.id]);
      return this.visible(source);
    });
  }

  async update(args: Args<'update'>): Promise<Source> {
    return this.serial(async () => {
      const current = this.resolve(args.id);
      const updated = sourceSchema.parse({ ...current, ...withoutUndefined(args.changes), id: current.id });
      this.sources.set(updated.id, updated);
      await this.persist([updated.id]);
      return this.visible(updated);
    });
  }

  async merge(args: Args<'merge'>): Promise<Source> {
    return this.serial(async () => {
      const keep = this.resolve(args.keep);
      const remove = this.resolve(args.remove);
      if (keep.id === remove.id) throw new MidadError('invalid_request', {}, 'a source cannot be merged into itself');
      const folded = new Set([normalizeArabic(keep.name), ...keep.aliases.map(normalizeArabic)]);
      const aliases = [...keep.aliases];
      for (const alias of [remove.name, ...remove.aliases]) {
        const key = normalizeArabic(alias);
        if (!folded.has(key)) {
          folded.add(key);
          aliases.push(alias);
        }
      }
      const merged = sourceSchema.parse({
        ...keep,
        title: keep.title || remove.title,
        organisation: keep.organisation || remove.organisation,
        aliases: aliases.slice(0, 100),
        anonymous: keep.anonymous && remove.anonymous,
        confidentialIdentity: keep.confidentialIdentity ?? remove.confidentialIdentity,
      });
      this.sources.set(keep.id, merged);
      this.sources.delete(remove.id);
      this.redirects.set(remove.id, keep.id);
      for (const [from, to] of this.redirects) if (to === remove.id) this.redirects.set(from, keep.id);
      await this.persist([keep.id, remove.id]);
      return this.visible(merged);
    });
  }

  async quotes(args: Args<'quotes'>): Promise<SourceQuote[]> {
    const source = this.resolve(args.sourceId);
    const result: SourceQuote[] = [];
    for (const [draftId, entry] of this.index.entries()) {
      for (const quote of entry.quotes) {
        if (this.finalId(quote.sourceId) !== source.id) continue;
        result.push({
          draftId,
          headline: entry.headline,
          text: quote.text,
          kind: quote.kind,
          titleUsed: quote.titleUsed || source.title,
          ...(quote.channel ? { channel: quote.channel } : {}),
        });
      }
    }
    return result;
  }

  private finalId(id: SourceId): SourceId {
    // Redirects are kept flat by `merge`, so one step reaches the live source.
    return this.redirects.get(id) ?? id;
  }

  private resolve(id: SourceId): Source {
    const source = this.sources.get(this.finalId(id));
    if (!source) throw new MidadError('not_found', { id });
    return source;
  }

  private visible(source: Source): Source {
    if (this.options.role() === 'editor' || source.confidentialIdentity === undefined) return source;
    const { confidentialIdentity: _hidden, ...rest } = source;
    return rest;
  }

  private async persist(ids: SourceId[]): Promise<void> {
    await this.store.save(this.sources.values(), this.redirects);
    this.options.onDidChange?.(ids);
  }

  /** Reads the changed drafts (all when `ids` is undefined) and stores their quotes. */
  private async reindex(ids: Set<string> | undefined): Promise<void> {
    const live = new Map((await this.options.drafts.list()).map((meta) => [meta.id, meta]));
    const targets = ids ?? new Set([...live.keys(), ...this.index.draftIds()]);
    let changed = this.index.needsRebuild;
    for (const id of targets) {
      const meta = live.get(id);
      if (!meta) {
        changed ||= this.index.revisionOf(id) !== undefined;
        this.index.set(id, undefined);
        continue;
      }
      if (this.index.revisionOf(id) === meta.revisionId) continue;
      const document = await this.options.drafts.document(id, meta.revisionId);
      const quotes = document
        ? documentQuotes(document).flatMap(({ kind, text, attribution }) =>
            attribution.sourceId
              ? [{ sourceId: attribution.sourceId, text, kind, titleUsed: attribution.titleUsed, channel: attribution.channel }]
              : [],
          )
        : [];
      this.index.set(id, { headline: meta.headline, revisionId: meta.revisionId, quotes });
      changed = true;
    }
    if (changed) await this.index.save();
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}

/** 0 for no match; more when the name starts with the query than when only an alias word does. */
function matchScore(source: Source, terms: string[]): number {
  if (terms.length === 0) return 1;
  const name = normalizedWords(source.name);
  const other = [source.title, source.organisation, ...source.aliases].flatMap(normalizedWords);
  const words = [...name, ...other];
  if (!terms.every((term) => words.some((word) => word.startsWith(term) || word.startsWith(`ال${term}`)))) return 0;
  return terms.every((term) => name.some((word) => word.startsWith(term) || word.startsWith(`ال${term}`))) ? 2 : 1;
}
