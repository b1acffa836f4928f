import { join } from 'node:path';
import { MidadError } from '../../../shared/api/errors';
import type { DraftMeta, QuarantinedDraft } from '../../../shared/model/draft';
import { draftIdSchema } from '../../../shared/model/ids';
import { isTempFileName } from '../storage/atomicWriteFile';
import type { FileSystem } from '../storage/FileSystem';
import { isNotFound } from '../storage/storageErrors';
import type { DraftIndex } from '../library/DraftIndex';
import { salvageHeadline, type UnreadableReason } from './draftFile';
import { ASSETS_DIR, DRAFT_FILE, LOCK_FILE, REVISIONS_DIR, type DraftLayout } from './DraftLayout';
import type { DraftStore } from './DraftStore';
import type { Quarantine } from './Quarantine';

export interface RecoveryDeps {
  fs: FileSystem;
  layout: DraftLayout;
  store: DraftStore;
  index: DraftIndex;
  quarantine: Quarantine;
}

export interface RecoveryReport {
  /** Whether every draft file was read and checked (after a crash) or only the catalog reconciled. */
  full: boolean;
  drafts: number;
  tempFilesRemoved: number;
  quarantined: QuarantinedDraft[];
  /** Ids whose index entry was added, refreshed or removed. */
  reindexed: string[];
}

/** Moves an unreadable draft aside and out of the catalog, keeping its headline if anything knows it. */
export async function setAside(
  deps: RecoveryDeps,
  id: string,
  reason: UnreadableReason,
  detail: string,
  text: string,
): Promise<QuarantinedDraft> {
  const headline = deps.index.get(id)?.headline || salvageHeadline(text);
  const entry = await deps.quarantine.moveAside(id, reason, detail, headline);
  await deps.index.remove(id);
  return entry;
}

async function listDir(fs: FileSystem, path: string): Promise<string[]> {
  return fs.readdir(path).catch((error: unknown) => {
    if (isNotFound(error)) return [];
    throw error;
  });
}

/** Temp files older than this may be removed even while another instance runs (it may be writing newer ones). */
const TEMP_GRACE_MS = 60_000;

async function removeTempFiles(
  fs: FileSystem,
  dir: string,
  olderThan: number,
): Promise<{ removed: number; rest: string[] }> {
  const names = await listDir(fs, dir);
  let removed = 0;
  for (const name of names.filter(isTempFileName)) {
    const path = join(dir, name);
    if (Number.isFinite(olderThan) && (await fs.stat(path)).mtimeMs > olderThan) continue;
    await fs.unlink(path);
    removed++;
  }
  return { removed, rest: names.filter((name) => !isTempFileName(name)) };
}

async function runPooled<T>(items: T[], width: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
}

/**
 * Brings the data folder back to a consistent state. Always: the index gains
 * drafts it lacks and loses drafts that are gone (one directory listing, no
 * draft read when nothing is missing). After a crash (`full`): every draft is
 * read; temp files go; unreadable drafts are quarantined; an index entry
 * that a killed save did not write is rebuilt from draft.json, the commit
 * point; revision files that pruning left behind are removed. (The current
 * revision has no file to rebuild: it is read from draft.json.)
 */
export async function recoverDataFolder(
  deps: RecoveryDeps,
  options: { full: boolean; othersRunning: boolean; now: Date },
): Promise<RecoveryReport> {
  const { fs, layout, store, index } = deps;
  const { full } = options;
  const report: RecoveryReport = { full, drafts: 0, tempFilesRemoved: 0, quarantined: [], reindexed: [] };
  // Alone on the folder, every temp file is a leftover; otherwise only old ones are.
  const tempCutoff = options.othersRunning ? options.now.getTime() - TEMP_GRACE_MS : Infinity;
  const sweep = async (dir: string) => {
    const { removed, rest } = await removeTempFiles(fs, dir, tempCutoff);
    report.tempFilesRemoved += removed;
    return rest;
  };
  const ids = (await listDir(fs, layout.drafts)).filter((name) => draftIdSchema.safeParse(name).success);
  const present = new Set<string>();

  const rebuilding = index.needsRebuild === true && index.rebuild !== undefined;
  const rebuilt: { meta: DraftMeta; document: Parameters<DraftIndex['upsert']>[1] }[] = [];
  const reindex = async (meta: DraftMeta, document: Parameters<DraftIndex['upsert']>[1]) => {
    if (rebuilding) {
      rebuilt.push({ meta, document });
      report.reindexed.push(meta.id);
      return;
    }
    if (index.get(meta.id)?.revisionId === meta.revisionId) return;
    await index.upsert(meta, document);
    report.reindexed.push(meta.id);
  };

  const check = async (id: string) => {
    if (full) {
      await sweep(layout.revisionsDir(id));
      const rest = await sweep(layout.draftDir(id));
      if (!rest.includes(DRAFT_FILE)) {
        await settleFolderWithoutDraft(id, rest);
        return;
      }
    } else if (index.get(id)) {
      present.add(id);
      return;
    }
    let loaded;
    try {
      loaded = await store.read(id);
    } catch (error) {
      // A folder without draft.json: left for the full scan to settle.
      if (error instanceof MidadError && error.code === 'not_found') return;
      throw error;
    }
    const { text, reading } = loaded;
    if (!reading.ok) {
      report.quarantined.push(await setAside(deps, id, reading.reason, reading.detail, text));
      return;
    }
    present.add(id);
    const file = reading.file;
    if (full) {
      // Pruned revisions are older than the current one; a newer file may be another instance's save in flight.
      const kept = new Set(file.revisions.map((revision) => revision.id));
      for (const revisionId of await store.revisionIdsOnDisk(id)) {
        if (!kept.has(revisionId) && revisionId < file.meta.revisionId) await store.removeRevision(id, revisionId);
      }
    }
    await reindex(file.meta, file.document);
  };

  // A folder whose draft.json was never committed (killed while creating) holds nothing to keep.
  const settleFolderWithoutDraft = async (id: string, rest: string[]) => {
    const onlyEmptyFolders =
      rest.every((name) => [REVISIONS_DIR, ASSETS_DIR, LOCK_FILE].includes(name)) &&
      (await listDir(fs, layout.revisionsDir(id))).length === 0 &&
      (await listDir(fs, layout.assetsDir(id))).length === 0;
    if (!onlyEmptyFolders) {
      report.quarantined.push(await setAside(deps, id, 'invalid', 'draft.json is missing', ''));
    } else {
      await fs.rm(layout.draftDir(id), { recursive: true });
    }
  };

  await runPooled(ids, 8, check);
  report.drafts = present.size;
  if (rebuilding) await index.rebuild!(rebuilt);

  for (const meta of index.all()) {
    if (!present.has(meta.id)) {
      await index.remove(meta.id);
      report.reindexed.push(meta.id);
    }
  }

  if (full) {
    await sweep(layout.instances);
    const trashed = (await sweep(layout.trash)).filter((name) => draftIdSchema.safeParse(name).success);
    for (const id of trashed) await sweep(layout.trashedDir(id));
  }
  return report;
}
