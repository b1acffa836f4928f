import { describe, expect, it } from 'vitest';
import { rawBlockText } from './rawBlockText';

describe('the text preview of a kept WordPress block', () => {
  it('reads the words of its markup, without its scripts or styles, spaces collapsed', () => {
    const markup = '<!-- wp:columns --><div class="wp-block-columns"><p>عمود &amp; أول</p>\n\n<style>.x{color:red}</style><script>alert(1)</script><p>عمود ثان</p></div><!-- /wp:columns -->';
    expect(rawBlockText(markup)).toBe('عمود & أول عمود ثان');
  });

  it('cuts a long block short and answers nothing for a block without text', () => {
    expect(rawBlockText(`<p>${'كلمة '.repeat(200)}</p>`)).toMatch(/^(كلمة ){59}كلمة…$/u);
    expect(rawBlockText('<div class="wp-block-spacer"></div>')).toBe('');
  });
});
