import { describe, expect, it } from 'vitest';
import type { ArticleDocument, SerializedNodeShape } from '../../../../shared/model/document';
import { documentImages, serializeDocument, type SerializeOptions } from './serializeDocument';
import { serializeBlockAttributes } from './markup';

const text = (value: string, format = 0): SerializedNodeShape => ({ type: 'text', version: 1, text: value, format });
const block = (type: string, children: SerializedNodeShape[], extra: Record<string, unknown> = {}): SerializedNodeShape => ({
  type,
  version: 1,
  children,
  ...extra,
});
const doc = (...children: SerializedNodeShape[]): ArticleDocument => ({ root: { type: 'root', version: 1, children } });

const media: Record<string, { id: number; url: string }> = {
  a1: { id: 12, url: 'http://site.test/wp-content/uploads/a1.jpg' },
  a2: { id: 13, url: 'http://site.test/wp-content/uploads/a2.jpg' },
};
const options: SerializeOptions = {
  media: (assetId) => media[assetId],
  citation: (attribution) => attribution.titleUsed ?? '',
};
const serialize = (...nodes: SerializedNodeShape[]) => serializeDocument(doc(...nodes), options);

describe('WordPress 6.1 block markup', () => {
  it('paragraph: inline formats, links and line breaks as rich-text saves them', () => {
    const markup = serialize(
      block('paragraph', [
        text('قال '),
        text('الوزير', 1),
        text(' و', 2),
        text('x', 8),
        { type: 'linebreak', version: 1 },
        block('link', [text('هنا')], { url: 'https://example.com/?a=1&b=2', target: '_blank' }),
      ]),
    );
    expect(markup).toBe(
      '<!-- wp:paragraph -->\n<p>قال <strong>الوزير</strong><em> و</em><span style="text-decoration: underline;">x</span><br>' +
        '<a href="https://example.com/?a=1&amp;b=2" target="_blank" rel="noreferrer noopener">هنا</a></p>\n<!-- /wp:paragraph -->',
    );
  });

  it('escapes user text, drops javascript: links and keeps an inline quote without its attribution', () => {
    const markup = serialize(
      block('paragraph', [
        text('<script>alert("x")</script> & '),
        block('link', [text('click')], { url: 'javascript:alert(1)' }),
        block('midad-quote', [text('«كلام»')], { quoteKind: 'speech', attribution: { titleUsed: 'مصدر سري' } }),
      ]),
    );
    expect(markup).toBe('<!-- wp:paragraph -->\n<p>&lt;script>alert("x")&lt;/script> &amp; click«كلام»</p>\n<!-- /wp:paragraph -->');
  });

  it('skips empty paragraphs and the headline, kicker and lead', () => {
    const markup = serialize(
      block('midad-headline', [text('عنوان')]),
      block('midad-kicker', [text('فوق')]),
      block('midad-lead', [text('مقدمة')]),
      block('paragraph', []),
      block('paragraph', [text('نص')]),
    );
    expect(markup).toBe('<!-- wp:paragraph -->\n<p>نص</p>\n<!-- /wp:paragraph -->');
  });

  it('heading: level 2 by default, level 3 in the comment', () => {
    expect(serialize(block('heading', [text('عنوان فرعي')], { tag: 'h2' }), block('heading', [text('ثالث')], { tag: 'h3' }))).toBe(
      '<!-- wp:heading -->\n<h2>عنوان فرعي</h2>\n<!-- /wp:heading -->\n\n<!-- wp:heading {"level":3} -->\n<h3>ثالث</h3>\n<!-- /wp:heading -->',
    );
  });

  it('list: list-item inner blocks, ordered lists and nested lists inside their item', () => {
    const item = (value: string) => block('listitem', [text(value)]);
    const nested = block('list', [item('ب١')], { listType: 'bullet', tag: 'ul' });
    expect(serialize(block('list', [item('أ'), block('listitem', [nested]), item('ج')], { listType: 'number', tag: 'ol', start: 1 }))).toBe(
      '<!-- wp:list {"ordered":true} -->\n<ol><!-- wp:list-item -->\n<li>أ<!-- wp:list -->\n<ul><!-- wp:list-item -->\n<li>ب١</li>\n' +
        '<!-- /wp:list-item --></ul>\n<!-- /wp:list --></li>\n<!-- /wp:list-item -->\n\n<!-- wp:list-item -->\n<li>ج</li>\n' +
        '<!-- /wp:list-item --></ol>\n<!-- /wp:list -->',
    );
  });

  it('quote: paragraph inner blocks and the citation in <cite>; no cite for an anonymous source', () => {
    const quote = block('midad-pullquote', [text('"لن نتراجع" & <b>')], { attribution: { titleUsed: 'الوزير <أ>' } });
    expect(serialize(quote)).toBe(
      '<!-- wp:quote -->\n<blockquote class="wp-block-quote"><!-- wp:paragraph -->\n<p>"لن نتراجع" &amp; &lt;b></p>\n' +
        '<!-- /wp:paragraph --><cite>الوزير &lt;أ></cite></blockquote>\n<!-- /wp:quote -->',
    );
    expect(serialize(block('midad-pullquote', [text('كلام')], { attribution: {} }))).not.toContain('<cite>');
  });

  it('image: the uploaded media id and URL, caption with credit, alt text escaped', () => {
    const image = { type: 'midad-image', version: 1, assetId: 'a1', caption: 'مظاهرة', credit: 'وكالة "م"', alt: 'حشد & أعلام' };
    expect(serialize(image)).toBe(
      '<!-- wp:image {"id":12,"sizeSlug":"full","linkDestination":"none"} -->\n<figure class="wp-block-image size-full">' +
        '<img src="http://site.test/wp-content/uploads/a1.jpg" alt="حشد &amp; أعلام" class="wp-image-12"/>' +
        '<figcaption class="wp-element-caption">مظاهرة — وكالة "م"</figcaption></figure>\n<!-- /wp:image -->',
    );
    expect(serialize({ ...image, assetId: 'not-uploaded' })).toBe('');
  });

  it('gallery: nested image blocks in a has-nested-images figure', () => {
    const gallery = {
      type: 'midad-gallery',
      version: 1,
      images: [
        { assetId: 'a1', caption: '', credit: '', alt: '' },
        { assetId: 'a2', caption: 'ب', credit: '', alt: 'ب' },
      ],
    };
    expect(serialize(gallery)).toBe(
      '<!-- wp:gallery {"linkTo":"none"} -->\n<figure class="wp-block-gallery has-nested-images columns-default is-cropped">' +
        '<!-- wp:image {"id":12,"sizeSlug":"full","linkDestination":"none"} -->\n<figure class="wp-block-image size-full">' +
        '<img src="http://site.test/wp-content/uploads/a1.jpg" alt="" class="wp-image-12"/></figure>\n<!-- /wp:image -->\n\n' +
        '<!-- wp:image {"id":13,"sizeSlug":"full","linkDestination":"none"} -->\n<figure class="wp-block-image size-full">' +
        '<img src="http://site.test/wp-content/uploads/a2.jpg" alt="ب" class="wp-image-13"/><figcaption class="wp-element-caption">ب</figcaption>' +
        '</figure>\n<!-- /wp:image --></figure>\n<!-- /wp:gallery -->',
    );
    expect(documentImages(doc(gallery as SerializedNodeShape)).map((image) => image.assetId)).toEqual(['a1', 'a2']);
  });

  it('embed: the provider comes from the address (as in the editor node) and is saved as the block editor saves it; a non-http URL is dropped', () => {
    const embed = (url: string) => serialize({ type: 'midad-embed', version: 1, url });
    expect(embed('https://www.youtube.com/watch?v=abc&t=1')).toBe(
      '<!-- wp:embed {"url":"https://www.youtube.com/watch?v=abc\\u0026t=1","type":"video","providerNameSlug":"youtube","responsive":true,"className":"wp-embed-aspect-16-9 wp-has-aspect-ratio"} -->\n' +
        '<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">\n' +
        'https://www.youtube.com/watch?v=abc&amp;t=1\n</div></figure>\n<!-- /wp:embed -->',
    );
    expect(embed('https://x.com/midad/status/1')).toBe(
      '<!-- wp:embed {"url":"https://x.com/midad/status/1","type":"rich","providerNameSlug":"twitter","responsive":true} -->\n' +
        '<figure class="wp-block-embed is-type-rich is-provider-twitter wp-block-embed-twitter"><div class="wp-block-embed__wrapper">\n' +
        'https://x.com/midad/status/1\n</div></figure>\n<!-- /wp:embed -->',
    );
    expect(embed('https://www.facebook.com/midad/posts/1')).toContain('{"url":"https://www.facebook.com/midad/posts/1","type":"rich","providerNameSlug":"facebook","responsive":true}');
    expect(embed('https://www.instagram.com/p/abc/')).toContain('class="wp-block-embed is-type-rich is-provider-instagram wp-block-embed-instagram"');
    expect(embed('https://example.org/clip')).toBe(
      '<!-- wp:embed {"url":"https://example.org/clip"} -->\n<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">\nhttps://example.org/clip\n</div></figure>\n<!-- /wp:embed -->',
    );
    expect(serialize({ type: 'midad-embed', version: 1, url: 'javascript:alert(1)' })).toBe('');
  });

  it('separator', () => {
    expect(serialize({ type: 'midad-separator', version: 1 })).toBe(
      '<!-- wp:separator -->\n<hr class="wp-block-separator has-alpha-channel-opacity"/>\n<!-- /wp:separator -->',
    );
  });

  it('block comment attributes can never close the comment', () => {
    expect(serializeBlockAttributes({ a: '--> <b> & "q"' })).toBe('{"a":"\\u002d\\u002d\\u003e \\u003cb\\u003e \\u0026 \\u0022q\\u0022"}');
  });
});
