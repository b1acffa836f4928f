import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeQuotes, type QuoteAnalysis } from './quotes';

const FIXTURES = join(import.meta.dirname, '../import/fixtures');

interface Expected {
  language: 'ar' | 'fr';
  headline: string;
  anonymous?: string[];
  quotes: Array<{ text: string; kind: 'speech' | 'term'; speaker?: string }>;
}

/** The body lines: everything after the page's second copy of the headline. */
function body(name: string, expected: Expected): string[] {
  const lines = readFileSync(join(FIXTURES, `${name}.txt`), 'utf8').split('\n').map((line) => line.trim());
  const headlineAt = lines.findLastIndex((line) => line.startsWith(expected.headline.slice(0, 15)));
  return lines.slice(headlineAt + 1).filter((line) => line !== '');
}

function load(name: string): { expected: Expected; analysis: QuoteAnalysis } {
  const expected = JSON.parse(readFileSync(join(FIXTURES, `${name}.expected.json`), 'utf8')) as Expected;
  return { expected, analysis: analyzeQuotes(body(name, expected), { language: expected.language }) };
}

/** Per expected quote: was its kind right, and (for speech) its speaker. */
function score(expected: Expected, analysis: QuoteAnalysis) {
  const names = new Map(analysis.sources.map((source) => [source.key, source.name]));
  const rows = expected.quotes.map((want) => {
    const got = analysis.quotes.find((quote) => quote.text.trim().startsWith(want.text));
    const speaker = got?.sourceKey ? names.get(got.sourceKey) : undefined;
    return { want, got, kindRight: got?.kind === want.kind, speakerRight: want.kind !== 'speech' || speaker === want.speaker, speaker };
  });
  return {
    rows,
    kinds: rows.filter((row) => row.kindRight).length,
    speakers: rows.filter((row) => row.want.kind === 'speech' && row.kindRight && row.speakerRight).length,
    speech: rows.filter((row) => row.want.kind === 'speech').length,
  };
}

describe('analyzeQuotes on the kifache fixture', () => {
  const { expected, analysis } = load('kifache-2021-12-21-terror-cells');

  it('reads every quote: speech or term, and who said it', () => {
    const { rows } = score(expected, analysis);
    for (const row of rows) {
      expect({ text: row.want.text, kind: row.got?.kind, speaker: row.speaker }).toEqual({
        text: row.want.text,
        kind: row.want.kind,
        speaker: row.want.speaker,
      });
    }
    expect(analysis.quotes).toHaveLength(expected.quotes.length);
  });

  it('finds the researcher with his title, the outlet he spoke to, and the names the text uses later', () => {
    const researcher = analysis.sources.find((source) => source.name === 'إحسان الحافيظي')!;
    expect(researcher).toMatchObject({ kind: 'person', title: 'الباحث في الشؤون الأمنية', anonymous: false });
    expect(researcher.aliases).toEqual(expect.arrayContaining(['الحافيظي', 'الخبير الأمني']));
    const first = analysis.quotes.find((quote) => quote.text.startsWith('ترفع'))!;
    expect(first).toMatchObject({ channel: 'to_us', outlet: 'كيفاش', titleUsed: 'الباحث في الشؤون الأمنية' });
    const described = analysis.quotes.find((quote) => quote.text.startsWith('أنه منذ'))!;
    expect(described.titleUsed).toBe('الخبير الأمني');
  });

  it('links the report and Washington to the State Department as one organisation', () => {
    const state = analysis.sources.find((source) => source.kind === 'organisation')!;
    expect(state.name).toBe('وزارة الخارجية الأمريكية');
    expect(state.aliases).toEqual(expect.arrayContaining(['واشنطن', 'التقرير']));
    expect(analysis.sources).toHaveLength(2);
    expect(analysis.quotes.find((quote) => quote.text.startsWith('فقد ساهمت'))!.channel).toBe('report');
  });

  it('gives offsets that point at the marks in the paragraph', () => {
    const paragraphs = body('kifache-2021-12-21-terror-cells', expected);
    for (const quote of analysis.quotes) {
      const paragraph = paragraphs[quote.paragraph]!;
      expect(paragraph.slice(quote.start + 1, quote.end - 1)).toBe(quote.text);
      expect('“”"«»').toContain(paragraph[quote.start]);
    }
    expect(analysis.unbalanced).toEqual([]);
  });
});

