import { describe, expect, it } from 'vitest';
import { findQuoteMarks } from './quoteMarks';

describe('findQuoteMarks', () => {
  it('pairs curly, straight and closing-shaped marks as the fixtures type them', () => {
    const text = 'الإعدام لـ”ولد الفشوش” و"كيفاش" و“UB40”';
    expect(findQuoteMarks(text).pairs.map((pair) => pair.text)).toEqual(['ولد الفشوش', 'كيفاش', 'UB40']);
  });

  it('nests curly quotes inside guillemets', () => {
    const { pairs, unbalanced } = findQuoteMarks('قال: «إن تنظيم “داعش” انتهى»');
    expect(pairs.map((pair) => pair.text)).toEqual(['إن تنظيم “داعش” انتهى', 'داعش']);
    expect(unbalanced).toEqual([]);
  });

  it('reports an opening mark left open at the end of a line, and a closing mark with no opener', () => {
    const text = 'أوضح أن “الأمر\nثم» انتهى';
    expect(findQuoteMarks(text).unbalanced).toEqual([
      { offset: text.indexOf('“'), mark: '“' },
      { offset: text.indexOf('»'), mark: '»' },
    ]);
  });

  it('gives the offsets of the marks themselves', () => {
    const text = 'a «b» c';
    const [pair] = findQuoteMarks(text).pairs;
    expect(text.slice(pair!.start, pair!.end)).toBe('«b»');
  });
});
