import { describe, expect, it } from 'vitest';
import { createDocument } from '../editor/documentText';
import { documentBlocks } from './documentBlocks';

describe('documentBlocks', () => {
  it('reads the headline, paragraphs and quote nodes with their spans and block ids', () => {
    const document = createDocument('ar', 'العنوان', ['فقرة أولى']);
    document.root.children.push({
      type: 'paragraph',
      version: 1,
      $: { blockId: 'b-quote' },
      children: [
        { type: 'text', version: 1, text: 'قال الوزير إن ' },
        { type: 'midad-quote', version: 1, quoteKind: 'speech', attribution: { sourceId: 'source-minister' }, children: [{ type: 'text', version: 1, text: '“الحكومة ماضية”' }] },
        { type: 'text', version: 1, text: ' و' },
        { type: 'midad-quote', version: 1, quoteKind: 'term', children: [{ type: 'text', version: 1, text: '“كيفاش”' }] },
      ],
    });
    document.root.children.push({ type: 'midad-separator', version: 1 });
    const blocks = documentBlocks(document);
    expect(blocks[0]).toMatchObject({ kind: 'headline', text: 'العنوان' });
    expect(blocks.filter((block) => block.kind === 'paragraph').map((block) => block.text)).toEqual(['فقرة أولى', expect.any(String)]);
    expect(blocks.at(-1)).toEqual({
      id: 'b-quote',
      kind: 'paragraph',
      text: 'قال الوزير إن “الحكومة ماضية” و“كيفاش”',
      quoteRanges: [
        { start: 14, end: 29, kind: 'speech', attributed: true },
        { start: 31, end: 38, kind: 'term', attributed: false },
      ],
    });
  });
});
