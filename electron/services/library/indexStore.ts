import { join } from 'node:path';
import type { DraftMeta } from '../../../shared/model/draft';
import { atomicWriteFile, isTempFileName } from '../storage/atomicWriteFile';
import type { FileSystem } from '../storage/FileSystem';
import { isNotFound, toStorageError } from '../storage/storageErrors';
import type { TermIndexData } from './termIndex';

/** One line of the append-only log; an upsert carries the body so replay can index it. */
export type LogRecord = { op: 'upsert'; meta: DraftMeta; body: string } | { op: 'remove'; id: string };

export const SNAPSHOT_FORMAT = 4;

/**
 * The search half of a snapshot: per draft (in the order of `metas`) the text a
 * snippet is cut from, and the term index.
 */
export interface SearchPart {
  excerpts: string[];
  terms: TermIndexData;
}

/**
 * A snapshot is one file of three lines: a header, the drafts' metadata, and
 * the search part. Listing the library needs only the first two, so the third
 * is kept as text and parsed when search first needs it (see LibraryIndex).
 */
export interface Snapshot {
  /** Logs of this generation and later hold the changes made after the snapshot. */
  generation: number;
  metas: DraftMeta[];
  searchText: string;
}

interface SnapshotHeader {
  format: typeof SNAPSHOT_FORMAT;
  generation: number;
  /** Lengths of the next two lines: a truncated file is caught on open, not at the first search. */
  metasLength: number;
  searchLength: number;
}

export function serializeSnapshot(generation: number, metas: DraftMeta[], search: SearchPart): string {
  const metasLine = JSON.stringify(metas);
  const searchLine = JSON.stringify(search);
  const header: SnapshotHeader = {
    format: SNAPSHOT_FORMAT,
    generation,
    metasLength: metasLine.length,
    searchLength: searchLine.length,
  };
  return `${JSON.stringify(header)}\n${metasLine}\n${searchLine}\n`;
}

function parseSnapshot(text: string): Snapshot | undefined {
  const headerEnd = text.indexOf('\n');
  const header = JSON.parse(text.slice(0, headerEnd)) as Partial<SnapshotHeader> | null;
  if (
    header?.format !== SNAPSHOT_FORMAT ||
    !Number.isSafeInteger(header.generation) ||
    typeof header.metasLength !== 'number' ||
    typeof header.searchLength !== 'number' ||
    text.length !== headerEnd + header.metasLength + header.searchLength + 3
  ) {
    return undefined;
  }
  const metasStart = headerEnd + 1;
  const metas: unknown = JSON.parse(text.slice(metasStart, metasStart + header.metasLength));
  if (!Array.isArray(metas)) return undefined;
  const searchStart = metasStart + header.metasLength + 1;
  return {
    generation: header.generation as number,
    metas: metas as DraftMeta[],
    searchText: text.slice(searchStart, searchStart + header.searchLength),
  };
}

export function parseSearchPart(text: string, count: number): SearchPart {
  const part = JSON.parse(text) as Partial<SearchPart> | null;
  if (!Array.isArray(part?.excerpts) || part.excerpts.length !== count || typeof part.terms !== 'object') {
    throw new Error('snapshot search part does not match its catalog');
  }
  return part as SearchPart;
}

export interface LoadedState {
  snapshot: Snapshot | undefined;
  records: LogRecord[];
  /** The generation whose log new changes are appended to. */
  generation: number;
  logBytes: number;
  /** Part of the persisted index could not be read: the drafts must be reindexed. */
  damaged: boolean;
  /** The newest log ends in a partial line (a crash mid-append), which was ignored. */
  tornTail: boolean;
}

const SNAPSHOT_NAME = 'snapshot.json';
const LOG_NAME = /^log-(\d+)\.jsonl$/;

function logName(generation: number): string {
  return `log-${generation}.jsonl`;
}

function isLogRecord(value: unknown): value is LogRecord {
  const record = value as Partial<Record<string, unknown>> | null;
  if (record?.op === 'remove') return typeof record.id === 'string';
  return record?.op === 'upsert' && typeof record.body === 'string' && typeof record.meta === 'object';
}

