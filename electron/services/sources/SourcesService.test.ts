import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleDocument } from '../../../shared/model/document';
import { SourcesService, type DraftReader } from './SourcesService';


/** A document with one paragraph holding an inline quote, as Lexical saves it (flat node state). */
function documentQuoting(sourceId: string, text: string, titleUsed?: string): ArticleDocument {
  return {
    root: {
      type: 'root',
      version: 1,
      children: [
        {
          type: 'paragraph',
          version: 1,
          children: [
            { type: 'text', version: 1, text: 'وأوضح الحافيظي أن ' },
            { type: 'midad-quote', version: 1, quoteKind: 'speech', attribution: { sourceId, titleUsed }, children: [{ type: 'text', version: 1, text }] },
            { type: 'midad-quote', version: 1, quoteKind: 'term', children: [{ type: 'text', version: 1, text: 'كيفاش' }] },
          ],
        },
      ],
    },
  };
}

class FakeDrafts implements DraftReader {
  drafts = new Map<string, { headline: string; revisionId: string; document: ArticleDocument }>();
  reads = 0;
  async list() {
    return [...this.drafts].map(([id, draft]) => ({ id, headline: draft.headline, revisionId: draft.revisionId }));
  }
  async document(id: string) {
    this.reads++;
    return this.drafts.get(id)?.document;
  }
}

