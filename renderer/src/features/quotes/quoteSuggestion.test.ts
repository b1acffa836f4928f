import { describe, expect, it } from 'vitest';
import type { Source } from '../../../../shared/model/source';
import { matchDirectorySource, suggestForQuote } from './quoteSuggestion';

const article = [
  'وبالتزامن مع اقتراب نهاية السنة، “ترفع المصالح الأمنية من درجة التأهب الأمني”، أوضح إحسان الحافيظي، الباحث في الشؤون الأمنية، لموقع “كيفاش”.',
  'وأبرز الحافيظي، أن “التأهب الأمني في فترة رأس السنة هو بروتوكول معمول به في كافة الدول”.',
  'أجهضت السلطات عنصرا مواليا لما يسمى بتنظيم “الدولة الإسلامية”، ينشط بمنطقة سلا.',
];

describe('suggestForQuote', () => {
  it('suggests the speaker named after the quote, with the title and the outlet it was said to', () => {
    const suggestion = suggestForQuote(article, { paragraph: 0, start: article[0]!.indexOf('“ترفع') }, { language: 'ar', outlet: 'كيفاش' });
    expect(suggestion?.kind).toBe('speech');
    expect(suggestion?.speaker?.name).toBe('إحسان الحافيظي');
    expect(suggestion?.speaker?.title).toBe('الباحث في الشؤون الأمنية');
    expect(suggestion?.channel).toBe('to_us');
  });

  it('links a surname in a later paragraph to the full name met before', () => {
    const suggestion = suggestForQuote(article, { paragraph: 1, start: article[1]!.indexOf('“') }, { language: 'ar' });
    expect(suggestion?.kind).toBe('speech');
    expect(suggestion?.speaker?.name).toBe('إحسان الحافيظي');
  });

  it('reads names in quotation marks as terms that need no source', () => {
    expect(suggestForQuote(article, { paragraph: 0, start: article[0]!.indexOf('“كيفاش') }, { language: 'ar' })?.kind).toBe('term');
    expect(suggestForQuote(article, { paragraph: 2, start: article[2]!.indexOf('“') }, { language: 'ar' })?.kind).toBe('term');
  });

  it('answers nothing for a place where no quote opens', () => {
    expect(suggestForQuote(article, { paragraph: 0, start: 3 }, { language: 'ar' })).toBeUndefined();
  });
});

describe('matchDirectorySource', () => {
  const directory: Source[] = [
    { id: 'src-00000001', kind: 'person', name: 'احسان الحافيظى', title: '', organisation: '', aliases: [], anonymous: false },
    { id: 'src-00000002', kind: 'organisation', name: 'وزارة الخارجية الأمريكية', title: '', organisation: '', aliases: ['واشنطن'], anonymous: false },
  ];
  const detected = (name: string, aliases: string[] = []) => ({ key: 'k', kind: 'person' as const, name, title: '', organisation: '', aliases, anonymous: false });

  it('finds the entry across hamza and final-ya spellings, or by alias', () => {
    expect(matchDirectorySource(detected('إحسان الحافيظي'), directory)?.id).toBe('src-00000001');
    expect(matchDirectorySource(detected('الخارجية', ['واشنطن']), directory)?.id).toBe('src-00000002');
    expect(matchDirectorySource(detected('محمد العلوي'), directory)).toBeUndefined();
  });
});
