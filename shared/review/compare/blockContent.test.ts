import { describe, expect, it } from 'vitest';
import type { SerializedNodeShape } from '../../model/document';
import { blockContent } from './blockContent';

const run = (text: string, format = 0): SerializedNodeShape => ({ type: 'text', text, format, detail: 0, mode: 'normal', style: '', version: 1 });
const paragraph = (children: SerializedNodeShape[], blockId = 'b1'): SerializedNodeShape => ({
  type: 'paragraph',
  version: 1,
  direction: 'rtl',
  children,
  $: { blockId },
});

describe('blockContent', () => {
  it('reads the same words split into several runs (a rejected suggestion leaves them so) as the same content', () => {
    const whole = paragraph([run('وتم حجز أسلحة خلال عمليات التفتيش الواسعة.')]);
    const split = paragraph([run('وتم حجز أسلحة خلال عمليات التفتيش '), run('الواسعة'), run('.'), run('')]);
    expect(blockContent(split)).toBe(blockContent(whole));
  });

  it('ignores the block id and the order keys were written in', () => {
    const written = paragraph([run('نص')], 'b1');
    const reordered = { $: { blockId: 'b2' }, children: [{ ...run('نص') }], version: 1, direction: 'rtl', type: 'paragraph' } as SerializedNodeShape;
    expect(blockContent(reordered)).toBe(blockContent(written));
  });

  it('still sees formatting and other words as a change', () => {
    const plain = paragraph([run('الأمن يفكك خلية')]);
    expect(blockContent(paragraph([run('الأمن '), run('يفكك', 1), run(' خلية')]))).not.toBe(blockContent(plain));
    expect(blockContent(paragraph([run('الأمن يفكك خليتين')]))).not.toBe(blockContent(plain));
  });
});
