import { describe, expect, it } from 'vitest';
import type { ArticleDocument, SerializedNodeShape } from '../../../../shared/model/document';
import { mergeVersions } from '../../../../shared/review/conflicts/mergeVersions';
import { conflictResolution, conflictRows } from './conflictRows';

function block(id: string, text: string): SerializedNodeShape {
  return { type: 'paragraph', version: 1, $: { blockId: id }, children: [{ type: 'text', version: 1, text }] };
}

function doc(...blocks: SerializedNodeShape[]): ArticleDocument {
  return { root: { type: 'root', version: 1, children: blocks } };
}

function texts(document: ArticleDocument): string[] {
  return document.root.children.map((node) => String((node.children?.[0] as unknown as { text: string }).text));
}

const shared = block('para0001', 'قال وزير الداخلية إن الخلية فُكّكت');
const mine = doc(shared, block('para0002', 'وأضاف أن التحقيق مستمر في الرباط'), block('para0003', 'شهود عيان تحدثوا عن انتشار أمني كثيف'));
const theirs = doc(shared, block('para0002', 'وأضاف أن التحقيق ما زال مستمرًا في الرباط'), block('para0004', 'فقرة أضافها المحرر'));

describe('conflictRows', () => {
  it('lists only the paragraphs the versions disagree on, by block id, in reading order', () => {
    const rows = conflictRows(mine, theirs);
    expect(rows.map((row) => [row.key, row.block.status])).toEqual([
      ['para0002', 'changed'],
      ['para0003', 'removed'],
      ['para0004', 'added'],
    ]);
    // Word-level difference for the paragraph changed on both sides (whole words, not letters).
    expect(rows[0]!.block.words!.filter((word) => word.op !== 'equal').map((word) => word.text.trim())).toEqual(['مستمر', 'ما زال مستمرًا']);
  });

  it('one choice covers a paragraph the comparison pairs across two block ids (cut and pasted back)', () => {
    const pasted = doc(shared, mine.root.children[1]!, block('para0009', 'شهود عيان تحدثوا عن انتشار أمني كثيف جدا'));
    const rows = conflictRows(mine, pasted);
    expect(rows.map((row) => row.ids)).toEqual([['para0003', 'para0009']]);
    expect(texts(mergeVersions(mine, pasted, conflictResolution(rows, { para0003: 'theirs' })))).toEqual(texts(pasted));
  });

  it('finds nothing to choose between identical versions, whatever order their properties were saved in', () => {
    expect(conflictRows(mine, mine)).toEqual([]);
    const reordered = doc(...mine.root.children.map((node) => Object.fromEntries(Object.entries(node).reverse()) as SerializedNodeShape));
    expect(conflictRows(mine, reordered)).toEqual([]);
  });
});

describe('conflictResolution', () => {
  const rows = conflictRows(mine, theirs);

  it('keeps mine as a whole and takes the picked paragraphs from theirs', () => {
    const choice = conflictResolution(rows, { para0002: 'theirs', para0004: 'theirs' });
    expect(choice).toEqual({ whole: 'mine', blocks: { para0002: 'theirs', para0004: 'theirs' } });
    expect(texts(mergeVersions(mine, theirs, choice))).toEqual([
      'قال وزير الداخلية إن الخلية فُكّكت',
      'وأضاف أن التحقيق ما زال مستمرًا في الرباط',
      // Inserted after the paragraph it follows in their version.
      'فقرة أضافها المحرر',
      'شهود عيان تحدثوا عن انتشار أمني كثيف',
    ]);
  });

  it('takes theirs as a whole when every paragraph is theirs, and mine when nothing is picked', () => {
    expect(conflictResolution(rows, { para0002: 'theirs', para0003: 'theirs', para0004: 'theirs' })).toEqual({ whole: 'theirs', blocks: {} });
    expect(conflictResolution(rows, {})).toEqual({ whole: 'mine', blocks: {} });
  });

  it('with theirs as the whole, a paragraph kept mine is named', () => {
    const choice = conflictResolution(rows, { para0002: 'mine', para0003: 'theirs', para0004: 'theirs' });
    expect(choice).toEqual({ whole: 'mine', blocks: { para0003: 'theirs', para0004: 'theirs' } });
  });
});
