import { articleFieldsSchema, type ArticleFields } from '../../../../shared/model/article';
import type { ArticleDocument, SerializedNodeShape } from '../../../../shared/model/document';
import type { ArticleSnapshot } from '../../outbox/outboxJob';
import type { AssetReader } from '../assets';
import { articleSnapshot } from '../articleSnapshot';

export const text = (value: string, format = 0): SerializedNodeShape => ({ type: 'text', version: 1, text: value, format });
export const element = (type: string, children: SerializedNodeShape[], extra: Record<string, unknown> = {}): SerializedNodeShape => ({
  type,
  version: 1,
  children,
  ...extra,
});
export const image = (assetId: string, caption = '', credit = '', alt = ''): SerializedNodeShape => ({
  type: 'midad-image',
  version: 1,
  assetId,
  caption,
  credit,
  alt,
});

/** A news story with every block the serializer knows, Arabic throughout. */
export function sampleArticle(headline: string, body: SerializedNodeShape[] = [], fields: Partial<ArticleFields> = {}): ArticleSnapshot {
  const document: ArticleDocument = {
    root: {
      type: 'root',
      version: 1,
      children: [
        element('midad-headline', [text(headline)]),
        element('midad-lead', [text('أعلنت السلطات صباح اليوم تفكيك خلية.')]),
        element('paragraph', [text('قال '), text('المتحدث', 1), text(' إن العملية «نوعية» & دقيقة.')]),
        element('heading', [text('تفاصيل العملية')], { tag: 'h2' }),
        element('list', [element('listitem', [text('الرباط')]), element('listitem', [text('طنجة')])], { listType: 'bullet', tag: 'ul' }),
        element('midad-pullquote', [text('لن نتهاون مع أي تهديد')], { attribution: { titleUsed: 'الناطق الرسمي' } }),
        element('midad-separator', []),
        { type: 'midad-embed', version: 1, url: 'https://www.youtube.com/watch?v=abc123' },
        ...body,
      ],
    },
  };
  return articleSnapshot(document, articleFieldsSchema.parse(fields));
}

/** A 1×1 PNG: the smallest file WordPress accepts as an image. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);

export const pngAssets: AssetReader = {
  read: async (_draftId, assetId) => ({ data: TINY_PNG, fileName: `${assetId}.png`, mimeType: 'image/png' }),
};
