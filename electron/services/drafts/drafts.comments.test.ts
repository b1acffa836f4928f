import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commentIdsInDocument } from '../../../shared/review/comments/anchors';
import { newThread, withResolved } from '../../../shared/review/comments/threads';
import { arabicArticle, FakeClock, startService, tempDataDir, type TestService } from './testing/harness';

const window1 = { clientId: 'window-1' };

let dataDir: string;
let cleanup: () => Promise<void>;
let t: TestService;

beforeEach(async () => {
  ({ dir: dataDir, cleanup } = await tempDataDir());
  t = await startService(dataDir, { clock: new FakeClock().now });
});
afterEach(async () => {
  await t.service.stop();
  await cleanup();
});

const at = '2026-03-01T09:00:00+01:00';
const onText = newThread({ id: 'c-00000001', author: 'سارة', at }, { kind: 'text' }, 'الانتخابات', 'أي انتخابات؟');
const onField = newThread({ id: 'c-00000002', author: 'كريم', at }, { kind: 'field', field: 'section' }, '', 'القسم: سياسة');

describe('DraftsService: comments', () => {
  it('saves threads with the draft, keeps them when a save omits them, and counts the open ones', async () => {
    const { meta } = await t.service.create({ headline: 'عنوان' });
    expect(meta.openComments).toBe(0);
    await t.service.open({ id: meta.id, takeOver: false }, window1);
    const first = await t.service.save(
      { id: meta.id, baseRevisionId: meta.revisionId, document: arabicArticle(20, 1), kind: 'autosave', comments: [onText, onField] },
      window1,
    );
    expect(first.openComments).toBe(2);
    expect(t.index.get(meta.id)?.openComments).toBe(2);
    // A save that does not know about comments (an older window, the CLI) keeps them.
    const second = await t.service.save({ id: meta.id, baseRevisionId: first.revisionId, document: arabicArticle(21, 2), kind: 'autosave' }, window1);
    expect(second.openComments).toBe(2);
    const resolved = withResolved([onText, onField], onText.id, { author: 'سارة', at });
    const third = await t.service.save(
      { id: meta.id, baseRevisionId: second.revisionId, document: arabicArticle(21, 2), kind: 'autosave', comments: resolved },
      window1,
    );
    expect(third.openComments).toBe(1);
    const reopened = await t.service.open({ id: meta.id, takeOver: false }, window1);
    expect(reopened.draft.comments).toEqual(resolved);
  });

  it('creates a draft with the comments it is given (an import or a package)', async () => {
    const { meta, comments } = await t.service.create({ headline: 'عنوان', comments: [onField] });
    expect(comments).toEqual([onField]);
    expect(meta.openComments).toBe(1);
  });

  it('reads a draft file written before comments existed as having none, and writes them from then on', async () => {
    const { meta } = await t.service.create({ headline: 'عنوان قديم' });
    const path = join(dataDir, 'drafts', meta.id, 'draft.json');
    const { comments: _comments, ...old } = JSON.parse(await readFile(path, 'utf8'));
    delete old.meta.openComments;
    await writeFile(path, JSON.stringify(old));
    const opened = await t.service.open({ id: meta.id, takeOver: false }, window1);
    expect(opened.draft.comments).toEqual([]);
    expect(opened.draft.meta.openComments).toBeUndefined();
    const saved = await t.service.save(
      { id: meta.id, baseRevisionId: meta.revisionId, document: opened.draft.document, kind: 'checkpoint', comments: [onText] },
      window1,
    );
    expect(saved.openComments).toBe(1);
    expect(JSON.parse(await readFile(path, 'utf8')).comments).toEqual([onText]);
  });

  it('keeps today’s threads when an old revision is restored', async () => {
    const { meta } = await t.service.create({ headline: 'عنوان' });
    await t.service.open({ id: meta.id, takeOver: false }, window1);
    const saved = await t.service.save(
      { id: meta.id, baseRevisionId: meta.revisionId, document: arabicArticle(20, 1), kind: 'checkpoint', comments: [onText] },
      window1,
    );
    await t.service.close({ id: meta.id }, window1);
    const restored = await t.service.restoreRevision({ id: meta.id, revisionId: meta.revisionId }, window1);
    expect(restored.comments).toEqual([onText]);
    expect(restored.meta.openComments).toBe(saved.openComments);
    expect(commentIdsInDocument(restored.document)).toEqual([]);
  });
});
