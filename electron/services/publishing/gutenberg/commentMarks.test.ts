import { describe, expect, it } from 'vitest';
import type { ArticleDocument, SerializedNodeShape } from '../../../../shared/model/document';
import { serializeDocument } from './serializeDocument';

const text = (value: string): SerializedNodeShape => ({ type: 'text', version: 1, text: value, format: 0 });

describe('WordPress markup of commented text', () => {
  it('drops the comment mark and keeps its words inline', () => {
    const mark: SerializedNodeShape = { type: 'mark', version: 1, ids: ['c-00000001'], children: [text('خطة جديدة')] };
    const document: ArticleDocument = {
      root: { type: 'root', version: 1, children: [{ type: 'paragraph', version: 1, children: [text('أعلنت الحكومة عن '), mark, text(' لدعم الفلاحين')] }] },
    };
    const markup = serializeDocument(document, { media: () => undefined, citation: () => '' });
    expect(markup).toBe('<!-- wp:paragraph -->\n<p>أعلنت الحكومة عن خطة جديدة لدعم الفلاحين</p>\n<!-- /wp:paragraph -->');
  });
});
