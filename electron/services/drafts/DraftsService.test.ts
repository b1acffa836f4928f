import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MidadError } from '../../../shared/api/errors';
import { documentWordCount } from '../../../shared/editor/documentText';
import { nodeFileSystem } from '../storage/FileSystem';
import { faultyFileSystem } from '../storage/testing/faultyFileSystem';
import { MemoryIndex } from './testing/MemoryIndex';
import { arabicArticle, FakeClock, startService, tempDataDir, type TestService } from './testing/harness';

const window1 = { clientId: 'window-1' };
const MINUTE = 60_000;

let dataDir: string;
let cleanup: () => Promise<void>;
let clock: FakeClock;
let t: TestService;

beforeEach(async () => {
  ({ dir: dataDir, cleanup } = await tempDataDir());
  clock = new FakeClock();
  t = await startService(dataDir, { clock: clock.now });
});
afterEach(async () => {
  await t.service.stop();
  await cleanup();
});

async function failure(promise: Promise<unknown>): Promise<MidadError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(MidadError);
  return error as MidadError;
}

describe('DraftsService: the life of a draft', () => {
  it('creates a draft in one committed file with its first revision and index entry', async () => {
    const { meta, document, fields, sources } = await t.service.create({ headline: 'عنوان أول' });
    expect(fields.authors).toEqual(['سلمى بنعلي']);
    expect(sources).toEqual([]);
    expect(meta).toMatchObject({ language: 'ar', status: 'draft', authors: ['سلمى بنعلي'], headline: 'عنوان أول', wordCount: 2 });
    const onDisk = JSON.parse(await readFile(join(dataDir, 'drafts', meta.id, 'draft.json'), 'utf8'));
    expect(onDisk).toMatchObject({ format: 'midad-draft', schemaVersion: 2, meta, document, fields, sources });
    // The current revision is draft.json itself: no second copy is written.
    expect(await readdir(join(dataDir, 'drafts', meta.id, 'revisions'))).toEqual([]);
    expect(await t.service.revision({ id: meta.id, revisionId: meta.revisionId })).toMatchObject({ kind: 'created', document });
    expect((await stat(join(dataDir, 'drafts', meta.id, 'assets'))).isDirectory()).toBe(true);
    expect(t.index.get(meta.id)).toEqual(meta);
    expect(t.changes).toContainEqual([meta.id]);
  });

  it('opens, saves and lists with headline and word count taken from the document', async () => {
    const { meta } = await t.service.create({ language: 'fr' });
    const opened = await t.service.open({ id: meta.id, takeOver: false }, window1);
    expect(opened.readOnly).toBe(false);
    clock.advance(MINUTE);
    const document = arabicArticle(120, 1, 'الانتخابات الجماعية');
    const saved = await t.service.save({ id: meta.id, baseRevisionId: meta.revisionId, document, kind: 'checkpoint' }, window1);
    expect(saved).toMatchObject({ headline: 'الانتخابات الجماعية', wordCount: 120, language: 'fr' });
    expect(saved.revisionId).not.toBe(meta.revisionId);
    expect(saved.updatedAt).toBe(clock.now().toISOString());
    const reopened = await t.service.open({ id: meta.id, takeOver: false }, window1);
    expect(reopened.draft).toMatchObject({ meta: saved, document });
    expect(await t.service.list({ sort: 'updated' })).toEqual([saved]);
  });

  it('filters and sorts the library from the index', async () => {
    const make = async (headline: string, words: number, language?: 'ar' | 'en') => {
      clock.advance(MINUTE);
      const { meta } = await t.service.create({ headline, language });
      await t.service.open({ id: meta.id, takeOver: false }, window1);
      return t.service.save(
        { id: meta.id, baseRevisionId: meta.revisionId, document: arabicArticle(words, words, headline), kind: 'checkpoint' },
        window1,
      );
    };
    const b = await make('بيان', 30);
    const a = await make('أخبار', 50, 'en');
    const c = await make('تقرير', 10);
    const ids = (list: { id: string }[]) => list.map((meta) => meta.id);
    expect(ids(await t.service.list({ sort: 'updated' }))).toEqual([c.id, a.id, b.id]);
    expect(ids(await t.service.list({ sort: 'created' }))).toEqual([c.id, a.id, b.id]);
    expect(ids(await t.service.list({ sort: 'headline' }))).toEqual([a.id, b.id, c.id]);
    expect(ids(await t.service.list({ sort: 'words' }))).toEqual([a.id, b.id, c.id]);
    expect(ids(await t.service.list({ sort: 'updated', language: 'en' }))).toEqual([a.id]);
    expect(await t.service.list({ sort: 'updated', status: 'published' })).toEqual([]);
  });

  it('refuses a save based on an older revision, and overwrites nothing', async () => {
    const { meta } = await t.service.create({});
    await t.service.open({ id: meta.id, takeOver: false }, window1);
    const first = await t.service.save(
      { id: meta.id, baseRevisionId: meta.revisionId, document: arabicArticle(20, 1), kind: 'autosave' },
      window1,
    );
    const stale = t.service.save(
      { id: meta.id, baseRevisionId: meta.revisionId, document: arabicArticle(30, 2), kind: 'autosave' },
      window1,
    );
    expect((await failure(stale)).code).toBe('revision_conflict');
    expect((await t.service.open({ id: meta.id, takeOver: false }, window1)).draft.meta).toEqual(first);
  });

  it('keeps checkpoints, coalesces autosaves, and restores a revision as a new one', async () => {
    const { meta } = await t.service.create({});
    await t.service.open({ id: meta.id, takeOver: false }, window1);
    let base = meta.revisionId;
    const save = async (words: number, kind: 'autosave' | 'checkpoint') => {
      const saved = await t.service.save({ id: meta.id, baseRevisionId: base, document: arabicArticle(words, words), kind }, window1);
      base = saved.revisionId;
      return saved;
    };
    // 09:01 .. 09:10, one autosave a minute, a checkpoint at 09:10 and an autosave at 09:11.
    const autosaves = [];
    for (let minute = 0; minute < 10; minute++) {
      clock.advance(MINUTE);
      autosaves.push(await save(100 + minute, 'autosave'));
    }
    const checkpoint = await save(200, 'checkpoint');
    clock.advance(MINUTE);
    const last = await save(201, 'autosave');

    const revisions = await t.service.revisions({ id: meta.id });
    expect(revisions.map((revision) => revision.kind)).toEqual(['autosave', 'checkpoint', 'autosave', 'autosave', 'created']);
    expect(revisions[0]).toMatchObject({ id: last.revisionId, author: 'سلمى بنعلي', wordCount: 201, createdAt: last.updatedAt });
    expect(revisions[1]!.id).toBe(checkpoint.revisionId);
    // 09:04 is the newest of [09:00, 09:05), 09:09 of [09:05, 09:10), 09:11 of [09:10, 09:15).
    expect(revisions.slice(2, 4).map((revision) => revision.id)).toEqual([autosaves[8]!.revisionId, autosaves[3]!.revisionId]);
    // Every kept revision but the current one (read from draft.json) has its file; pruned ones have none.
    const files = await readdir(join(dataDir, 'drafts', meta.id, 'revisions'));
    expect(files.sort()).toEqual(revisions.slice(1).map((revision) => `${revision.id}.json`).sort());

    const old = await t.service.revision({ id: meta.id, revisionId: autosaves[3]!.revisionId });
    expect(documentWordCount(old.document)).toBe(103);
    clock.advance(MINUTE);
    const restored = await t.service.restoreRevision({ id: meta.id, revisionId: old.id }, window1);
    expect(restored.document).toEqual(old.document);
    expect(restored.meta.wordCount).toBe(103);
    const [newest] = await t.service.revisions({ id: meta.id });
    expect(newest).toMatchObject({ id: restored.meta.revisionId, kind: 'restore', restoredFrom: old.id });
    // The text that was current before the restore is still a revision.
    expect((await t.service.revision({ id: meta.id, revisionId: last.revisionId })).wordCount).toBe(201);
  });

  it('thins autosaves older than a day to one an hour', async () => {
    const { meta } = await t.service.create({});
    await t.service.open({ id: meta.id, takeOver: false }, window1);
    let base = meta.revisionId;
    for (let step = 0; step < 12; step++) {
      clock.advance(10 * MINUTE);
      base = (await t.service.save({ id: meta.id, baseRevisionId: base, document: arabicArticle(10 + step, step), kind: 'autosave' }, window1))
        .revisionId;
    }
    expect((await t.service.revisions({ id: meta.id })).length).toBe(13);
    clock.advance(25 * 60 * MINUTE);
    await t.service.save({ id: meta.id, baseRevisionId: base, document: arabicArticle(50, 0), kind: 'autosave' }, window1);
    // 09:10 .. 11:00 spans the hours 09, 10 and 11: one autosave each, plus the new one and the creation.
    expect((await t.service.revisions({ id: meta.id })).map((revision) => revision.kind)).toEqual([
      'autosave',
      'autosave',
      'autosave',
      'autosave',
      'created',
    ]);
  });

  it('moves a deleted draft to the trash, restores it, and empties the trash for good', async () => {
    const { meta } = await t.service.create({ headline: 'للحذف' });
    const other = await t.service.create({ headline: 'يبقى' });
    clock.advance(MINUTE);
    await t.service.delete({ id: meta.id }, window1);
    expect((await t.service.list({ sort: 'updated' })).map((entry) => entry.id)).toEqual([other.meta.id]);
    expect(await t.service.trash({})).toEqual([{ ...meta, deletedAt: clock.now().toISOString() }]);
    expect((await failure(t.service.open({ id: meta.id, takeOver: false }, window1))).code).toBe('not_found');

    expect(await t.service.restoreFromTrash({ id: meta.id })).toEqual(meta);
    expect(await t.service.trash({})).toEqual([]);
    expect((await t.service.open({ id: meta.id, takeOver: false }, window1)).draft.meta).toEqual(meta);
    expect(await readdir(join(dataDir, 'drafts', meta.id))).not.toContain('deleted.json');

    await t.service.close({ id: meta.id }, window1);
    await t.service.delete({ id: meta.id }, window1);
    expect(await t.service.emptyTrash({})).toEqual({ removed: 1 });
    expect(await readdir(join(dataDir, 'trash'))).toEqual([]);
    expect((await failure(t.service.restoreFromTrash({ id: meta.id }))).code).toBe('not_found');
  });

  it('answers not_found for unknown drafts and revisions', async () => {
    const { meta } = await t.service.create({});
    expect((await failure(t.service.open({ id: 'nosuchdraft0', takeOver: false }, window1))).code).toBe('not_found');
    expect((await failure(t.service.revision({ id: meta.id, revisionId: 'nosuchrevision' }))).code).toBe('not_found');
  });

  it('starts after a clean stop and lists without reading any draft file', async () => {
    const created = [];
    for (let n = 0; n < 30; n++) created.push((await t.service.create({ headline: `خبر ${n}` })).meta);
    await t.service.stop();
    const fs = faultyFileSystem(nodeFileSystem);
    t = await startService(dataDir, { clock: clock.now, fs, index: t.index });
    expect(t.recovery).toMatchObject({ full: false, drafts: 30, reindexed: [] });
    expect((await t.service.list({ sort: 'created' })).map((meta) => meta.id)).toEqual(created.map((meta) => meta.id).reverse());
    expect(fs.log.filter((operation) => operation.kind === 'readFile' && operation.path.endsWith('draft.json'))).toEqual([]);
  });

  it('adds drafts missing from the index and drops entries whose draft is gone', async () => {
    const kept = await t.service.create({ headline: 'باق' });
    const gone = await t.service.create({ headline: 'زائل' });
    await t.service.stop();
    await rm(join(dataDir, 'drafts', gone.meta.id), { recursive: true });
    const index = new MemoryIndex();
    await index.upsert({ ...gone.meta }, gone.document);
    t = await startService(dataDir, { clock: clock.now, index });
    expect(t.recovery.full).toBe(false);
    expect(index.all()).toEqual([kept.meta]);
  });

  it('releases its locks and its instance marker on stop', async () => {
    const { meta } = await t.service.create({});
    await t.service.open({ id: meta.id, takeOver: false }, window1);
    expect(await readdir(join(dataDir, 'drafts', meta.id))).toContain('lock.json');
    expect((await readdir(join(dataDir, 'instances'))).length).toBe(1);
    await t.service.stop();
    expect(await readdir(join(dataDir, 'drafts', meta.id))).not.toContain('lock.json');
    expect(await readdir(join(dataDir, 'instances'))).toEqual([]);
    t = await startService(dataDir, { clock: clock.now });
  });
});

