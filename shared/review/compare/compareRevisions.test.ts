import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blockIdOf } from '../../editor/blockIdFormat';
import { importedArticleToDocument } from '../../editor/import/importedArticleToDocument';
import { plainTextArticle } from '../../import/plainTextArticle';
import { articleFieldsSchema } from '../../model/article';
import type { ArticleDocument, SerializedNodeShape } from '../../model/document';
import { documentAsRejected } from '../suggestions/documentAsRejected';
import { suggestedDocument } from '../suggestions/testing/suggestedDocument';
import { compareRevisions } from './compareRevisions';
import type { ComparedText } from './comparison';

const imported = plainTextArticle(readFileSync(join(import.meta.dirname, '../../import/fixtures/kifache-2021-12-21-terror-cells.txt'), 'utf8'));
const original: ComparedText = {
  document: importedArticleToDocument(imported),
  fields: articleFieldsSchema.parse(imported.fields),
  sources: imported.sources,
};

function copy(text: ComparedText): ComparedText {
  return structuredClone(text);
}

function* descendants(node: SerializedNodeShape): Generator<SerializedNodeShape> {
  for (const child of node.children ?? []) {
    yield child;
    yield* descendants(child);
  }
}

/** Replaces text inside the one text node that contains `from`. */
function edit(document: ArticleDocument, from: string, to: string): void {
  const nodes = document.root.children.flatMap((block) => [...descendants(block)]).filter((node) => typeof node.text === 'string' && node.text.includes(from));
  expect(nodes).toHaveLength(1);
  nodes[0]!.text = (nodes[0]!.text as string).replace(from, to);
}

function blockIndexOf(document: ArticleDocument, start: string): number {
  const index = document.root.children.findIndex((block) => {
    const first = block.children?.[0];
    return typeof first?.text === 'string' && first.text.startsWith(start);
  });
  expect(index).toBeGreaterThan(-1);
  return index;
}

describe('compareRevisions on the fixture article', () => {
  const after = copy(original);
  const blocks = after.document.root.children;
  edit(after.document, 'واخا ما كاين بوناني', 'رغم غياب احتفالات رأس السنة');
  edit(after.document, 'نهاية الأسوع الماضي', 'نهاية الأسبوع الماضي');
  edit(after.document, 'و أشادت واشنطن', 'وأشادت واشنطن');
  const moved = blocks.splice(blockIndexOf(after.document, 'واعتبر الحافيظي'), 1)[0]!;
  blocks.splice(blockIndexOf(after.document, 'وأبرز الحافيظي'), 0, moved);
  const deleted = blocks.splice(blockIndexOf(after.document, 'وأوضح الحافيظي، في سياق حديثه'), 1)[0]!;
  const reattributed = [...descendants(blocks[blockIndexOf(after.document, 'وفي السياق ذاته')]!)].find((node) => node.type === 'midad-quote')!;
  reattributed.attribution = { ...(reattributed.attribution as object), titleUsed: 'الباحث في الشؤون الأمنية' };
  after.fields = { ...after.fields!, section: 'أمن', tags: ['إرهاب'] };

  const comparison = compareRevisions(original, after);
  const byText = (start: string) => comparison.blocks.filter((block) => (block.newText ?? block.oldText)!.startsWith(start));

  it('reports the replaced word and the glued conjunction as whole words', () => {
    const [typo] = byText('وتبعا لمنطق اليقظة');
    expect(typo).toMatchObject({ status: 'changed', moved: false });
    expect(typo!.words!.filter((word) => word.op !== 'equal')).toEqual([
      { op: 'delete', text: 'الأسوع ' },
      { op: 'insert', text: 'الأسبوع ' },
    ]);
    const [glued] = byText('وأشادت واشنطن');
    expect(glued!.words!.filter((word) => word.op !== 'equal')).toEqual([
      { op: 'delete', text: 'و أشادت ' },
      { op: 'insert', text: 'وأشادت ' },
    ]);
  });

  it('shows the moved paragraph as moved and unchanged, the paragraph it passed as staying put', () => {
    const [paragraph] = byText('واعتبر الحافيظي');
    expect(paragraph).toMatchObject({ status: 'unchanged', moved: true, blockId: blockIdOf(moved) });
    expect(byText('وأبرز الحافيظي')[0]).toMatchObject({ status: 'unchanged', moved: false });
    expect(comparison.counts).toEqual({ added: 0, removed: 1, changed: 4, moved: 1 });
  });

  it('keeps the deleted paragraph where it stood', () => {
    const index = comparison.blocks.findIndex((block) => block.status === 'removed');
    expect(comparison.blocks[index]).toMatchObject({ oldBlockId: blockIdOf(deleted), role: 'body' });
    expect(comparison.blocks[index - 1]!.newText).toMatch(/^ولفت الخبير الأمني/u);
  });

  it('lists the headline and the form fields that changed, with old and new values', () => {
    expect(comparison.fieldsKnown).toBe(true);
    expect(comparison.fields).toEqual([
      { field: 'headline', before: imported.headline, after: imported.headline.replace('واخا ما كاين بوناني', 'رغم غياب احتفالات رأس السنة') },
      { field: 'section', before: null, after: 'أمن' },
      { field: 'tags', before: [], after: ['إرهاب'] },
    ]);
    expect(comparison.blocks.find((block) => block.role === 'headline')).toMatchObject({ status: 'changed' });
  });

  it('lists the re-attributed quote and the deleted paragraph’s quote, and nothing else', () => {
    expect(comparison.quotes).toHaveLength(2);
    expect(comparison.quotes[0]).toMatchObject({
      status: 'changed',
      textChanged: false,
      attributionChanged: ['titleUsed'],
      before: { attribution: { titleUsed: 'الخبير الأمني' }, sourceName: 'إحسان الحافيظي' },
      after: { attribution: { titleUsed: 'الباحث في الشؤون الأمنية' } },
    });
    expect(comparison.quotes[1]).toMatchObject({ status: 'removed', before: { kind: 'inline' } });
    expect(comparison.quotes[1]!.before!.text).toMatch(/^منذ تولي عبد اللطيف الحموشي/u);
  });
});