/**
 * The index on disk: a snapshot written atomically, plus an append-only log of
 * the changes since, one JSON line per change. A save appends one line instead
 * of rewriting the whole index; compaction folds the log into a new snapshot.
 */
export class IndexStore {
  constructor(
    private readonly fs: FileSystem,
    private readonly dir: string,
  ) {}

  async load(): Promise<LoadedState> {
    await this.fs.mkdir(this.dir, { recursive: true });
    const names = await this.fs.readdir(this.dir);
    await Promise.all(
      names.filter(isTempFileName).map((name) => this.fs.unlink(join(this.dir, name)).catch(() => undefined)),
    );
    const logs = names
      .map((name) => Number(LOG_NAME.exec(name)?.[1] ?? Number.NaN))
      .filter(Number.isSafeInteger)
      .sort((a, b) => a - b);

    let snapshot: Snapshot | undefined;
    let damaged = false;
    try {
      snapshot = parseSnapshot(await this.fs.readFile(join(this.dir, SNAPSHOT_NAME)));
      damaged = snapshot === undefined;
    } catch (error) {
      if (!isNotFound(error)) damaged = true;
    }
    // Without a trustworthy snapshot the logs have nothing to apply to: start a
    // fresh generation and let the drafts be reindexed.
    if (damaged || (!snapshot && logs.some((generation) => generation > 0))) {
      return {
        snapshot: undefined,
        records: [],
        generation: (logs.at(-1) ?? 0) + 1,
        logBytes: 0,
        damaged: true,
        tornTail: false,
      };
    }

    const base = snapshot?.generation ?? 0;
    const state: LoadedState = { snapshot, records: [], generation: base, logBytes: 0, damaged, tornTail: false };
    for (const generation of logs.filter((g) => g >= base)) {
      await this.readLog(generation, state);
      state.generation = generation;
    }
    return state;
  }

  private async readLog(generation: number, state: LoadedState): Promise<void> {
    const text = await this.fs.readFile(join(this.dir, logName(generation)));
    state.logBytes += Buffer.byteLength(text);
    const lines = text.split('\n');
    // Every complete line ends with '\n'; anything after the last one is a torn append.
    const torn = lines.pop() ?? '';
    if (torn !== '') state.tornTail = true;
    for (const line of lines) {
      if (line === '') continue;
      try {
        const record: unknown = JSON.parse(line);
        if (isLogRecord(record)) state.records.push(record);
        else state.damaged = true;
      } catch {
        state.damaged = true;
      }
    }
  }

  /**
   * Appends one change. No fsync: the index is derived from the drafts, and only
   * a crash of the process or the machine can lose an unflushed line — after which
   * the next start checks every draft against the index (the crash marker) and
   * reindexes what is stale. The fsync would cost every save for nothing.
   */
  async append(generation: number, record: LogRecord): Promise<number> {
    const line = `${JSON.stringify(record)}\n`;
    try {
      const handle = await this.fs.open(join(this.dir, logName(generation)), 'a');
      try {
        await handle.writeFile(line);
      } finally {
        await handle.close();
      }
    } catch (error) {
      throw toStorageError(error);
    }
    return Buffer.byteLength(line);
  }

  /**
   * Commits a snapshot of `generation` (one atomic rename), then deletes the
   * logs it replaces. A crash in between leaves logs that the snapshot's
   * generation number tells `load` to skip.
   */
  async writeSnapshot(snapshotJson: string, generation: number): Promise<void> {
    await atomicWriteFile(this.fs, join(this.dir, SNAPSHOT_NAME), snapshotJson);
    const names = await this.fs.readdir(this.dir);
    for (const name of names) {
      const logGeneration = Number(LOG_NAME.exec(name)?.[1] ?? Number.NaN);
      if (logGeneration < generation) await this.fs.unlink(join(this.dir, name)).catch(() => undefined);
    }
  }
}