describe('DraftsService: status changes', () => {
  it('records a status change as a status revision with its step, keeping the text', async () => {
    const { meta, document } = await t.service.create({ headline: 'عنوان' });
    clock.advance(MINUTE);
    const record = { from: 'draft', by: 'سلمى بنعلي', machine: 'laptop-1', message: 'جاهز' } as const;
    const updated = await t.service.setStatus(meta.id, 'submitted', record, window1);
    expect(updated).toMatchObject({ status: 'submitted', headline: 'عنوان' });
    expect(updated.revisionId).not.toBe(meta.revisionId);
    expect(t.index.get(meta.id)?.status).toBe('submitted');
    const [latest] = await t.service.revisions({ id: meta.id });
    expect(latest).toMatchObject({ kind: 'status', statusChange: { ...record, to: 'submitted' } });
    expect((await t.service.revision({ id: meta.id, revisionId: updated.revisionId })).document).toEqual(document);
  });

  it('refuses a change based on a status that is no longer current, and one from a client not holding the lock', async () => {
    const { meta } = await t.service.create({});
    const stale = { from: 'submitted', by: 'x', machine: 'm' } as const;
    expect((await failure(t.service.setStatus(meta.id, 'in_review', stale, window1))).code).toBe('revision_conflict');
    await t.service.open({ id: meta.id, takeOver: false }, { clientId: 'window-2' });
    const record = { from: 'draft', by: 'x', machine: 'm' } as const;
    expect((await failure(t.service.setStatus(meta.id, 'submitted', record, window1))).code).toBe('draft_locked');
    expect(t.index.get(meta.id)?.status).toBe('draft');
  });
});
