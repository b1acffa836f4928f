import type { SearchHit } from '../../../shared/api/midad';
import { documentText } from '../../../shared/editor/documentText';
import type { ArticleDocument } from '../../../shared/model/document';
import type { DraftMeta } from '../../../shared/model/draft';
import { highlightRanges, parseQuery } from '../../../shared/text/arabicSearch';
import { nodeFileSystem, type FileSystem } from '../storage/FileSystem';
import type { DraftIndex } from './DraftIndex';
import { IndexStore, parseSearchPart, serializeSnapshot, type LogRecord } from './indexStore';
import { bodyExcerpt, snippetFor } from './snippet';
import { TermIndex } from './termIndex';

export interface LibraryIndexOptions {
  dir: string;
  fs?: FileSystem;
  /**
   * The log is folded into a new snapshot once it holds this many changes or
   * bytes: replaying it is what a start pays for, writing a snapshot is what
   * compaction pays for.
   */
  compactAfter?: { records: number; bytes: number };
}

const DEFAULT_COMPACT_AFTER = { records: 200, bytes: 4 * 1024 * 1024 };

/**
 * Indexing the words of a 10,000-word article takes tens of milliseconds, more
 * than a whole save may: changes reach the term index at the next search or
 * after this pause, and a draft saved again meanwhile is indexed once.
 */
const SEARCH_UPDATE_DELAY_MS = 1_000;

/** A draft as the index needs it, for a rebuild from the drafts on disk. */
export interface IndexableDraft {
  meta: DraftMeta;
  document: ArticleDocument;
}

interface SearchState {
  terms: TermIndex;
  excerpts: Map<string, string>;
}

function bodyOf(document: ArticleDocument): string {
  return documentText(document).blocks.join('\n');
}

/**
 * The library's catalog and full-text index, persisted as a snapshot plus an
 * append-only log (see IndexStore). Changes reach the catalog at once and the
 * term index a moment later (see SEARCH_UPDATE_DELAY_MS); their log lines are
 * written one after another; compaction runs off the save path.
 *
 * Opening reads only the catalog, so the library lists at once; the search
 * half is parsed right after (or at the first search), and log changes made
 * since the snapshot are replayed into it then.
 */
export class LibraryIndex implements DraftIndex {
  private readonly metas = new Map<string, DraftMeta>();
  private searchState: SearchState | undefined;
  private lazySearch: { text: string; ids: string[] } | undefined;
  /** Changes not yet in the search half, the newest per draft. */
  private readonly pending = new Map<string, LogRecord>();
  private pendingTimer: NodeJS.Timeout | undefined;
  private generation = 0;
  private logRecords = 0;
  private logBytes = 0;
  private damaged = false;
  private damagedListener: (() => void) | undefined;
  /** After a failed append the log may end in a partial line: the next change compacts instead. */
  private logSuspect = false;
  private writes: Promise<unknown> = Promise.resolve();
  private compaction: Promise<void> | undefined;

  private constructor(
    private readonly store: IndexStore,
    private readonly compactAfter: { records: number; bytes: number },
  ) {}

  static async open({ dir, fs = nodeFileSystem, compactAfter = DEFAULT_COMPACT_AFTER }: LibraryIndexOptions) {
    const index = new LibraryIndex(new IndexStore(fs, dir), compactAfter);
    await index.load();
    return index;
  }

  /** True when part of the persisted index was unreadable: reindex every draft (see `rebuild`). */
  get needsRebuild(): boolean {
    return this.damaged;
  }

  /**
   * The search half is parsed after start, so damage in it can surface late; the
   * composition root answers by having the drafts service reindex everything.
   */
  onDamaged(listener: () => void): void {
    this.damagedListener = listener;
  }

  private async load(): Promise<void> {
    const state = await this.store.load();
    this.damaged = state.damaged;
    this.generation = state.generation;
    if (state.snapshot) {
      const ids = state.snapshot.metas.map((meta) => meta.id);
      state.snapshot.metas.forEach((meta) => this.metas.set(meta.id, meta));
      this.lazySearch = { text: state.snapshot.searchText, ids };
    }
    for (const record of state.records) this.apply(record);
    this.logRecords = state.records.length;
    this.logBytes = state.logBytes;
    // A torn line must not have the next append glued to it.
    if (state.tornTail || this.compactionDue()) await this.compact();
    else if (this.lazySearch) setImmediate(() => this.search_());
  }

  /** The search half with every pending change applied. */
  private search_(): SearchState {
    const state = (this.searchState ??= this.parseSearch());
    clearTimeout(this.pendingTimer);
    this.pendingTimer = undefined;
    for (const record of this.pending.values()) this.applySearch(state, record);
    this.pending.clear();
    return state;
  }

