import { mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentText } from '../../../shared/editor/documentText';
import type { Draft } from '../../../shared/model/draft';
import { ImportService, type ImportServiceOptions } from './ImportService';

const FIXTURES = join(import.meta.dirname, '../../../shared/import/fixtures');
const KIFACHE = 'kifache-2021-12-21-terror-cells';

describe('ImportService', () => {
  let dir: string;
  let created: Parameters<ImportServiceOptions['createDraft']>[0][];
  let service: ImportService;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'midad-import-'));
    created = [];
    service = new ImportService({
      createDraft: async (args) => {
        created.push(args);
        return { meta: { id: `draft-${String(created.length).padStart(8, '0')}`, headline: '', language: args.language } } as unknown as Draft;
      },
      // A directory that knows nobody: every imported source is created (the real directory is in importDraft.test.ts).
      sources: {
        list: async () => [],
        create: async (fields) => ({ ...fields, id: `src-created-${String(created.length)}-${fields.name.length}` }),
      },
      timeZone: () => 'Africa/Casablanca',
    });
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const place = async (name: string, content: string | Uint8Array) => {
    const path = join(dir, name);
    await writeFile(path, content);
    return path;
  };

  it('imports the plain-text fixture into a draft with its fields, sources and text', async () => {
    const path = await place('story.txt', await readFile(join(FIXTURES, `${KIFACHE}.txt`)));
    const { meta, summary } = await service.fromFile({ path });
    expect(meta.id).toBe('draft-00000001');
    expect(summary).toMatchObject({
      format: 'text',
      headline: 'واخا ما كاين بوناني.. حرب المغرب على الإرهاب مستمرة',
      breaking: true,
      publishedAt: '2021-12-21T13:05:00+01:00',
      mediaTags: ['photos'],
      related: 5,
      intertitles: 3,
      quotes: { speech: 9, terms: 2 },
    });
    expect(summary.sources.map(({ name, quotes }) => [name, quotes])).toEqual([
      ['إحسان الحافيظي', 6],
      ['وزارة الخارجية الأمريكية', 3],
    ]);
    const [draft] = created;
    expect(draft!.fields).toMatchObject({ breaking: true, mediaTags: ['photos'], publishedAt: '2021-12-21T13:05:00+01:00' });
    expect(draft!.sources).toHaveLength(2);
    const text = documentText(draft!.document);
    expect(text.headline).toBe(summary.headline);
    expect(text.blocks.join('\n')).toContain('“ترفع المصالح الأمنية من درجة التأهب الأمني”');
  });

  it('imports the same story from a Word file and from an HTML page, whatever their names say', async () => {
    const docx = await service.fromFile({ path: await place('story.txt', await readFile(join(FIXTURES, `${KIFACHE}.docx`))) });
    expect(docx.summary).toMatchObject({ format: 'docx', breaking: true, intertitles: 3, quotes: { speech: 9, terms: 2 } });

    const lines = (await readFile(join(FIXTURES, `${KIFACHE}.txt`), 'utf8')).split('\n').filter((line) => line.trim());
    const page = `<!doctype html><html><head><title>x</title><script>alert(1)</script></head><body>${lines
      .map((line) => `<p>${line.replace(/&/gu, '&amp;')}</p>`)
      .join('\n')}<!-- tracking --></body></html>`;
    const html = await service.fromContent({ name: 'story.docx', base64: Buffer.from(page).toString('base64') });
    expect(html.summary).toMatchObject({ format: 'html', headline: docx.summary.headline, quotes: { speech: 9, terms: 2 } });
    expect(documentText(created[1]!.document).blocks.join('')).not.toContain('alert');
  });

  it('reads an older Arabic Windows-1256 text file', async () => {
    const bytes = Buffer.from([0xc7, 0xe1, 0xda, 0xe4, 0xe6, 0xc7, 0xe4, 0x0a, 0x0a, 0xdb]); // "العنوان\n\nغ"
    const { summary } = await service.fromContent({ name: 'old.txt', base64: bytes.toString('base64') });
    expect(summary.headline).toBe('العنوان');
  });

  it.each([
    ['an empty file', 'empty.txt', '', 'import_empty'],
    ['blank lines only', 'blank.txt', '\n \n\t\n', 'import_empty'],
    ['a PDF named .docx', 'story.docx', '%PDF-1.7\n%âãÏÓ\n1 0 obj', 'import_unsupported'],
    ['a spreadsheet zip', 'sheet.docx', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('xl/workbook.xml')]), 'import_unsupported'],
    ['binary bytes', 'data.txt', Buffer.from([1, 2, 3, 0, 0, 0, 5, 6, 7, 8, 0, 1]), 'import_unsupported'],
    ['a truncated Word file', 'cut.docx', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('word/document.xml')]), 'import_malformed'],
  ])('refuses %s with a clear error', async (_label, name, content, code) => {
    await expect(service.fromFile({ path: await place(name, content) })).rejects.toMatchObject({ code, params: expect.objectContaining({ name }) });
    expect(created).toEqual([]);
  });

  it('refuses a file over 50 MB from its size, before reading it', async () => {
    const path = join(dir, 'huge.txt');
    await writeFile(path, '');
    await truncate(path, 51 * 1024 * 1024); // sparse: no 51 MB written or read
    await expect(service.fromFile({ path })).rejects.toMatchObject({ code: 'import_too_large', params: { name: 'huge.txt', size: '51.0', limit: '50.0' } });
    await expect(service.fromFile({ path: join(dir, 'missing.txt') })).rejects.toMatchObject({ code: 'not_found' });
  });
});
