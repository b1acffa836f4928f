import { $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import { editorWith, exportHtml, importHtml, roundTrip } from '../testing/nodeHarness';
import { $createImageNode, $isImageNode } from './ImageNode';

const image = { assetId: 'img-01', caption: 'عناصر من الأمن & الدرك', credit: 'تصوير: كيفاش', alt: 'عناصر أمنية' };
const build = () => editorWith(() => $getRoot().append($createImageNode(image)));

describe('ImageNode', () => {
  it('round-trips asset, caption, credit and alt through JSON', () => {
    const { first, second } = roundTrip(build());
    expect(second).toBe(first);
    expect(JSON.parse(first).root.children[0]).toMatchObject({ type: 'midad-image', ...image });
  });

  it('exports a figure with the asset id, escaped caption and credit, and imports it back', () => {
    const html = exportHtml(build());
    expect(html).toBe(
      '<figure data-midad-image="true"><img data-asset-id="img-01" alt="عناصر أمنية"><figcaption>عناصر من الأمن &amp; الدرك <small class="credit">تصوير: كيفاش</small></figcaption></figure>',
    );
    expect(importHtml(html)).toEqual([expect.objectContaining({ type: 'midad-image', ...image })]);
  });

  it('imports a web page figure or bare <img> by its URL, and refuses javascript: sources', () => {
    const [figure] = importHtml('<figure><img src="https://example.com/a.jpg" alt="x"><figcaption>وصف</figcaption></figure>');
    expect(figure).toMatchObject({ type: 'midad-image', src: 'https://example.com/a.jpg', caption: 'وصف', alt: 'x' });
    expect(importHtml('<p><img src="javascript:alert(1)"></p>').some((block) => block.type === 'midad-image')).toBe(false);
    build().update(
      () => {
        const node = $getRoot().getFirstChild();
        expect($isImageNode(node) && node.setImage({ caption: 'جديد' }).getImage()).toEqual({ ...image, src: '', caption: 'جديد' });
      },
      { discrete: true },
    );
  });
});
