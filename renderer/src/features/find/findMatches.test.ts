import { describe, expect, it } from 'vitest';
import { findInText, foldQuery } from './findMatches';

const found = (text: string, query: string) => findInText(text, foldQuery(query)).map(({ start, end }) => text.slice(start, end));

describe('findInText', () => {
  it('matches every alef form from a query typed with a bare alef', () => {
    expect(found('إجراءات جديدة وأجهزة آمنة', 'اجراءات')).toEqual(['إجراءات']);
    expect(found('أمن الأمن آمن', 'امن')).toEqual(['أمن', 'أمن', 'آمن']);
  });

  it('folds ة/ه and ى/ي, and ignores tashkeel and tatweel in the text and the query', () => {
    expect(found('المديرية العامة', 'المديريه')).toEqual(['المديرية']);
    expect(found('على مستوى', 'علي')).toEqual(['على']);
    expect(found('الأمـــن الوَطَنِيّ', 'الامن الوطني')).toEqual(['الأمـــن الوَطَنِيّ']);
    expect(found('الوطني', 'الوَطني')).toEqual(['الوطني']);
  });

  it('matches digits whichever way they are written, and Latin without case', () => {
    expect(found('اعتقال نحو ٣٦٠ شخصا و360 آخرين', '360')).toEqual(['٣٦٠', '360']);
    expect(found('فرقة ub40 و UB40', 'UB40')).toEqual(['ub40', 'UB40']);
  });

  it('gives ranges in the original text, past the marks on the last letter', () => {
    const text = 'قالَ مُحَمَّدٌ';
    const [range] = findInText(text, foldQuery('محمد'));
    expect(range).toEqual({ start: 5, end: text.length });
  });

  it('matches inside words and phrases, without overlaps', () => {
    expect(found('والبوناني البوناني', 'بوناني')).toEqual(['بوناني', 'بوناني']);
    expect(found('aaaa', 'aa')).toEqual(['aa', 'aa']);
    expect(found('رأس  السنة', 'رأس السنة')).toEqual([]);
    expect(found('رأس السنة', '  راس   السنه ')).toEqual(['رأس السنة']);
  });

  it('finds nothing for an empty query', () => {
    expect(findInText('نص', foldQuery('   '))).toEqual([]);
  });
});
