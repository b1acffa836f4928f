import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { highlightRanges, normalizeArabic, parseQuery, searchVariants, stemVariants, tokenize } from './arabicSearch';

const article = readFileSync(new URL('./fixtures/kifache-2021-12-21-terror-cells.txt', import.meta.url), 'utf8');

function highlightedWords(text: string, query: string): string[] {
  return highlightRanges(text, query).map(({ start, end }) => text.slice(start, end));
}

describe('normalizeArabic', () => {
  it('folds alef and hamza forms, ta marbuta and alef maqsura', () => {
    expect(normalizeArabic('إحسان أمني آفة ٱلله')).toBe('احسان امني افه الله');
    expect(normalizeArabic('مسؤول رئيس مدرسة على')).toBe('مسوول رييس مدرسه علي');
  });

  it('drops tashkeel, the dagger alef and tatweel', () => {
    expect(normalizeArabic('قـــالَ الإرهابُ هٰذا')).toBe('قال الارهاب هذا');
  });

  it('maps both Arabic-Indic digit sets to Western digits', () => {
    expect(normalizeArabic('٢٠٢١ و ۳۶٠')).toBe('2021 و 360');
  });

  it('folds the fast path exactly like the Unicode path', () => {
    const slow = (char: string) =>
      normalizeArabic(`${char}\u{1F600}`).replace('\u{1F600}', '');
    for (let code = 0; code < 0x0700; code++) {
      const char = String.fromCharCode(code);
      expect(normalizeArabic(char), `U+${code.toString(16)}`).toBe(slow(char));
    }
  });

  it('lowercases Latin, drops Latin accents and expands presentation forms', () => {
    expect(normalizeArabic('UB40 Élection ﻻ')).toBe('ub40 election لا');
  });
});

describe('tokenize', () => {
  it('gives offsets into the original text, not the folded one', () => {
    const text = 'أوضح إحسانُ الحافيظي، “كيفاش”.';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.normalized)).toEqual(['اوضح', 'احسان', 'الحافيظي', 'كيفاش']);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    expect(tokens[1]?.text).toBe('إحسانُ');
  });

  it('tokenizes the whole fixture with consistent offsets', () => {
    const tokens = tokenize(article);
    expect(tokens.length).toBeGreaterThan(500);
    for (const token of tokens) expect(article.slice(token.start, token.end)).toBe(token.text);
  });
});

describe('searchVariants', () => {
  it('strips conjunctions, prepositions and the article, alone and combined', () => {
    expect(searchVariants('والحافيظي')).toEqual(['والحافيظي', 'الحافيظي', 'حافيظي']);
    expect(searchVariants('البوناني')).toEqual(['البوناني', 'بوناني']);
    expect(searchVariants('بالمغرب')).toContain('المغرب');
    expect(searchVariants('بالمغرب')).toContain('مغرب');
    expect(searchVariants('وبتنسيق')).toContain('تنسيق');
    expect(searchVariants('فالأمن')).toContain('امن');
    expect(searchVariants('كالأسد')).toContain('اسد');
  });

  it('restores the article hidden in لل', () => {
    expect(searchVariants('للمكتب')).toEqual(expect.arrayContaining(['مكتب', 'المكتب']));
    expect(searchVariants('وللأبحاث')).toEqual(expect.arrayContaining(['ابحاث', 'الابحاث']));
  });

  it('keeps short words whole', () => {
    expect(searchVariants('ولد')).toEqual(['ولد']);
    expect(searchVariants('فقد')).toEqual(['فقد']);
    expect(searchVariants('بلد')).toEqual(['بلد']);
    expect(stemVariants('الي')).toEqual(['الي']);
  });

  it('leaves Latin words alone', () => {
    expect(searchVariants('Washington')).toEqual(['washington']);
  });
});

describe('parseQuery', () => {
  it('matches the last word as a prefix until a space ends it', () => {
    expect(parseQuery('الأمن الوط')).toEqual({ terms: ['الامن', 'الوط'], prefixLast: true });
    expect(parseQuery('الأمن الوطني ')).toEqual({ terms: ['الامن', 'الوطني'], prefixLast: false });
    expect(parseQuery('ا').prefixLast).toBe(false);
    expect(parseQuery(' ،. ').terms).toEqual([]);
  });
});

describe('highlightRanges on the fixture article', () => {
  it('finds البوناني when بوناني is typed', () => {
    expect(highlightedWords(article, 'بوناني ')).toEqual(['بوناني', 'بوناني', 'البوناني']);
  });

  it('finds words behind attached proclitics', () => {
    expect(highlightedWords(article, 'الحافيظي ')).toHaveLength(5);
    expect(highlightedWords('وقال والحافيظي وبالحافيظي', 'الحافيظي ')).toEqual(['والحافيظي', 'وبالحافيظي']);
    expect(highlightedWords(article, 'المكتب ')).toEqual(['المكتب', 'المكتب', 'للمكتب']);
  });

  it('ignores the alef form the query was typed with', () => {
    expect(highlightedWords(article, 'اجهاض ')).toEqual(['إجهاض']);
    expect(highlightedWords(article, 'إشادة ')).toEqual(['إشادة']);
  });

  it('matches digits typed in Arabic-Indic form', () => {
    expect(highlightedWords(article, '٣٦٠ ')).toEqual(['360', '360']);
  });

  it('does not over-strip short words', () => {
    // ولد occurs once, after a ل: it must not match لفت, لموقع or لدى-like words.
    expect(highlightedWords(article, 'ولد ')).toEqual(['ولد']);
    expect(highlightedWords(article, 'لد')).toEqual([]);
  });

  it('matches the last word as a prefix, earlier words whole', () => {
    expect(highlightedWords('الأمن الوطني والأمنية', 'امن الوط')).toEqual(['الأمن', 'الوطني']);
    expect(highlightedWords('الأمنية', 'امن ')).toEqual([]);
  });
});
