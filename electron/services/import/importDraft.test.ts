import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleDocument, SerializedNodeShape } from '../../../shared/model/document';
import type { Draft } from '../../../shared/model/draft';
import { createNodeServices } from '../createNodeServices';
import type { Services } from '../createServices';
import type { DraftsService } from '../drafts/DraftsService';
import type { SourcesService } from '../sources/SourcesService';
import type { ImportService } from './ImportService';

const FIXTURES = join(import.meta.dirname, '../../../shared/import/fixtures');

interface Expected {
  headline: string;
  breaking: boolean;
  publishedAt: string;
  mediaTags: string[];
  related: string[];
  leadStartsWith?: string;
  intertitles: string[];
  anonymous?: string[];
  quotes: Array<{ text: string; kind: 'speech' | 'term'; speaker?: string }>;
}

const textOf = (node: SerializedNodeShape): string =>
  typeof node.text === 'string' ? node.text : node.type === 'linebreak' ? '\n' : (node.children ?? []).map(textOf).join('');

function nodesOf(document: ArticleDocument, type: string): SerializedNodeShape[] {
  const found: SerializedNodeShape[] = [];
  const visit = (node: SerializedNodeShape): void => {
    if (node.type === type) found.push(node);
    for (const child of node.children ?? []) visit(child);
  };
  for (const child of document.root.children) visit(child as SerializedNodeShape);
  return found;
}

/** The fixture's lines as a web page of paragraphs, with a script and a comment that must not survive. */
const asPage = (text: string): string =>
  `<!doctype html><html><body><script>alert(1)</script>${text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => `<p>${line.replace(/&/gu, '&amp;').replace(/</gu, '&lt;')}</p>`)
    .join('\n')}<!-- tracking --></body></html>`;

describe('importing the fixtures gives structured drafts whose quotes are in the sources directory', () => {
  let dataDir: string;
  let services: Services;
  let importer: ImportService;
  let drafts: DraftsService;
  let sources: SourcesService;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'midad-import-draft-'));
    services = await createNodeServices(dataDir, 'cli');
    importer = services.implementations.import as ImportService;
    drafts = services.drafts;
    sources = services.implementations.sources as SourcesService;
  });
  afterAll(async () => {
    await services.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  const importAs = async (name: string, bytes: Uint8Array): Promise<Draft> => {
    const { meta } = await importer.fromContent({ name, base64: Buffer.from(bytes).toString('base64') });
    await sources.draftsChanged([meta.id]);
    return (await drafts.open({ id: meta.id, takeOver: false }, { clientId: 'import-test' })).draft;
  };

  it.each([
    ...['kifache-2021-12-21-terror-cells', 'variant-anonymous-sources', 'variant-french', 'variant-guillemets-no-intertitles', 'variant-heldout-health', 'variant-minister-video'].flatMap(
      (name) => [`${name}.txt`, `${name}.html`],
    ),
    'kifache-2021-12-21-terror-cells.docx',
  ])('%s', async (file) => {
    const stem = file.replace(/\.(txt|html|docx)$/u, '');
    const expected = JSON.parse(await readFile(join(FIXTURES, `${stem}.expected.json`), 'utf8')) as Expected;
    const bytes = file.endsWith('.html')
      ? Buffer.from(asPage(await readFile(join(FIXTURES, `${stem}.txt`), 'utf8')))
      : await readFile(join(FIXTURES, file));
    const draft = await importAs(file, bytes);
    const top = draft.document.root.children as SerializedNodeShape[];

    // The fixed blocks at the top, the headline once and without its media tag.
    expect(top.slice(0, 3).map((node) => node.type)).toEqual(['midad-headline', 'midad-kicker', 'midad-lead']);
    expect(textOf(top[0]!)).toBe(expected.headline);
    expect(top.slice(1).filter((node) => textOf(node) === expected.headline)).toEqual([]);
    if (expected.leadStartsWith) expect(textOf(top[2]!).startsWith(expected.leadStartsWith)).toBe(true);
    else expect(textOf(top[2]!)).toBe('');
    expect(draft.fields).toMatchObject({ breaking: expected.breaking, publishedAt: expected.publishedAt, mediaTags: expected.mediaTags });
    expect(draft.fields.related.map((entry) => entry.title)).toEqual(expected.related);
    expect(nodesOf(draft.document, 'heading').map(textOf)).toEqual(expected.intertitles);
    expect(JSON.stringify(draft.document)).not.toContain('alert(1)');

    // Every expected quote is a quote node; speech resolves through the directory to its speaker.
    const quotes = nodesOf(draft.document, 'midad-quote');
    for (const quote of expected.quotes) {
      const node = quotes.find((candidate) => textOf(candidate).trim().startsWith(quote.text));
      // A term in the headline or the lead stays in their plain text, marks included.
      if (!node && quote.kind === 'term' && `${textOf(top[0]!)} ${textOf(top[2]!)}`.includes(quote.text)) continue;
      expect(node, quote.text).toBeDefined();
      expect(node!.quoteKind ?? 'speech').toBe(quote.kind);
      if (quote.kind === 'term') continue;
      const sourceId = (node!.attribution as { sourceId?: string } | undefined)?.sourceId;
      expect(sourceId, quote.text).toBeDefined();
      const source = await sources.get({ id: sourceId! });
      expect(source.name).toBe(quote.speaker);
      expect(draft.sources.map((entry) => entry.id)).toContain(sourceId);
      if (expected.anonymous) expect(source.anonymous).toBe(expected.anonymous.includes(quote.speaker!));
      const listed = await sources.quotes({ sourceId: sourceId! });
      expect(listed.some((entry) => entry.draftId === draft.meta.id && entry.text.trim().startsWith(quote.text))).toBe(true);
    }
  });

  it('joins the directory entry of a source already known, by name, instead of adding a second one', async () => {
    const directory = await sources.list({ query: 'إحسان الحافيظي', limit: 100 });
    // The fixture was imported three times above (text, page, Word): one entry holds all its quotes.
    expect(directory.filter((source) => source.name === 'إحسان الحافيظي')).toHaveLength(1);
    const quotes = await sources.quotes({ sourceId: directory[0]!.id });
    expect(new Set(quotes.map((quote) => quote.draftId)).size).toBe(3);
    expect(quotes).toHaveLength(18);
  });
});
