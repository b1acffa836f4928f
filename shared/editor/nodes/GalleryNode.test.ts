import { $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import { editorWith, exportHtml, importHtml, roundTrip } from '../testing/nodeHarness';
import { $createGalleryNode } from './GalleryNode';

const images = [
  { assetId: 'a1', src: '', caption: 'الأولى', credit: 'م.ب', alt: 'صورة 1' },
  { assetId: 'a2', src: '', caption: '', credit: '', alt: 'صورة 2' },
];
const build = () => editorWith(() => $getRoot().append($createGalleryNode(images)));

describe('GalleryNode', () => {
  it('round-trips its pictures through JSON', () => {
    const { first, second } = roundTrip(build());
    expect(second).toBe(first);
    expect(JSON.parse(first).root.children[0]).toMatchObject({ type: 'midad-gallery', images });
  });

  it('exports a figure of figures and imports it back as one gallery', () => {
    const html = exportHtml(build());
    expect(html.match(/<figure/g)).toHaveLength(3);
    expect(html).toContain('<img data-asset-id="a2" alt="صورة 2">');
    expect(importHtml(html)).toEqual([expect.objectContaining({ type: 'midad-gallery', images })]);
  });
});
