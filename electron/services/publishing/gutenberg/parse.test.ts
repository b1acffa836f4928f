import { describe, expect, it } from 'vitest';
import type { ArticleDocument } from '../../../../shared/model/document';
import { RAW_BLOCK_NODE_TYPE } from '../../../../shared/editor/nodes/RawBlockNode';
import { blocksToNodes, parseBlocks } from './parse';
import { serializeDocument } from './serializeDocument';

const columns =
  '<!-- wp:columns {"verticalAlignment":"top"} -->\n<div class="wp-block-columns are-vertically-aligned-top"><!-- wp:column -->\n' +
  '<div class="wp-block-column"><!-- wp:paragraph -->\n<p>عمود &amp; <em>أول</em></p>\n<!-- /wp:paragraph --></div>\n<!-- /wp:column --></div>\n<!-- /wp:columns -->';
const quote =
  '<!-- wp:quote -->\n<blockquote class="wp-block-quote"><!-- wp:paragraph -->\n<p>لن نتراجع &amp; لن</p>\n<!-- /wp:paragraph --><cite>الوزير &lt;أ></cite></blockquote>\n<!-- /wp:quote -->';
const paragraph =
  '<!-- wp:paragraph -->\n<p>قال <strong>الوزير</strong><em> و</em><span style="text-decoration: underline;">x</span><br>' +
  '<a href="https://example.com/?a=1&amp;b=2" target="_blank" rel="noreferrer noopener">هنا</a></p>\n<!-- /wp:paragraph -->';
const serialize = (markup: string) => {
  const document: ArticleDocument = { root: { type: 'root', version: 1, children: blocksToNodes(markup) } };
  return serializeDocument(document, { media: () => undefined, citation: (attribution) => attribution.titleUsed ?? '' });
};

describe('block markup back to Midad nodes', () => {
  it('finds nested blocks and keeps each block\'s source exactly', () => {
    const [block] = parseBlocks(columns);
    expect(block).toMatchObject({ name: 'core/columns', attributes: { verticalAlignment: 'top' }, source: columns });
    expect(block!.innerBlocks[0]!.innerBlocks[0]!.name).toBe('core/paragraph');
  });

  it('a quote with <cite> becomes a pull quote whose attribution is the citation', () => {
    expect(blocksToNodes(quote)).toEqual([
      expect.objectContaining({
        type: 'midad-pullquote',
        attribution: { titleUsed: 'الوزير <أ>' },
        children: [expect.objectContaining({ text: 'لن نتراجع & لن' })],
      }),
    ]);
  });

  it('paragraphs, headings, lists, quotes and separators come back as the same markup; unknown blocks byte for byte', () => {
    const markup = [
      paragraph,
      '<!-- wp:heading {"level":3} -->\n<h3>ثالث</h3>\n<!-- /wp:heading -->',
      '<!-- wp:list {"ordered":true} -->\n<ol><!-- wp:list-item -->\n<li>أ</li>\n<!-- /wp:list-item -->\n\n<!-- wp:list-item -->\n<li>ب</li>\n<!-- /wp:list-item --></ol>\n<!-- /wp:list -->',
      quote,
      columns,
      '<!-- wp:separator -->\n<hr class="wp-block-separator has-alpha-channel-opacity"/>\n<!-- /wp:separator -->',
      '<!-- wp:spacer {"height":"20px"} /-->',
    ].join('\n\n');
    expect(serialize(markup)).toBe(markup);
    expect(blocksToNodes(markup).filter((node) => node.type === RAW_BLOCK_NODE_TYPE).map((node) => node.name)).toEqual(['core/columns', 'core/spacer']);
  });

  it('an embed saved as the block editor saves it becomes a Midad embed and goes back byte for byte; any other embed stays raw', () => {
    const youtube =
      '<!-- wp:embed {"url":"https://www.youtube.com/watch?v=abc\\u0026t=1","type":"video","providerNameSlug":"youtube","responsive":true,"className":"wp-embed-aspect-16-9 wp-has-aspect-ratio"} -->\n' +
      '<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">\n' +
      'https://www.youtube.com/watch?v=abc&amp;t=1\n</div></figure>\n<!-- /wp:embed -->';
    const tweet =
      '<!-- wp:embed {"url":"https://twitter.com/midad/status/1","type":"rich","providerNameSlug":"twitter","responsive":true} -->\n' +
      '<figure class="wp-block-embed is-type-rich is-provider-twitter wp-block-embed-twitter"><div class="wp-block-embed__wrapper">\n' +
      'https://twitter.com/midad/status/1\n</div></figure>\n<!-- /wp:embed -->';
    const markup = `${youtube}\n\n${tweet}`;
    expect(blocksToNodes(markup)).toEqual([
      { type: 'midad-embed', version: 1, url: 'https://www.youtube.com/watch?v=abc&t=1' },
      { type: 'midad-embed', version: 1, url: 'https://twitter.com/midad/status/1' },
    ]);
    expect(serialize(markup)).toBe(markup);
    const shortVideo = youtube.replace(/16-9/g, '9-16');
    const captioned = tweet.replace('</div></figure>', '</div><figcaption>تغريدة</figcaption></figure>');
    const empty = '<!-- wp:embed -->\n<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">\n\n</div></figure>\n<!-- /wp:embed -->';
    for (const kept of [shortVideo, captioned, empty]) {
      expect(blocksToNodes(kept)).toEqual([expect.objectContaining({ type: RAW_BLOCK_NODE_TYPE, markup: kept })]);
      expect(serialize(kept)).toBe(kept);
    }
  });
});
