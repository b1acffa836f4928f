import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MidadError } from '../../../shared/api/errors';
import { documentText, documentWordCount } from '../../../shared/editor/documentText';
import type { ArticleDocument } from '../../../shared/model/document';
import { nodeFileSystem } from '../storage/FileSystem';
import { faultyFileSystem, type Operation, type OperationKind } from '../storage/testing/faultyFileSystem';
import { arabicArticle, FakeClock, startService, tempDataDir, tempFilesUnder } from './testing/harness';
import { MemoryIndex } from './testing/MemoryIndex';

const client = { clientId: 'window-1' };
const versionA = arabicArticle(400, 1, 'النسخة الأولى');
const versionB = arabicArticle(650, 2, 'النسخة الثانية');
/** The steps that write; a full or read-only disk fails these. */
const writeKinds = new Set<OperationKind>(['open', 'writeFile', 'sync', 'close', 'rename', 'syncDir', 'mkdir', 'unlink', 'rm']);

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

/** A data folder with one draft saved as version A, opened by `client`, on a file system that can fail. */
async function savedOnce() {
  const { dir, cleanup } = await tempDataDir();
  const fs = faultyFileSystem(nodeFileSystem);
  const index = new MemoryIndex();
  // A fixed clock: every save falls in the same 5-minute bucket of the revision history.
  const t = await startService(dir, { fs, index, clock: new FakeClock().now });
  cleanups.push(cleanup);
  const { meta } = await t.service.create({});
  await t.service.open({ id: meta.id, takeOver: false }, client);
  const saved = await t.service.save({ id: meta.id, baseRevisionId: meta.revisionId, document: versionA, kind: 'checkpoint' }, client);
  return { dir, fs, index, service: t.service, saved };
}

/**
 * The write steps of one healthy save, in order, named as `kind#n` (the n-th of
 * its kind). The history keeps the checkpoint it supersedes, so this save has
 * the most steps a save can: that revision's file, then draft.json.
 */
async function stepsOfASave(): Promise<{ kind: OperationKind; at: number; commitsDraft: boolean }[]> {
  const { fs, service, saved } = await savedOnce();
  const start = fs.log.length;
  await service.save({ id: saved.id, baseRevisionId: saved.revisionId, document: versionB, kind: 'checkpoint' }, client);
  const end = fs.log.length;
  await service.stop();
  const counts = new Map<OperationKind, number>();
  let committed = false;
  return fs.log.slice(start, end).flatMap((operation: Operation) => {
    const at = (counts.get(operation.kind) ?? 0) + 1;
    counts.set(operation.kind, at);
    if (!writeKinds.has(operation.kind)) return [];
    // Every step after the rename of draft.json finds version B committed.
    const step = { kind: operation.kind, at, commitsDraft: committed };
    if (operation.kind === 'rename' && operation.path.endsWith('draft.json')) committed = true;
    return [step];
  });
}

function expectConsistent(meta: { headline: string; wordCount: number }, document: ArticleDocument) {
  expect(meta.wordCount).toBe(documentWordCount(document));
  expect(meta.headline).toBe(documentText(document).headline);
}

describe('DraftsService on a full or read-only disk', async () => {
  const steps = await stepsOfASave();

  it('writes the superseded revision atomically, then draft.json atomically', () => {
    expect(steps.map((step) => step.kind)).toEqual([
      ...['open', 'writeFile', 'sync', 'close', 'rename', 'syncDir'],
      ...['open', 'writeFile', 'sync', 'close', 'rename', 'syncDir'],
    ]);
  });

  it('writes draft.json alone for an autosave that replaces an autosave of the same 5 minutes', async () => {
    const { fs, service, saved } = await savedOnce();
    const first = await service.save({ id: saved.id, baseRevisionId: saved.revisionId, document: versionB, kind: 'autosave' }, client);
    const start = fs.log.length;
    const second = await service.save({ id: saved.id, baseRevisionId: first.revisionId, document: versionA, kind: 'autosave' }, client);
    const writes = fs.log.slice(start).filter((operation) => writeKinds.has(operation.kind));
    // One atomic write, then the removal of the replaced autosave's file, which never existed.
    expect(writes.map((operation) => operation.kind)).toEqual(['open', 'writeFile', 'sync', 'close', 'rename', 'syncDir', 'unlink']);
    expect(writes[4]!.path.endsWith('draft.json')).toBe(true);
    const history = await service.revisions({ id: saved.id });
    expect(history.map((revision) => revision.id)).toEqual([second.revisionId, saved.revisionId, history[2]!.id]);
    expect((await service.revision({ id: saved.id, revisionId: second.revisionId })).document).toEqual(versionA);
    expect((await service.revision({ id: saved.id, revisionId: saved.revisionId })).document).toEqual(versionA);
    await service.stop();
  });

  for (const [errno, code] of [
    ['ENOSPC', 'storage_full'],
    ['EROFS', 'storage_read_only'],
  ] as const) {
    for (const step of steps) {
      it(`${errno} at ${step.kind} #${step.at}: the save fails as ${code}, nothing saved is damaged, the retry succeeds`, async () => {
        const { dir, fs, index, service, saved } = await savedOnce();
        fs.setPlan({ kind: step.kind, at: step.at, code: errno, persistent: true });
        const failure = await service
          .save({ id: saved.id, baseRevisionId: saved.revisionId, document: versionB, kind: 'checkpoint' }, client)
          .catch((error: unknown) => error);
        expect(failure).toBeInstanceOf(MidadError);
        expect((failure as MidadError).code).toBe(code);

        fs.setPlan(undefined);
        const { draft } = await service.open({ id: saved.id, takeOver: false }, client);
        expect(draft.document).toEqual(step.commitsDraft ? versionB : versionA);
        expectConsistent(draft.meta, draft.document);
        if (!step.commitsDraft) expect(draft.meta).toEqual(saved);

        // The window keeps its text and retries from the revision it had.
        const retried = await service.save(
          { id: saved.id, baseRevisionId: saved.revisionId, document: versionB, kind: 'checkpoint' },
          client,
        );
        expect(retried.wordCount).toBe(650);
        expect(index.get(saved.id)).toEqual(retried);
        await service.stop();

        // A failed write may leave a temp file: the session's crash marker stays, and the next start sweeps.
        expect((await readdir(join(dir, 'instances'))).length).toBe(1);
        const next = await startService(dir, { index });
        expect(await tempFilesUnder(dir)).toEqual([]);
        const reopened = await next.service.open({ id: saved.id, takeOver: false }, client);
        expect(reopened.draft).toMatchObject({ meta: retried, document: versionB });
        for (const revision of await next.service.revisions({ id: saved.id })) {
          const full = await next.service.revision({ id: saved.id, revisionId: revision.id });
          expectConsistent(full, full.document);
        }
        await next.service.stop();
      });
    }
  }
});
