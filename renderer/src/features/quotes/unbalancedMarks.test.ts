import { afterEach, describe, expect, it, vi } from 'vitest';
import { markUnbalanced } from './unbalancedMarks';

/** The ranges handed to the CSS highlight, as the characters and text nodes they cover. */
function highlighted(): Array<{ text: string; node: string }> {
  const highlight = highlights.get('midad-unbalanced-quote') as { ranges: Range[] } | undefined;
  return (highlight?.ranges ?? []).map((range) => ({ text: range.toString(), node: range.startContainer.textContent ?? '' }));
}

const highlights = new Map<string, unknown>();

afterEach(() => {
  highlights.clear();
  vi.unstubAllGlobals();
});

describe('unpaired quotation marks', () => {
  it('highlights the marks without a pair, each in the text node that holds it, across bold and links', () => {
    vi.stubGlobal('CSS', { highlights });
    vi.stubGlobal(
      'Highlight',
      class {
        ranges: Range[];
        constructor(...ranges: Range[]) {
          this.ranges = ranges;
        }
      },
    );
    const root = document.createElement('div');
    root.innerHTML = '<p>قال «نعم» ثم</p><p>وأضاف <b>“لن</b> نتراجع</p><p>بلا علامات</p><p>رأي <a href="#">خاطئ»</a> هنا</p>';
    expect(markUnbalanced(root)).toBe(2);
    expect(highlighted()).toEqual([
      { text: '“', node: '“لن' },
      { text: '»', node: 'خاطئ»' },
    ]);
  });

  it('clears the highlight once every mark has its pair', () => {
    vi.stubGlobal('CSS', { highlights });
    vi.stubGlobal('Highlight', class {});
    highlights.set('midad-unbalanced-quote', {});
    const root = document.createElement('div');
    root.innerHTML = '<p>قال “نعم” ثم</p>';
    expect(markUnbalanced(root)).toBe(0);
    expect(highlights.has('midad-unbalanced-quote')).toBe(false);
  });
});
