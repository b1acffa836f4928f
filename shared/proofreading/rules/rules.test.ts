import { describe, expect, it } from 'vitest';
import ar from '../../i18n/ar/proofreading.json';
import { check } from '../engine';
import type { BlockKind, CheckInput, HouseStyleOptions, SpellChecker } from '../types';
import { ruleIds } from './index';

const houseStyle: HouseStyleOptions = { monthNames: 'mashriq', digits: 'western', quotationMarks: 'curly', headlineMaxLength: 60 };

/** A dictionary small enough to read: the words the examples use. */
const WORDS = new Set(
  'نهاية الإرهابية الأخيرة الأجهزة إلى أن الأسبوع المغرب قال الوزير الحكومة داع الأعمال حيث وأشادت واشنطن بالجهود المملكة الودج التلميح'.split(' '),
);
const spell: SpellChecker = { spell: (word) => WORDS.has(word.replace(/[\u064B-\u065F\u0640]/g, '')), suggest: () => ['الأسبوع'] };

function run(ruleId: string, text: string, options: Partial<CheckInput> & { kind?: BlockKind } = {}) {
  const { kind = 'paragraph', ...rest } = options;
  return check({
    blocks: [{ id: 'b1', kind, text }],
    language: 'ar',
    houseStyle,
    disabledRules: ruleIds.filter((id) => id !== ruleId),
    spell,
    ...rest,
  });
}