describe('analyzeQuotes on the variants', () => {
  const variants = readdirSync(FIXTURES)
    .filter((name) => name.startsWith('variant-') && name.endsWith('.txt'))
    .map((name) => name.replace(/\.txt$/u, ''));

  it('has the variants the issue scores import on', () => {
    expect(variants).toEqual(
      expect.arrayContaining(['variant-french', 'variant-anonymous-sources', 'variant-guillemets-no-intertitles', 'variant-minister-video']),
    );
  });

  it('tells speech from terms and finds the speaker on at least 95% of the variants’ quotes', () => {
    let quotes = 0;
    let kinds = 0;
    let speech = 0;
    let speakers = 0;
    const misses: string[] = [];
    for (const name of variants) {
      const { expected, analysis } = load(name);
      const result = score(expected, analysis);
      quotes += expected.quotes.length;
      kinds += result.kinds;
      speech += result.speech;
      speakers += result.speakers;
      for (const row of result.rows) {
        if (!row.kindRight || !row.speakerRight) misses.push(`${name}: ${row.want.text} → ${row.got?.kind ?? 'missing'} ${row.speaker ?? ''}`);
      }
    }
    console.info(`quote kinds ${kinds}/${quotes}, speakers ${speakers}/${speech}`, misses);
    expect(kinds / quotes).toBeGreaterThanOrEqual(0.95);
    expect(speakers / speech).toBeGreaterThanOrEqual(0.95);
  });

  it('marks anonymous sources as anonymous and keeps them apart from named ones', () => {
    const { expected, analysis } = load('variant-anonymous-sources');
    const anonymous = analysis.sources.filter((source) => source.anonymous).map((source) => source.name);
    expect(anonymous).toEqual(expected.anonymous);
    expect(analysis.sources.find((source) => source.name === 'فاطمة الزهراء العلمي')?.anonymous).toBe(false);
  });
});

describe('analyzeQuotes, sentence by sentence', () => {
  const read = (text: string, language: 'ar' | 'fr' = 'ar') => {
    const analysis = analyzeQuotes([text], { language });
    const names = new Map(analysis.sources.map((source) => [source.key, source]));
    return analysis.quotes.map((quote) => ({ kind: quote.kind, speaker: quote.sourceKey && names.get(quote.sourceKey)?.name }));
  };

  it('reads a colon after the verb as speech', () => {
    expect(read('وقال المدرب وليد الركراكي: “سنلعب من أجل الفوز في كل المباريات”.')).toEqual([
      { kind: 'speech', speaker: 'وليد الركراكي' },
    ]);
  });

  it('splits a title glued to a name at the given name', () => {
    const analysis = analyzeQuotes(['وأكد وزير الداخلية عبد الوافي لفتيت أن “الوضع تحت السيطرة”.'], { language: 'ar' });
    expect(analysis.sources[0]).toMatchObject({ name: 'عبد الوافي لفتيت', title: 'وزير الداخلية' });
  });

  it('takes the employer from a spokesman’s title', () => {
    const analysis = analyzeQuotes(['وأوضح المتحدث باسم وزارة الصحة، أحمد الرامي، أن “الحالة الوبائية مستقرة”.'], { language: 'ar' });
    expect(analysis.sources[0]).toMatchObject({ name: 'أحمد الرامي', organisation: 'وزارة الصحة' });
  });

  it('keeps a short quoted name a term even in a sentence with a reporting verb', () => {
    expect(read('وقال الوزير إن الحكومة ستدعم مهرجان “موازين” هذه السنة.')).toEqual([{ kind: 'term', speaker: undefined }]);
  });

  it('reads a long quoted span without a verb as speech, unsure', () => {
    const analysis = analyzeQuotes(['“لن نتراجع عن مطالبنا المشروعة مهما كانت الضغوط التي نتعرض لها”.'], { language: 'ar' });
    expect(analysis.quotes[0]).toMatchObject({ kind: 'speech' });
    expect(analysis.quotes[0]!.confidence).toBeLessThan(0.7);
  });

  it('reads French attribution before and after the quote', () => {
    expect(read('« Nous allons poursuivre les réformes », a affirmé Aziz Akhannouch, chef du gouvernement.', 'fr')).toEqual([
      { kind: 'speech', speaker: 'Aziz Akhannouch' },
    ]);
    expect(read('Selon une source sécuritaire, « trois suspects ont été interpellés ».', 'fr')).toEqual([
      { kind: 'speech', speaker: 'une source sécuritaire' },
    ]);
  });

  it('reports marks that do not pair, with their offsets', () => {
    const text = 'قال إنه “لن يستقيل. وأضاف أن الأمر «محسوم';
    const analysis = analyzeQuotes([text], { language: 'ar' });
    expect(analysis.unbalanced.map((mark) => [mark.offset, mark.mark])).toEqual([
      [text.indexOf('“'), '“'],
      [text.indexOf('«'), '«'],
    ]);
  });
});