  /** The search half, parsed from the snapshot on first use; a damaged one is dropped and reported. */
  private parseSearch(): SearchState {
    const state: SearchState = { terms: new TermIndex(), excerpts: new Map() };
    if (this.lazySearch) {
      const { text, ids } = this.lazySearch;
      try {
        const part = parseSearchPart(text, ids.length);
        const terms = TermIndex.fromData(part.terms);
        if (terms.liveIds().some((id, slot) => id !== ids[slot])) throw new Error('terms and catalog disagree');
        state.terms = terms;
        ids.forEach((id, slot) => state.excerpts.set(id, part.excerpts[slot] as string));
      } catch {
        this.damaged = true;
        this.damagedListener?.();
      }
      this.lazySearch = undefined;
    }
    return state;
  }

  private apply(record: LogRecord): void {
    if (record.op === 'remove') this.metas.delete(record.id);
    else this.metas.set(record.meta.id, record.meta);
    this.pending.set(record.op === 'remove' ? record.id : record.meta.id, record);
    this.pendingTimer ??= setTimeout(() => this.search_(), SEARCH_UPDATE_DELAY_MS).unref();
  }

  private applySearch(state: SearchState, record: LogRecord): void {
    if (record.op === 'remove') {
      state.excerpts.delete(record.id);
      state.terms.remove(record.id);
      return;
    }
    state.terms.add(record.meta.id, record.meta.headline, record.body);
    state.excerpts.set(record.meta.id, bodyExcerpt(record.body));
  }

  all(): DraftMeta[] {
    return [...this.metas.values()];
  }

  get(id: string): DraftMeta | undefined {
    return this.metas.get(id);
  }

  upsert(meta: DraftMeta, document: ArticleDocument): Promise<void> {
    return this.change({ op: 'upsert', meta, body: bodyOf(document) });
  }

  remove(id: string): Promise<void> {
    if (!this.metas.has(id)) return Promise.resolve();
    return this.change({ op: 'remove', id });
  }

  private change(record: LogRecord): Promise<void> {
    this.apply(record);
    const written = this.writes.then(async () => {
      if (this.logSuspect) return this.compact();
      try {
        this.logBytes += await this.store.append(this.generation, record);
        this.logRecords++;
      } catch (error) {
        this.logSuspect = true;
        throw error;
      }
      if (this.compactionDue()) void this.compact().catch(() => undefined);
    });
    this.writes = written.catch(() => undefined);
    return written;
  }

  private compactionDue(): boolean {
    return this.logRecords >= this.compactAfter.records || this.logBytes >= this.compactAfter.bytes;
  }

  /**
   * Writes the whole index as a new snapshot and starts a new log. The state is
   * captured synchronously, so changes made while the snapshot is being written
   * go to the new generation's log and are never lost.
   */
  compact(): Promise<void> {
    this.compaction ??= (async () => {
      const generation = this.generation + 1;
      const { terms, excerpts } = this.search_();
      const data = terms.toData();
      const json = serializeSnapshot(
        generation,
        data.ids.map((id) => this.metas.get(id) as DraftMeta),
        { excerpts: data.ids.map((id) => excerpts.get(id) ?? ''), terms: data },
      );
      this.generation = generation;
      const previousLog = { records: this.logRecords, bytes: this.logBytes };
      this.logRecords = 0;
      this.logBytes = 0;
      try {
        // An append still in flight targets the old log; the snapshot already
        // holds its change, and load ignores logs older than the snapshot.
        await this.store.writeSnapshot(json, generation);
        this.logSuspect = false;
      } catch (error) {
        this.logRecords += previousLog.records;
        this.logBytes += previousLog.bytes;
        throw error;
      } finally {
        this.compaction = undefined;
      }
      // Changes made while this snapshot was written went to the new log, which may be due already.
      if (this.compactionDue()) void this.compact().catch(() => undefined);
    })();
    return this.compaction;
  }

  /** Replaces the whole index with these drafts in one snapshot (after `needsRebuild`). */
  async rebuild(drafts: Iterable<IndexableDraft>): Promise<void> {
    await this.flush();
    this.metas.clear();
    this.lazySearch = undefined;
    this.pending.clear();
    this.searchState = { terms: new TermIndex(), excerpts: new Map() };
    for (const { meta, document } of drafts) this.apply({ op: 'upsert', meta, body: bodyOf(document) });
    await this.compact();
    this.damaged = false;
  }

  /** Waits for every pending log write and compaction. */
  async flush(): Promise<void> {
    await this.writes;
    // A compaction may start the next one when it ends.
    while (this.compaction) await this.compaction.catch(() => undefined);
  }

  search(query: string, limit: number): SearchHit[] {
    const parsed = parseQuery(query);
    if (parsed.terms.length === 0) return [];
    const { terms, excerpts } = this.search_();
    return terms.search(parsed, limit).flatMap(({ id, score }) => {
      const meta = this.metas.get(id);
      if (!meta) return [];
      const snippet = snippetFor(excerpts.get(id) ?? '', parsed);
      return [
        {
          id,
          score,
          headline: meta.headline,
          headlineHighlights: highlightRanges(meta.headline, parsed),
          snippet: snippet.text,
          snippetHighlights: snippet.highlights,
        },
      ];
    });
  }
}
