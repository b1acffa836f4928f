import { appendFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDocument } from '../../../shared/editor/documentText';
import type { DraftMeta } from '../../../shared/model/draft';
import { LibraryIndex } from './LibraryIndex';
import { LibraryService } from './LibraryService';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'midad-library-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function meta(n: number, headline: string): DraftMeta {
  const time = new Date(Date.UTC(2021, 11, 21, 13, n)).toISOString();
  return {
    id: `draft-${String(n).padStart(6, '0')}`,
    language: 'ar',
    status: 'draft',
    authors: ['كيفاش'],
    createdAt: time,
    updatedAt: time,
    headline,
    wordCount: 10,
    revisionId: `rev-${String(n).padStart(8, '0')}`,
  };
}

async function put(index: LibraryIndex, n: number, headline: string, ...paragraphs: string[]) {
  const draftMeta = meta(n, headline);
  await index.upsert(draftMeta, createDocument('ar', headline, paragraphs));
  return draftMeta;
}

const ids = (index: LibraryIndex, query: string) => index.search(query, 50).map((hit) => hit.id);

describe('LibraryIndex search', () => {
  it('finds words regardless of alef form, proclitics and prefix typing', async () => {
    const index = await LibraryIndex.open({ dir });
    const terror = await put(index, 1, 'واخا ما كاين بوناني.. حرب المغرب على الإرهاب مستمرة', 'أوضح إحسان الحافيظي، الباحث في الشؤون الأمنية');
    const vaccine = await put(index, 2, 'حملة التلقيح تتواصل', 'وقالت الوزارة إن اللقاح متوفر في المستشفيات');
    expect(ids(index, 'الارهاب ')).toEqual([terror.id]);
    expect(ids(index, 'ارهاب ')).toEqual([terror.id]);
    expect(ids(index, 'الحافي')).toEqual([terror.id]);
    expect(ids(index, 'لقاح ')).toEqual([vaccine.id]);
    expect(ids(index, 'المستشفيات حملة')).toEqual([vaccine.id]);
    // AND: both words must match the same draft.
    expect(ids(index, 'الارهاب اللقاح ')).toEqual([]);
    expect(ids(index, 'ولد ')).toEqual([]);
  });

  it('ranks a headline match above a body match', async () => {
    const index = await LibraryIndex.open({ dir });
    const inBody = await put(index, 1, 'أخبار الرياضة', 'الحكومة الحكومة الحكومة تعلن عن خطة جديدة للحكومة');
    const inHeadline = await put(index, 2, 'الحكومة تصادق على الميزانية', 'نص عادي');
    expect(ids(index, 'حكومة ')).toEqual([inHeadline.id, inBody.id]);
  });

  it('returns highlight ranges into the headline and snippet it returns', async () => {
    const index = await LibraryIndex.open({ dir });
    const filler = 'تواصل المصالح الأمنية سياستها الاستباقية. '.repeat(8);
    await put(index, 1, 'حرب المغرب على الإرهاب', `${filler}وكانت وزارة الخارجية الأمريكية نوهت بالجهود`);
    const [hit] = index.search('الامريكية ', 5);
    expect(hit).toBeDefined();
    const words = hit!.snippetHighlights.map(({ start, end }) => hit!.snippet.slice(start, end));
    expect(words).toEqual(['الأمريكية']);
    // The match lies past the snippet length, so the window moved to it.
    expect(hit!.snippet.startsWith('… ')).toBe(true);
    const [headlineHit] = index.search('المغرب', 5);
    const headlineWords = headlineHit!.headlineHighlights.map(({ start, end }) => headlineHit!.headline.slice(start, end));
    expect(headlineWords).toEqual(['المغرب']);
  });

  it('updates and removes drafts', async () => {
    const index = await LibraryIndex.open({ dir });
    const first = await put(index, 1, 'مراكش تستضيف المهرجان', 'نص');
    await put(index, 1, 'الرباط تستضيف القمة', 'نص');
    expect(ids(index, 'مراكش ')).toEqual([]);
    expect(ids(index, 'الرباط ')).toEqual([first.id]);
    expect(index.get(first.id)?.headline).toBe('الرباط تستضيف القمة');
    await index.remove(first.id);
    expect(ids(index, 'الرباط ')).toEqual([]);
    expect(index.all()).toEqual([]);
  });
});

