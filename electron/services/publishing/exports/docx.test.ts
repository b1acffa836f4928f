import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../../shared/model/settings';
import { articleDocx } from './docx';
import { exportDraft } from './testing/exportDraft';
import { TINY_PNG } from '../testing/articles';

async function documentXml(...args: Parameters<typeof exportDraft>): Promise<string> {
  const bytes = await articleDocx({ draft: exportDraft(...args), houseStyle: defaultSettings.houseStyle });
  const file = unzipSync(bytes)['word/document.xml'];
  if (!file) throw new Error('no word/document.xml in the .docx');
  return strFromU8(file);
}

/** The paragraphs' texts, in order, as Word will show them. */
function paragraphTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)].map((match) =>
    [...(match[1] ?? match[2] ?? '').matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((text) => text[1]).join(''),
  );
}

describe('articleDocx', () => {
  it('writes the headline as Title, intertitles as Heading 2, quotes in the house marks, captions and byline', async () => {
    const xml = await documentXml();
    const texts = paragraphTexts(xml);
    expect(texts).toEqual([
      'عاجل',
      'حرب المغرب على الإرهاب مستمرة (صور)',
      'واخا ما كاين بوناني',
      'الثلاثاء 21 ديسمبر 2021 على الساعة 13:05',
      'الرباط – تواصل المصالح الأمنية سياستها الاستباقية.',
      'أوضح الحافيظي أن “التأهب مرتفع” وأكدت الوزارة “لا تهاون”',
      'تأهب أمني',
      'وقال “الوضع تحت السيطرة”',
      'نص عريض ومائل',
      'عناصر أمنية – تصوير: كيفاش',
      '“المقاربة الأمنية ناجعة”',
      '— إحسان الحافيظي، الباحث في الشؤون الأمنية',
      'بند أول',
      'سلمى بنعلي ويوسف العلوي — كيفاش',
    ]);
    expect(xml).toMatch(/<w:pStyle w:val="Title"\/>[\s\S]*?حرب المغرب/);
    expect(xml).toMatch(/<w:pStyle w:val="Heading2"\/>[\s\S]*?تأهب أمني/);
    expect(xml).not.toContain('عبد السري الحقيقي');
  });

  it('makes Arabic paragraphs and runs right-to-left in an Arabic-capable font, with bold and italic runs', async () => {
    const xml = await documentXml();
    const paragraphs = xml.match(/<w:p>|<w:p /g)!.length;
    expect(xml.match(/<w:bidi\/>/g)?.length).toBe(paragraphs);
    expect(xml).toMatch(/<w:rPr>(?:(?!<\/w:rPr>).)*<w:rtl\/>(?:(?!<\/w:rPr>).)*<\/w:rPr><w:t[^>]*>عريض/);
    expect(xml).toMatch(/<w:b\/>(?:(?!<\/w:rPr>).)*<\/w:rPr><w:t[^>]*>عريض/);
    expect(xml).toMatch(/<w:i\/>(?:(?!<\/w:rPr>).)*<\/w:rPr><w:t[^>]*>مائل/);
    expect(xml).toContain('w:cs="Arial"');
  });

  it('keeps French stories left-to-right, in guillemets when the house says so', async () => {
    const draft = exportDraft({ headline: 'La guerre continue', fields: { breaking: false, mediaTags: [] } });
    draft.meta.language = 'fr';
    const houseStyle = { ...defaultSettings.houseStyle, quotationMarks: 'guillemets' as const };
    const xml = strFromU8(unzipSync(await articleDocx({ draft, houseStyle }))['word/document.xml']!);
    expect(xml).not.toContain('<w:bidi/>');
    expect(xml).not.toContain('<w:rtl/>');
    expect(paragraphTexts(xml)).toContain('La guerre continue');
    expect(paragraphTexts(xml).join('\n')).toContain('«\u00a0التأهب مرتفع\u00a0»');
  });

  it('escapes user text: a headline with markup, quotes and ampersands stays text', async () => {
    const xml = await documentXml({ headline: '<script>"x" & y</script>' });
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('&lt;script&gt;');
    expect(xml).toContain('&amp; y');
    expect(paragraphTexts(xml)[1]).toMatch(/^&lt;script&gt;(&quot;|")x(&quot;|") &amp; y&lt;\/script&gt; \(صور\)$/);
  });

  it('embeds the pictures it has bytes for, centred, with the caption and credit under them and the alt text kept', async () => {
    const pictures = new Map([['photo-1', { type: 'png' as const, width: 1200, height: 600, data: TINY_PNG }]]);
    const files = unzipSync(await articleDocx({ draft: exportDraft(), houseStyle: defaultSettings.houseStyle, pictures }));
    const media = Object.keys(files).filter((name) => name.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect(Buffer.from(files[media[0]!]!).equals(TINY_PNG)).toBe(true);
    const xml = strFromU8(files['word/document.xml']!);
    // Scaled to the page width (600 px → 5,715,000 EMU), keeping the 2:1 ratio.
    expect(xml).toMatch(/<wp:extent cx="5715000" cy="2857500"\/>/);
    expect(xml).toMatch(/descr="عناصر"/);
    const texts = paragraphTexts(xml);
    const caption = texts.indexOf('عناصر أمنية – تصوير: كيفاش');
    expect(xml.indexOf('<w:drawing>')).toBeLessThan(xml.indexOf('عناصر أمنية – تصوير'));
    expect(texts[caption - 1]).toBe('');
  });
});
