import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MidadError } from '../../../shared/api/errors';
import { blockIdOf } from '../../../shared/editor/blockIdFormat';
import { documentText, documentWordCount } from '../../../shared/editor/documentText';
import { defaultArticleFields } from '../../../shared/model/article';
import { readDraftFile } from './draftFile';
import { CURRENT_SCHEMA_VERSION, draftMigrations, migrateDraftFile, type Migration } from './migrations';
import { arabicArticle, FakeClock, startService, tempDataDir } from './testing/harness';
import { MemoryIndex } from './testing/MemoryIndex';

const client = { clientId: 'window-1' };
const fixtureV1 = join(import.meta.dirname, 'fixtures', 'draft-v1.json');

let dataDir: string;
let cleanup: () => Promise<void>;
let stops: (() => Promise<void>)[];

beforeEach(async () => {
  ({ dir: dataDir, cleanup } = await tempDataDir());
  stops = [];
});
afterEach(async () => {
  for (const stop of stops) await stop();
  await cleanup();
});

async function started(options: Parameters<typeof startService>[1] = {}) {
  const t = await startService(dataDir, { clock: new FakeClock().now, ...options });
  stops.push(() => t.service.stop());
  return t;
}

async function createSaved(service: Awaited<ReturnType<typeof started>>['service'], headline: string) {
  const { meta } = await service.create({ headline });
  await service.open({ id: meta.id, takeOver: false }, client);
  const saved = await service.save(
    { id: meta.id, baseRevisionId: meta.revisionId, document: arabicArticle(300, 3, headline), kind: 'checkpoint' },
    client,
  );
  await service.close({ id: meta.id }, client);
  return saved;
}

describe('DraftsService: damaged and foreign draft files', () => {
  it('quarantines truncated, empty, non-JSON and future drafts at start; the rest of the library loads', async () => {
    const index = new MemoryIndex();
    const first = await started({ index });
    const good = await createSaved(first.service, 'خبر سليم');
    const truncated = await createSaved(first.service, 'خبر مبتور');
    const empty = await createSaved(first.service, 'خبر فارغ');
    const garbage = await createSaved(first.service, 'خبر تالف');
    const future = await createSaved(first.service, 'خبر من المستقبل');
    const invalid = await createSaved(first.service, 'خبر مخالف');
    await first.service.stop();
    stops = [];

    const fileOf = (id: string) => join(dataDir, 'drafts', id, 'draft.json');
    const text = await readFile(fileOf(truncated.id), 'utf8');
    await writeFile(fileOf(truncated.id), text.slice(0, Math.floor(text.length / 2)));
    await writeFile(fileOf(empty.id), '');
    await writeFile(fileOf(garbage.id), '\u0000\u0001PK\u0003 binary junk');
    const newer = JSON.parse(await readFile(fileOf(future.id), 'utf8'));
    await writeFile(fileOf(future.id), JSON.stringify({ ...newer, schemaVersion: CURRENT_SCHEMA_VERSION + 1 }));
    const broken = JSON.parse(await readFile(fileOf(invalid.id), 'utf8'));
    await writeFile(fileOf(invalid.id), JSON.stringify({ ...broken, meta: { ...broken.meta, wordCount: -4 } }));

    // A crash marker makes the next start read every draft.
    await mkdir(join(dataDir, 'instances'), { recursive: true });
    await writeFile(join(dataDir, 'instances', 'crashed-0000000.json'), '{}');
    const { service, changes } = await started({ index });

    expect((await service.list({ sort: 'updated' })).map((meta) => meta.id)).toEqual([good.id]);
    const quarantined = await service.quarantined();
    const byId = Object.fromEntries(quarantined.map((entry) => [entry.id, entry]));
    expect(byId[truncated.id]).toMatchObject({ reason: 'truncated', headline: 'خبر مبتور' });
    expect(byId[empty.id]).toMatchObject({ reason: 'empty', headline: 'خبر فارغ' });
    expect(byId[garbage.id]).toMatchObject({ reason: 'not_json', headline: 'خبر تالف' });
    expect(byId[future.id]).toMatchObject({ reason: 'future_version', headline: 'خبر من المستقبل' });
    expect(byId[invalid.id]).toMatchObject({ reason: 'invalid', headline: 'خبر مخالف' });
    expect(quarantined).toHaveLength(5);
    expect(changes.flat()).toEqual(expect.arrayContaining([truncated.id, empty.id, garbage.id, future.id, invalid.id]));

    // Moved aside whole, not deleted: the damaged bytes and every revision are still there.
    const entry = byId[truncated.id]!;
    expect(entry.movedTo.startsWith(join(dataDir, 'quarantine'))).toBe(true);
    expect(await readFile(join(entry.movedTo, 'draft.json'), 'utf8')).toBe(text.slice(0, Math.floor(text.length / 2)));
    // The kept revision the save superseded (the creation) moved with it; the current one was draft.json itself.
    const kept = await readdir(join(entry.movedTo, 'revisions'));
    expect(kept).toHaveLength(1);
    expect(JSON.parse(await readFile(join(entry.movedTo, 'revisions', kept[0]!), 'utf8'))).toMatchObject({ kind: 'created' });
    expect((await readdir(join(dataDir, 'drafts'))).sort()).toEqual([good.id]);

    // Persisted: a later start still tells the user.
    await service.stop();
    stops = [];
    const later = await started({ index });
    expect((await later.service.quarantined()).map((item) => item.id).sort()).toEqual(
      [truncated.id, empty.id, garbage.id, future.id, invalid.id].sort(),
    );
  });

  it('quarantines a draft that is damaged while the app runs, when it is opened', async () => {
    const { service } = await started();
    const saved = await createSaved(service, 'خبر');
    await writeFile(join(dataDir, 'drafts', saved.id, 'draft.json'), '{"format":"midad-draft","schemaVersion":1,"meta":{"id');
    const error = await service.open({ id: saved.id, takeOver: false }, client).catch((reason: unknown) => reason);
    expect((error as MidadError).code).toBe('draft_corrupt');
    expect(await service.quarantined()).toMatchObject([{ id: saved.id, reason: 'truncated', headline: 'خبر' }]);
    expect(await service.list({ sort: 'updated' })).toEqual([]);
  });

  it('reports a draft from a newer Midad as such', async () => {
    const { service } = await started();
    const saved = await createSaved(service, 'خبر');
    const path = join(dataDir, 'drafts', saved.id, 'draft.json');
    await writeFile(path, JSON.stringify({ ...JSON.parse(await readFile(path, 'utf8')), schemaVersion: 99 }));
    const error = await service.revisions({ id: saved.id }).catch((reason: unknown) => reason);
    expect((error as MidadError).code).toBe('draft_from_future');
  });
});