/** Per rule: texts with a slip (the flagged text and its fix) and correct texts that look like one. */
const examples: Record<string, { flagged: [string, string, string | undefined][]; clean: string[]; style?: Partial<HouseStyleOptions> }> = {
  'latin-punctuation': {
    flagged: [['قال الوزير, إن', ',', '،'], ['هل انتهت الأزمة?', '?', '؟'], ['الأول; والثاني', ';', '؛']],
    clean: ['بلغت النسبة 1,5 في المائة', 'The band UB40, live', 'قال الوزير، إن', 'اسم غير صحيح بعد (?(', 'أو (?R أو'],
  },
  'space-before-punctuation': {
    flagged: [['قال الوزير ، إن', ' ،', '،'], ['هل انتهت ؟', ' ؟', '؟']],
    clean: ['مصر.. حاتم عمور', 'وقال ...', 'قال الوزير، إن', 'Le ministre\u00A0: oui'],
  },
  'missing-space-after-punctuation': {
    flagged: [['المغرب،وقال', '،', '، '], ['انتهى الاجتماع.وقال', '.', '. ']],
    clean: ['قال د.محمد', 'بلغت 3.5 في المائة', 'على الساعة 13:05', 'مصر.. حاتم', 'kifache.com'],
  },
  'repeated-punctuation': {
    flagged: [['المغرب،، وقال', '،،', '،'], ['حقا؟؟', '؟؟', '؟'], ['وانتظر....', '....', '...']],
    clean: ['مصر.. حاتم عمور', 'وانتظر...', 'حقا؟!'],
  },
  'detached-conjunction': {
    flagged: [['و أشادت واشنطن بالجهود', 'و أشادت', 'وأشادت']],
    clean: ['وأشادت واشنطن', 'وزارة الداخلية', 'الأول و 2', 'UB40 و'],
  },
  'repeated-word': {
    flagged: [['جاء في في التقرير', ' في', ''], ['The the report', ' the', '']],
    clean: ['رويدا رويدا', 'لا لا', 'في المغرب في التقرير', 'سنة 2020 2021', 'في، في', 'أبجد هوز abcdefg ABCDEFG'],
  },
  'stray-letter': {
    flagged: [['الأعمال الإرهابيةن حيث', 'الإرهابيةن', 'الإرهابية']],
    clean: ['الأعمال الإرهابية حيث', 'داعش', 'الودجة الأب', 'مدة إظهار التلميحة'],
  },
  hamza: {
    flagged: [['الى المغرب', 'الى', 'إلى'], ['العشرية الاخيرة', 'الاخيرة', 'الأخيرة'], ['من قبل الاجهزة', 'الاجهزة', 'الأجهزة'], ['يرى ان الحكومة', 'ان', undefined]],
    clean: ['إلى المغرب', 'الأخيرة', 'أن الحكومة', 'الاتحاد'],
  },
  spelling: {
    flagged: [['نهاية الأسوع', 'الأسوع', undefined]],
    clean: ['نهاية الأسبوع', 'الأسبـوع', 'الأسْبوع', 'UB40', 'ال45', 'لـ”المغرب”'],
  },
  'quote-marks': {
    flagged: [['الإعدام لـ”ولد الفشوش”', '”', '“'], ['قال «إنه مستعد”', '«', '“'], ['قال “إنه مستعد', '“', undefined], ['قال “إنه مستعد"', '"', '”']],
    clean: ['الإعدام لـ“ولد الفشوش”', 'لموقع “كيفاش”', 'لموقع "كيفاش"'],
  },
  'particle-inside-quote': {
    flagged: [['ولفت إلى “أنه منذ إحداث المكتب”', '“أنه', 'أنه “']],
    clean: ['ولفت إلى أنه “منذ إحداث المكتب”', 'قال إن “الحكومة ماضية”', '“أنهار المغرب”'],
  },
  'reporting-verb-particle': {
    flagged: [['قال الوزير أن الحكومة ماضية', 'أن', 'إن'], ['وقالت الوزيرة أنها مستعدة', 'أنها', 'إنها'], ['أكد الوزير إنه مستعد', 'إنه', 'أنه'], ['وأوضح إن الحكومة', 'إن', 'أن'], ['حيث أن عددا من العمليات', 'أن', 'إن']],
    clean: ['قال الوزير إن الحكومة ماضية', 'أكد أن الحكومة', 'قال قبل أن يغادر', 'أكد على أن', 'وأبرز الحافيظي، أن التأهب', 'قال. أن تكون', 'حيث يجب أن', 'حيث إن عددا'],
  },
  'month-style': {
    flagged: [['أمس الاثنين (20 دجنبر)', 'دجنبر', 'ديسمبر'], ['في شهر غشت المقبل', 'غشت', 'أغسطس'], ['نونبر 2021', 'نونبر', 'نوفمبر']],
    clean: ['الثلاثاء 21 ديسمبر 2021', 'مارس الرياضة', 'ماي فريند', '3 مارس 2022'],
  },
  'dateline-weekday': {
    flagged: [['الأربعاء 21 ديسمبر 2021 على الساعة 13:05', 'الأربعاء', 'الثلاثاء']],
    clean: ['الثلاثاء 21 ديسمبر 2021 على الساعة 13:05', 'أمس الاثنين (20 دجنبر 2021)', 'الجمعة 31 فبراير 2021'],
  },
  'digit-style': {
    flagged: [['اعتقال ٣٦٠ شخصا', '٣٦٠', '360']],
    clean: ['اعتقال 360 شخصا', 'الفرقة UB40', 'مؤتمر COP22'],
  },
  'number-unit-space': {
    flagged: [['اعتقال 35شخصا', '35', '35 '], ['بلغت 3.5مليار', '3.5', '3.5 ']],
    clean: ['اعتقال 35 شخصا', 'عيد ميلادها ال45', 'سنة 2021م', 'عام 1443هـ', 'UB40'],
  },
  tatweel: {
    flagged: [['الـــمغرب', 'ـــ', '']],
    clean: ['لـ”ولد الفشوش”', 'بـ2021', 'الـ45', 'لـUB40'],
  },
  'headline-length': {
    flagged: [['حرب المغرب على الإرهاب مستمرة وتفكيك خلايا جديدة في عدة مدن وتوقيف عشرات المشتبه بهم', 'وتوقيف عشرات المشتبه بهم', undefined]],
    clean: ['واخا ما كاين بوناني.. حرب المغرب على الإرهاب مستمرة (صور)', 'حَرْبُ المَغْرِبِ عَلَى الإِرْهَابِ مُسْتَمِرَّةٌ وَتَفْكِيكُ خَلَايَا جَدِيدَةٍ فِي عِدَّةِ مُدُنٍ'],
  },
};

