import { describe, expect, it } from 'vitest';
import { articlePlainText } from '../../../../shared/editor/export/plainText';
import { defaultSettings } from '../../../../shared/model/settings';
import { exportDraft } from './testing/exportDraft';

describe('articlePlainText', () => {
  it('writes the wire copy in order: flag, headline, kicker, date line, place and lead, body, byline', () => {
    const text = articlePlainText({ draft: exportDraft(), houseStyle: defaultSettings.houseStyle });
    expect(text.split('\n\n')).toEqual([
      'عاجل\nحرب المغرب على الإرهاب مستمرة (صور)\nواخا ما كاين بوناني\nالثلاثاء 21 ديسمبر 2021 على الساعة 13:05',
      'الرباط – تواصل المصالح الأمنية سياستها الاستباقية.',
      'أوضح الحافيظي أن “التأهب مرتفع” وأكدت الوزارة “لا تهاون”',
      'تأهب أمني',
      'وقال “الوضع تحت السيطرة”',
      'نص عريض ومائل',
      '[عناصر أمنية – تصوير: كيفاش]',
      '“المقاربة الأمنية ناجعة” — إحسان الحافيظي، الباحث في الشؤون الأمنية',
      '• بند أول',
      'سلمى بنعلي ويوسف العلوي — كيفاش\n',
    ]);
    expect(text).not.toContain('عبد السري الحقيقي');
  });

  it('uses guillemets when the house style says so, and keeps markup as literal text', () => {
    const houseStyle = { ...defaultSettings.houseStyle, quotationMarks: 'guillemets' as const };
    const text = articlePlainText({ draft: exportDraft({ headline: '<script>"x" & y</script>', fields: { breaking: false, mediaTags: [] } }), houseStyle });
    expect(text.startsWith('<script>"x" & y</script>\n')).toBe(true);
    expect(text).toContain('«\u00a0التأهب مرتفع\u00a0»');
  });
});