describe('draft file versions', () => {
  it('loads the version 1 fixture (the first released format) as version 2', async () => {
    const text = await readFile(fixtureV1, 'utf8');
    const reading = readDraftFile(text);
    expect(reading).toMatchObject({ ok: true, migratedFrom: 1 });
    const { meta, document } = JSON.parse(text);
    await mkdir(join(dataDir, 'drafts', meta.id), { recursive: true });
    await writeFile(join(dataDir, 'drafts', meta.id, 'draft.json'), text);
    const { service } = await started();
    expect(await service.list({ sort: 'updated' })).toEqual([meta]);
    const opened = await service.open({ id: meta.id, takeOver: false }, client);
    expect(opened.draft.meta).toEqual(meta);
    expect(opened.draft.fields).toEqual({ ...defaultArticleFields, authors: meta.authors });
    expect(opened.draft.sources).toEqual([]);
    const blocks = opened.draft.document.root.children;
    expect(blocks.map((block) => [block.type, block.direction])).toEqual([
      ['midad-headline', 'rtl'],
      ['midad-kicker', 'rtl'],
      ['midad-lead', 'rtl'],
      ['paragraph', 'rtl'],
    ]);
    expect(blocks[3]?.children).toEqual(document.root.children[1].children);
    const ids = blocks.map(blockIdOf);
    expect(new Set(ids).size).toBe(4);
    expect(ids.every((id) => id !== undefined)).toBe(true);
    expect(documentText(opened.draft.document).headline).toBe(meta.headline);
    expect(documentWordCount(opened.draft.document)).toBe(meta.wordCount);
  });

  // There is no past format yet; this proves the chain runs, with a made-up version 0
  // that kept the document under `content` and had no revision history.
  const fromV0: Migration = (file) => {
    const { content, ...rest } = file as { content: unknown; meta: { revisionId: string; id: string; createdAt: string } };
    const meta = (rest as { meta: { revisionId: string; id: string; createdAt: string; headline: string } }).meta;
    return {
      ...rest,
      document: content,
      revisions: [
        { id: meta.revisionId, draftId: meta.id, kind: 'created', createdAt: meta.createdAt, author: '', headline: meta.headline, wordCount: 0 },
      ],
    };
  };

  it('migrates an older file on read, one version at a time', async () => {
    const { document, revisions: _revisions, ...v1 } = JSON.parse(await readFile(fixtureV1, 'utf8'));
    const v0 = { ...v1, schemaVersion: 0, content: document };
    const migrations = new Map([[0, fromV0], ...draftMigrations]);
    expect(migrateDraftFile(v0, new Map())).toEqual({ ok: false, reason: 'invalid' });
    expect(migrateDraftFile({ ...v0, schemaVersion: 3 }, migrations)).toEqual({ ok: false, reason: 'future_version' });

    await mkdir(join(dataDir, 'drafts', v1.meta.id), { recursive: true });
    await writeFile(join(dataDir, 'drafts', v1.meta.id, 'draft.json'), JSON.stringify(v0));
    const { service } = await started({ migrations });
    const opened = await service.open({ id: v1.meta.id, takeOver: false }, client);
    expect(opened.draft.meta).toEqual(v1.meta);
    expect(opened.draft.document.root.children.map((block) => block.type)).toEqual(['midad-headline', 'midad-kicker', 'midad-lead', 'paragraph']);
    expect(documentText(opened.draft.document).headline).toBe(documentText(document).headline);
    // The next save writes the current format.
    await service.save({ id: v1.meta.id, baseRevisionId: v1.meta.revisionId, document, kind: 'checkpoint' }, client);
    const rewritten = JSON.parse(await readFile(join(dataDir, 'drafts', v1.meta.id, 'draft.json'), 'utf8'));
    expect(rewritten).toMatchObject({ schemaVersion: CURRENT_SCHEMA_VERSION, document });
    expect(rewritten.content).toBeUndefined();
  });
});