describe('house-style rules on true and false examples', () => {
  for (const [ruleId, { flagged, clean }] of Object.entries(examples)) {
    describe(ruleId, () => {
      const kind: BlockKind = ruleId === 'headline-length' ? 'headline' : 'paragraph';
      it.each(flagged)('flags %s', (text, slip, fix) => {
        const [finding, ...rest] = run(ruleId, text, { kind });
        expect(rest).toEqual([]);
        expect(finding?.text.length ? finding.text : undefined).toBe(slip);
        expect(finding?.fix?.replacement).toBe(fix);
      });
      it.each(clean)('leaves %s alone', (text) => {
        expect(run(ruleId, text, { kind })).toEqual([]);
      });
    });
  }

  it('takes a pair typed back to front for two reversed marks, not an unclosed quote', () => {
    expect(run('quote-marks', 'اختر ”احفظ اللون هنا“.').map((f) => [f.text, f.fix?.replacement, f.messageKey])).toEqual([
      ['”', '“', 'rules.quote-marks.reversed'],
      ['“', '”', 'rules.quote-marks.reversed'],
    ]);
  });

  it('follows the Maghreb house style the other way round, and Eastern digits', () => {
    const maghreb = { ...houseStyle, monthNames: 'maghreb' as const, digits: 'eastern' as const };
    expect(run('month-style', 'الثلاثاء 21 ديسمبر 2021', { houseStyle: maghreb }).map((f) => f.fix?.replacement)).toEqual(['دجنبر']);
    expect(run('digit-style', 'سنة 2021 والفرقة UB40', { houseStyle: maghreb }).map((f) => f.fix?.replacement)).toEqual(['٢٠٢١']);
  });

  it('flags a quote with no speaker in plain text, not one with a reporting verb or a term', () => {
    const quotes = (text: string, previous = 'تمهيد') =>
      check({
        blocks: [
          { id: 'a', kind: 'paragraph', text: previous },
          { id: 'b', kind: 'paragraph', text },
        ],
        language: 'ar',
        houseStyle,
        disabledRules: ruleIds.filter((id) => id !== 'quote-without-source'),
      });
    expect(quotes('“الحكومة ماضية في الإصلاح بكل عزم”.')).toHaveLength(1);
    expect(quotes('وأكد الوزير أن “الحكومة ماضية في الإصلاح بكل عزم”.')).toEqual([]);
    expect(quotes('“الحكومة ماضية في الإصلاح بكل عزم”.', 'وقال الوزير:')).toEqual([]);
    expect(quotes('لموقع “كيفاش” الإخباري')).toEqual([]);
  });

  it('uses quote nodes when the document has them, and marks findings inside quotes', () => {
    const text = 'قال الوزير إن الحكومة ماضية في الإصلاح';
    const findings = check({
      blocks: [{ id: 'b', kind: 'paragraph', text, quoteRanges: [{ start: 12, end: text.length, kind: 'speech', attributed: false }] }],
      language: 'ar',
      houseStyle,
      disabledRules: ruleIds.filter((id) => id !== 'quote-without-source'),
    });
    expect(findings).toMatchObject([{ start: 12, insideQuote: true }]);
    expect(run('hamza', '“الى المغرب” الى')).toMatchObject([{ insideQuote: true }, { insideQuote: false }]);
  });

  it('flags a second formal title for one source, not a description', () => {
    const mention = (title: string, start: number) => ({ sourceId: 'source-hafidi', title, blockId: 'b1', start, end: start + 5 });
    const titles = (...list: string[]) =>
      run('source-title-conflict', 'نص', { titledMentions: list.map((title, index) => mention(title, index * 10)) });
    expect(titles('الباحث في الشؤون الأمنية', 'الخبير الأمني', 'المتحدث ذاته')).toEqual([]);
    expect(titles('الباحث في الشؤون الأمنية', 'الباحث في الشؤون الأمنيّة')).toEqual([]);
    expect(titles('الباحث في الشؤون الأمنية', 'مدير مركز الدراسات الأمنية')).toMatchObject([{ start: 10, params: { first: 'الباحث في الشؤون الأمنية' } }]);
  });

  it('flags a lead that repeats the headline, not one that adds to it', () => {
    const lead = (text: string) =>
      check({
        blocks: [
          { id: 'h', kind: 'headline', text: 'حرب المغرب على الإرهاب مستمرة' },
          { id: 'l', kind: 'lead', text },
        ],
        language: 'ar',
        houseStyle,
        disabledRules: ruleIds.filter((id) => id !== 'lead-repeats-headline'),
      });
    expect(lead('حرب المغرب على الإرهاب مستمرة، إذ فككت المصالح الأمنية خلية جديدة.')).toHaveLength(1);
    expect(lead('فككت المصالح الأمنية خلية جديدة بمدينة سلا، في إطار حرب مستمرة.')).toEqual([]);
  });

  it('has a name, a message and an explanation in Arabic for every rule', () => {
    for (const id of ruleIds) {
      expect(ar.rules[id as keyof typeof ar.rules]).toMatchObject({ name: expect.any(String), message: expect.any(String), explanation: expect.any(String) });
    }
  });
});