describe('compareRevisions', () => {
  it('compares pending suggestions as not yet made: no struck and inserted word glued into one', () => {
    const suggested = { document: suggestedDocument() };
    const plain = { document: documentAsRejected(suggested.document) };
    expect(compareRevisions(plain, suggested).counts).toEqual({ added: 0, removed: 0, changed: 0, moved: 0 });

    const accepted = structuredClone(plain);
    edit(accepted.document, 'أمس', 'اليوم');
    const block = compareRevisions(suggested, accepted).blocks.find((entry) => entry.status === 'changed');
    expect(block?.words?.filter((word) => word.op !== 'equal').map((word) => word.text.trim())).toEqual(['أمس', 'اليوم']);
  });

  it('finds nothing between a revision and itself', () => {
    const comparison = compareRevisions(original, copy(original));
    expect(comparison.counts).toEqual({ added: 0, removed: 0, changed: 0, moved: 0 });
    expect(comparison.fields).toEqual([]);
    expect(comparison.quotes).toEqual([]);
  });

  it('reads missing fields as unknown, not as a change', () => {
    const comparison = compareRevisions({ document: original.document }, original);
    expect(comparison.fieldsKnown).toBe(false);
    expect(comparison.fields).toEqual([]);
  });

  it('matches blocks without ids by their text, and sees a reordering as a move', () => {
    const stripped = copy(original);
    for (const block of stripped.document.root.children) delete block.$;
    const after = copy(stripped);
    const blocks = after.document.root.children;
    blocks.push(blocks.splice(blockIndexOf(after.document, 'وأبرز الحافيظي'), 1)[0]!);
    edit(after.document, 'ووفقا للتقرير', 'ووفقا لهذا التقرير');
    const comparison = compareRevisions(stripped, after);
    expect(comparison.counts).toEqual({ added: 0, removed: 0, changed: 1, moved: 1 });
    expect(comparison.blocks.at(-1)).toMatchObject({ moved: true, status: 'unchanged' });
  });

  it('sees a paragraph cut and pasted elsewhere under a new id as moved, not changed', () => {
    const after = copy(original);
    const blocks = after.document.root.children;
    const [pasted] = blocks.splice(blockIndexOf(after.document, 'وأبرز الحافيظي'), 1);
    blocks.push({ ...pasted!, $: { blockId: 'pasted0001' } });
    const comparison = compareRevisions(original, after);
    expect(comparison.counts).toEqual({ added: 0, removed: 0, changed: 0, moved: 1 });
    expect(comparison.blocks.at(-1)).toMatchObject({ status: 'unchanged', moved: true, blockId: 'pasted0001' });
  });

  it('reports a rewritten paragraph with a new id as removed and added', () => {
    const after = copy(original);
    const index = blockIndexOf(after.document, 'وأبرز الحافيظي');
    after.document.root.children[index] = { ...after.document.root.children[index]!, $: { blockId: 'newblock01' }, children: [{ type: 'text', version: 1, text: 'فقرة جديدة تماما عن موضوع آخر.' }] };
    const comparison = compareRevisions(original, after);
    expect(comparison.counts).toMatchObject({ added: 1, removed: 1, changed: 0 });
    expect(comparison.quotes).toMatchObject([{ status: 'removed' }]);
  });
});