describe('LibraryIndex persistence', () => {
  it('keeps every change across reopen, from the log and then from a snapshot', async () => {
    const index = await LibraryIndex.open({ dir });
    await put(index, 1, 'البوناني تأهب أمني', 'نص');
    await put(index, 2, 'إشادة دولية', 'نص');
    await index.remove(meta(2, '').id);
    expect(await readdir(dir)).toEqual(['log-0.jsonl']);

    const reopened = await LibraryIndex.open({ dir });
    expect(reopened.all().map((m) => m.headline)).toEqual(['البوناني تأهب أمني']);
    expect(ids(reopened, 'بوناني ')).toEqual([meta(1, '').id]);

    await reopened.compact();
    expect(await readdir(dir)).toEqual(['snapshot.json']);
    await put(reopened, 3, 'توقيف 360 إرهابي', 'نص');
    const third = await LibraryIndex.open({ dir });
    expect(third.all()).toHaveLength(2);
    expect(ids(third, '٣٦٠ ')).toEqual([meta(3, '').id]);
    expect(third.needsRebuild).toBe(false);
  });

  it('compacts on its own once the log passes the threshold, without losing later saves', async () => {
    const index = await LibraryIndex.open({ dir, compactAfter: { records: 5, bytes: 1e9 } });
    for (let n = 0; n < 12; n++) await put(index, n, `خبر رقم ${n}`, 'نص');
    await index.flush();
    const files = await readdir(dir);
    expect(files).toContain('snapshot.json');
    // The log holds only what came after the last snapshot (no file when nothing did).
    const log = files.find((f) => f.startsWith('log-'));
    const logLines = log ? (await readFile(join(dir, log), 'utf8')).split('\n').length - 1 : 0;
    expect(logLines).toBeLessThan(5);
    const reopened = await LibraryIndex.open({ dir });
    expect(reopened.all()).toHaveLength(12);
    expect(ids(reopened, '11 ')).toEqual([meta(11, '').id]);
  });

  it('ignores a torn last log line and keeps appending cleanly', async () => {
    const index = await LibraryIndex.open({ dir });
    await put(index, 1, 'الحكومة تعلن', 'نص');
    await appendFile(join(dir, 'log-0.jsonl'), '{"op":"upsert","meta":{"id":"draft-0000');
    const reopened = await LibraryIndex.open({ dir });
    expect(reopened.needsRebuild).toBe(false);
    expect(reopened.all()).toHaveLength(1);
    await put(reopened, 2, 'المعارضة ترد', 'نص');
    const third = await LibraryIndex.open({ dir });
    expect(third.all()).toHaveLength(2);
    expect(third.needsRebuild).toBe(false);
  });

  it('reports a rebuild for a corrupt snapshot or log, and rebuild restores search', async () => {
    const index = await LibraryIndex.open({ dir });
    await put(index, 1, 'الحكومة تعلن', 'نص');
    await index.compact();
    const snapshot = await readFile(join(dir, 'snapshot.json'), 'utf8');
    await writeFile(join(dir, 'snapshot.json'), snapshot.slice(0, snapshot.length - 40));
    const truncated = await LibraryIndex.open({ dir });
    expect(truncated.needsRebuild).toBe(true);
    expect(truncated.all()).toEqual([]);

    const draft = meta(1, 'الحكومة تعلن');
    await truncated.rebuild([{ meta: draft, document: createDocument('ar', draft.headline, ['نص']) }]);
    expect(truncated.needsRebuild).toBe(false);
    const rebuilt = await LibraryIndex.open({ dir });
    expect(rebuilt.needsRebuild).toBe(false);
    expect(ids(rebuilt, 'الحكومه ')).toEqual([draft.id]);

    await writeFile(join(dir, 'snapshot.json'), 'not json');
    expect((await LibraryIndex.open({ dir })).needsRebuild).toBe(true);
  });

  it('reports a rebuild for a damaged line in the middle of the log', async () => {
    const index = await LibraryIndex.open({ dir });
    await put(index, 1, 'الحكومة تعلن', 'نص');
    await appendFile(join(dir, 'log-0.jsonl'), 'garbage\n');
    await put(index, 2, 'المعارضة ترد', 'نص');
    const reopened = await LibraryIndex.open({ dir });
    expect(reopened.needsRebuild).toBe(true);
    expect(reopened.all()).toHaveLength(2);
  });
});

describe('LibraryIndex at scale (smoke)', () => {
  it('indexes, persists and searches a few thousand drafts', async () => {
    const index = await LibraryIndex.open({ dir });
    const drafts = Array.from({ length: 2_000 }, (_, n) => {
      const draftMeta = meta(n, `خبر ${n} عن ${n % 2 ? 'الحكومة' : 'المعارضة'}`);
      return { meta: draftMeta, document: createDocument('ar', draftMeta.headline, [`نص الخبر رقم ${n}`]) };
    });
    await index.rebuild(drafts);
    const reopened = await LibraryIndex.open({ dir });
    expect(reopened.all()).toHaveLength(2_000);
    expect(reopened.search('حكومة', 5_000)).toHaveLength(1_000);
    expect(ids(reopened, '1234 ')).toEqual([meta(1234, '').id]);
  });
});

describe('LibraryService', () => {
  it('answers an empty query with nothing and passes the limit on', async () => {
    const index = await LibraryIndex.open({ dir });
    for (let n = 0; n < 5; n++) await put(index, n, `الحكومة ${n}`, 'نص');
    const service = new LibraryService(index);
    expect(await service.search({ query: '  ', limit: 50 })).toEqual([]);
    expect(await service.search({ query: 'الحكومة', limit: 3 })).toHaveLength(3);
  });
});
