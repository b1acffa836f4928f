import { describe, expect, it } from 'vitest';
import { createDocument } from '../../../../shared/editor/documentText';
import type { SerializedNodeShape } from '../../../../shared/model/document';
import { countArticle } from './counters';

const text = (value: string): SerializedNodeShape => ({ type: 'text', version: 1, text: value });
const quote = (value: string, extra: Record<string, unknown>): SerializedNodeShape => ({
  type: 'midad-quote',
  version: 1,
  children: [text(value)],
  ...extra,
});

describe('countArticle', () => {
  it('counts words, characters and reading time over the headline and body', () => {
    const document = createDocument('ar', 'حرب المغرب على الإرهاب', ['فرقة UB40 زارت المغرب سنة 2021']);
    const counts = countArticle(document);
    expect(counts.words).toBe(4 + 6);
    expect(counts.characters).toBe('حرب المغرب على الإرهاب'.length + 'فرقة UB40 زارت المغرب سنة 2021'.length);
    expect(counts.readingMinutes).toBe(1);
  });

  it('does not count tashkeel as characters and rounds reading time up', () => {
    const long = Array.from({ length: 401 }, () => 'كَلِمة').join(' ');
    const counts = countArticle(createDocument('ar', '', [long]));
    expect(counts.words).toBe(401);
    expect(counts.characters).toBe(401 * 4 + 400);
    expect(counts.readingMinutes).toBe(3);
    expect(countArticle(createDocument('ar')).readingMinutes).toBe(0);
  });

  it('counts speech quotes and pull quotes and their distinct sources, not quoted terms', () => {
    const document = createDocument('ar', 'عنوان', ['']);
    const paragraph = document.root.children[1]!;
    paragraph.children = [
      text('أوضح الحافيظي أن '),
      quote('التأهب الأمني بروتوكول', { quoteKind: 'speech', attribution: { sourceId: 'hafidi-0001' } }),
      text(' لموقع '),
      quote('كيفاش', { quoteKind: 'term' }),
      quote('وسع من دائرة المراقبة', { attribution: { sourceId: 'hafidi-0001' } }),
    ];
    document.root.children.push({
      type: 'midad-pullquote',
      version: 1,
      attribution: { sourceId: 'state-dept-01' },
      children: [text('تعاون قوي')],
    });
    document.root.children.push({ type: 'paragraph', version: 1, children: [quote('بلا مصدر', {})] });
    expect(countArticle(document)).toMatchObject({ quotes: 4, sources: 2 });
  });
});