describe('SourcesService', () => {
  let dataDir: string;
  let drafts: FakeDrafts;
  let role: 'journalist' | 'editor';
  const open = async () => {
    const service = new SourcesService({ dataDir, drafts, role: () => role });
    await service.start();
    return service;
  };

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'midad-sources-'));
    drafts = new FakeDrafts();
    role = 'journalist';
  });
  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  it('persists sources and finds them Arabic-insensitively for autocomplete', async () => {
    const first = await open();
    const expert = await first.create({ kind: 'person', name: 'إحسان الحافيظي', title: 'الباحث في الشؤون الأمنية', organisation: '', aliases: [], anonymous: false });
    await first.create({ kind: 'organisation', name: 'وزارة الخارجية الأمريكية', title: '', organisation: '', aliases: ['واشنطن'], anonymous: false });
    const reopened = await open();
    expect(await reopened.get({ id: expert.id })).toEqual(expert);
    expect((await reopened.list({ query: 'احسان', limit: 50 })).map((source) => source.name)).toEqual(['إحسان الحافيظي']);
    expect((await reopened.list({ query: 'حافي', limit: 50 })).map((source) => source.name)).toEqual(['إحسان الحافيظي']);
    expect((await reopened.list({ query: 'واشن', limit: 50 })).map((source) => source.name)).toEqual(['وزارة الخارجية الأمريكية']);
    expect(await reopened.list({ query: 'باريس', limit: 50 })).toEqual([]);
    expect(await readdir(join(dataDir, 'sources'))).toEqual(expect.arrayContaining(['sources.json']));
  });

  it('shows every quote of a source across drafts with the title each draft used', async () => {
    const service = await open();
    const expert = await service.create({ kind: 'person', name: 'إحسان الحافيظي', title: 'الباحث في الشؤون الأمنية', organisation: '', aliases: [], anonymous: false });
    drafts.drafts.set('draft-aaaaaaaa', { headline: 'حرب المغرب على الإرهاب', revisionId: 'rev-00000001', document: documentQuoting(expert.id, 'التأهب الأمني بروتوكول') });
    drafts.drafts.set('draft-bbbbbbbb', { headline: 'أمن رأس السنة', revisionId: 'rev-00000001', document: documentQuoting(expert.id, 'اليقظة دائمة', 'الخبير في الشؤون الأمنية') });
    await service.draftsChanged(['draft-aaaaaaaa', 'draft-bbbbbbbb']);
    const quotes = await service.quotes({ sourceId: expert.id });
    expect(quotes.map(({ draftId, text, titleUsed }) => ({ draftId, text, titleUsed }))).toEqual([
      { draftId: 'draft-aaaaaaaa', text: 'التأهب الأمني بروتوكول', titleUsed: 'الباحث في الشؤون الأمنية' },
      { draftId: 'draft-bbbbbbbb', text: 'اليقظة دائمة', titleUsed: 'الخبير في الشؤون الأمنية' },
    ]);

    // An unchanged revision is not read again; a trashed draft leaves the index.
    const reads = drafts.reads;
    await service.draftsChanged(['draft-aaaaaaaa']);
    expect(drafts.reads).toBe(reads);
    drafts.drafts.delete('draft-bbbbbbbb');
    await service.draftsChanged(['draft-bbbbbbbb']);
    expect((await (await open()).quotes({ sourceId: expert.id })).map((quote) => quote.draftId)).toEqual(['draft-aaaaaaaa']);
  });

  it('merges a duplicate: aliases join, quotes of the removed id count for the kept one, the old id still answers', async () => {
    const service = await open();
    const keep = await service.create({ kind: 'person', name: 'إحسان الحافيظي', title: '', organisation: '', aliases: ['الحافيظي'], anonymous: false });
    const duplicate = await service.create({ kind: 'person', name: 'احسان الحافظي', title: 'الخبير الأمني', organisation: '', aliases: ['الحافيظي'], anonymous: false });
    drafts.drafts.set('draft-cccccccc', { headline: 'خبر', revisionId: 'rev-00000001', document: documentQuoting(duplicate.id, 'قول') });
    await service.draftsChanged(['draft-cccccccc']);
    const merged = await service.merge({ keep: keep.id, remove: duplicate.id });
    expect(merged).toMatchObject({ id: keep.id, title: 'الخبير الأمني', aliases: ['الحافيظي', 'احسان الحافظي'] });
    const reopened = await open();
    expect((await reopened.get({ id: duplicate.id })).id).toBe(keep.id);
    expect((await reopened.quotes({ sourceId: keep.id })).map((quote) => quote.text)).toEqual(['قول']);
    expect((await reopened.list({ limit: 50 })).map((source) => source.id)).toEqual([keep.id]);
    await expect(reopened.merge({ keep: keep.id, remove: duplicate.id })).rejects.toMatchObject({ code: 'invalid_request' });
    await expect(reopened.get({ id: 'src-missing00' })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('returns an anonymous source’s confidential identity to the editor role only', async () => {
    const service = await open();
    const anonymous = await service.create(
      { kind: 'person', name: 'مصدر أمني', title: '', organisation: '', aliases: [], anonymous: true, confidentialIdentity: 'ضابط في ولاية أمن الناظور' },

    );
    expect(anonymous.confidentialIdentity).toBeUndefined();
    expect((await service.list({ query: 'مصدر', limit: 50 }))[0]!.confidentialIdentity).toBeUndefined();
    role = 'editor';
    expect((await service.get({ id: anonymous.id })).confidentialIdentity).toBe('ضابط في ولاية أمن الناظور');
    // A journalist's edit does not wipe what only the editor can see.
    role = 'journalist';
    await service.update({ id: anonymous.id, changes: { title: 'مسؤول' } });
    role = 'editor';
    expect((await service.get({ id: anonymous.id })).confidentialIdentity).toBe('ضابط في ولاية أمن الناظور');
  });

  it('moves a damaged directory file aside and rebuilds a damaged quote index from the drafts', async () => {
    const service = await open();
    const source = await service.create({ kind: 'person', name: 'أ', title: '', organisation: '', aliases: [], anonymous: false });
    drafts.drafts.set('draft-dddddddd', { headline: 'خبر', revisionId: 'rev-00000001', document: documentQuoting(source.id, 'قول') });
    await service.draftsChanged(['draft-dddddddd']);
    await writeFile(join(dataDir, 'sources', 'quote-index.json'), '{"format":');
    expect((await (await open()).quotes({ sourceId: source.id })).map((quote) => quote.text)).toEqual(['قول']);

    const damaged = '{"format":"midad-sources","version":1,"sources":[{"id":"x"}]}';
    await writeFile(join(dataDir, 'sources', 'sources.json'), damaged);
    const recovered = await open();
    expect(await recovered.list({ limit: 50 })).toEqual([]);
    const aside = (await readdir(join(dataDir, 'sources'))).find((name) => name.startsWith('sources.json.damaged-'))!;
    expect(await readFile(join(dataDir, 'sources', aside), 'utf8')).toBe(damaged);
  });
});
