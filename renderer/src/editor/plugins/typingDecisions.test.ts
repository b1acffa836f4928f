import { describe, expect, it } from 'vitest';
import { arabicPunctuation, settlePunctuation, typographicQuote } from './typingDecisions';

describe('arabicPunctuation', () => {
  it('turns , ; ? into the Arabic marks after Arabic words and spaces', () => {
    expect(arabicPunctuation(',', 'قال الحافيظي')).toEqual({ deleteBefore: 0, text: '،' });
    expect(arabicPunctuation(';', 'الأمنية ')).toEqual({ deleteBefore: 0, text: '؛' });
    expect(arabicPunctuation('?', 'آش قالو المغاربة')).toEqual({ deleteBefore: 0, text: '؟' });
    expect(arabicPunctuation(',', '')).toEqual({ deleteBefore: 0, text: '،' });
  });

  it('leaves other characters alone', () => {
    expect(arabicPunctuation('.', 'قال')).toBeNull();
    expect(arabicPunctuation('a', 'قال')).toBeNull();
  });

  it('keeps the Latin mark for now right after a digit or a Latin letter', () => {
    expect(arabicPunctuation(',', 'نسبة 1')).toBeNull();
    expect(arabicPunctuation(',', 'فرقة UB40')).toBeNull();
  });

  it('keeps the Latin mark inside a URL or an address', () => {
    expect(arabicPunctuation('?', 'الرابط https://example.ma/page')).toBeNull();
    expect(arabicPunctuation(',', 'موقع www.kifache.com/a')).toBeNull();
    expect(arabicPunctuation('?', 'راسلونا على info@kifache')).toBeNull();
  });
});

describe('settlePunctuation', () => {
  it('turns a provisional comma Arabic once the word after it starts with a space', () => {
    expect(settlePunctuation(' ', 'سنة 2021,')).toEqual({ deleteBefore: 1, text: '، ' });
    expect(settlePunctuation(' ', 'قال John,')).toEqual({ deleteBefore: 1, text: '، ' });
    expect(settlePunctuation(' ', 'هل هي UB40?')).toEqual({ deleteBefore: 1, text: '؟ ' });
  });

  it('keeps a decimal comma and marks inside URLs', () => {
    expect(settlePunctuation('5', 'نسبة 1,')).toBeNull();
    expect(settlePunctuation('q', 'https://example.ma/?')).toBeNull();
    expect(settlePunctuation(' ', 'https://example.ma/page?')).toBeNull();
  });

  it('does nothing when the previous character is not a provisional mark', () => {
    expect(settlePunctuation(' ', 'سنة 2021')).toBeNull();
    expect(settlePunctuation(' ', 'قال،')).toBeNull();
    expect(settlePunctuation(' ', '')).toBeNull();
  });
});

describe('typographicQuote', () => {
  it('opens at the start, after a space or an opening bracket', () => {
    expect(typographicQuote('', 'curly')).toBe('\u201C');
    expect(typographicQuote('لموقع ', 'curly')).toBe('\u201C');
    expect(typographicQuote('(', 'guillemets')).toBe('\u00AB');
  });

  it('closes after a word or punctuation', () => {
    expect(typographicQuote('لموقع \u201Cكيفاش', 'curly')).toBe('\u201D');
    expect(typographicQuote('المنظمة\u060C', 'guillemets')).toBe('\u00BB');
    expect(typographicQuote('UB40', 'curly')).toBe('\u201D');
  });
});
