import { describe, expect, it } from 'vitest';
import type { ArticleDocument, SerializedNodeShape } from '../../model/document';
import { conflictingBlocks, mergeVersions } from './mergeVersions';

function block(id: string, text: string): SerializedNodeShape {
  return { type: 'paragraph', version: 1, $: { blockId: id }, children: [{ type: 'text', version: 1, text }] };
}

function doc(...blocks: SerializedNodeShape[]): ArticleDocument {
  return { root: { type: 'root', version: 1, children: blocks } };
}

function texts(document: ArticleDocument): string[] {
  return document.root.children.map((node) => String((node.children?.[0] as unknown as { text: string }).text));
}

const mine = doc(block('head0001', 'عنوان محلي'), block('para0001', 'فقرة أولى'), block('para0002', 'فقرة ثانية عندي'));
const theirs = doc(block('head0001', 'عنوان المحرر'), block('para0002', 'فقرة ثانية عند المحرر'), block('para0003', 'فقرة أضافها المحرر'));

describe('mergeVersions', () => {
  it('keeps a whole version when no block is chosen from the other', () => {
    expect(texts(mergeVersions(mine, theirs, { whole: 'mine' }))).toEqual(texts(mine));
    expect(texts(mergeVersions(mine, theirs, { whole: 'theirs' }))).toEqual(texts(theirs));
  });

  it('takes chosen blocks from the other side by block id, in place', () => {
    const merged = mergeVersions(mine, theirs, { whole: 'mine', blocks: { head0001: 'theirs', para0002: 'mine' } });
    expect(texts(merged)).toEqual(['عنوان المحرر', 'فقرة أولى', 'فقرة ثانية عندي']);
  });

  it('inserts a block only the other side has after its neighbour there, and drops one it deleted', () => {
    const merged = mergeVersions(mine, theirs, { whole: 'mine', blocks: { para0003: 'theirs', para0001: 'theirs' } });
    expect(texts(merged)).toEqual(['عنوان محلي', 'فقرة ثانية عندي', 'فقرة أضافها المحرر']);
    const fromTheirs = mergeVersions(mine, theirs, { whole: 'theirs', blocks: { para0001: 'mine' } });
    expect(texts(fromTheirs)).toEqual(['عنوان المحرر', 'فقرة أولى', 'فقرة ثانية عند المحرر', 'فقرة أضافها المحرر']);
  });

  it('lists the blocks that differ', () => {
    expect(conflictingBlocks(mine, theirs)).toEqual(['head0001', 'para0001', 'para0002', 'para0003']);
    expect(conflictingBlocks(mine, mine)).toEqual([]);
  });
});
