import { createHash } from 'node:crypto';
import { RAW_BLOCK_NODE_TYPE } from '../../../../shared/editor/nodes/RawBlockNode';
import type { SerializedNodeShape } from '../../../../shared/model/document';
import { parseBlocks } from '../gutenberg/parse';
import type { RemoteMedia } from '../gutenberg/mediaBlocks';

/** A picture brought from the site: its bytes become a draft asset, its media id is reused on publish. */
export interface PulledPicture {
  assetId: string;
  bytes: Uint8Array;
  media: RemoteMedia;
}

/** The site's file at an address, or undefined when it cannot be had. */
export type FetchPicture = (url: string) => Promise<Uint8Array | undefined>;

interface Figure {
  src: string;
  mediaId: number;
  caption: string;
  credit: string;
  alt: string;
}

const decode = (text: string) =>
  text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#0?39;/g, "'");

function attribute(tag: string, name: string): string {
  return decode(new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag)?.[1] ?? '');
}

/** core/image's figure: the picture, its media id, and the caption split back into caption and credit as we publish them. */
function readFigure(html: string, attributes: Record<string, unknown>): Figure | undefined {
  const img = /<img\b[^>]*>/i.exec(html)?.[0];
  if (!img) return undefined;
  const mediaId = typeof attributes.id === 'number' ? attributes.id : Number(/wp-image-(\d+)/.exec(attribute(img, 'class'))?.[1] ?? 0);
  const caption = decode((/<figcaption[^>]*>([\s\S]*?)<\/figcaption>/i.exec(html)?.[1] ?? '').replace(/<[^>]*>/g, '')).trim();
  // Midad publishes "caption — credit" in one figcaption (core/image has no credit field).
  const split = caption.lastIndexOf(' — ');
  return {
    src: attribute(img, 'src'),
    mediaId,
    caption: split >= 0 ? caption.slice(0, split) : caption,
    credit: split >= 0 ? caption.slice(split + 3) : '',
    alt: attribute(img, 'alt'),
  };
}

async function pullPicture(figure: Figure, fetchPicture: FetchPicture, pictures: PulledPicture[]) {
  if (!figure.src || figure.mediaId <= 0) return undefined;
  const bytes = await fetchPicture(figure.src);
  if (!bytes || bytes.length === 0) return undefined;
  // Content-addressed like the assets service, so the id is known before the draft exists.
  const assetId = createHash('sha256').update(bytes).digest('hex');
  pictures.push({ assetId, bytes, media: { id: figure.mediaId, url: figure.src } });
  return { assetId, src: '', caption: figure.caption, credit: figure.credit, alt: figure.alt };
}

/**
 * Turns the pulled post's core/image and core/gallery blocks (kept raw by the
 * parser) into Midad pictures when every picture in them can be downloaded
 * from the site; a block with a picture that cannot stays raw, byte for byte.
 */
export async function pullPictures(nodes: SerializedNodeShape[], fetchPicture: FetchPicture): Promise<{ nodes: SerializedNodeShape[]; pictures: PulledPicture[] }> {
  const pictures: PulledPicture[] = [];
  const out: SerializedNodeShape[] = [];
  for (const node of nodes) {
    const [block] = node.type === RAW_BLOCK_NODE_TYPE && typeof node.markup === 'string' ? parseBlocks(node.markup) : [];
    const taken: PulledPicture[] = [];
    let replacement: SerializedNodeShape | undefined;
    if (block?.name === 'core/image') {
      const figure = readFigure(block.html, block.attributes);
      const image = figure && (await pullPicture(figure, fetchPicture, taken));
      if (image) replacement = { type: 'midad-image', version: 1, ...image };
    } else if (block?.name === 'core/gallery' && block.innerBlocks.length > 0 && block.innerBlocks.every((inner) => inner.name === 'core/image')) {
      const images = [];
      for (const inner of block.innerBlocks) {
        const figure = readFigure(inner.html, inner.attributes);
        const image = figure && (await pullPicture(figure, fetchPicture, taken));
        if (!image) break;
        images.push(image);
      }
      if (images.length === block.innerBlocks.length) replacement = { type: 'midad-gallery', version: 1, images };
    }
    if (replacement) pictures.push(...taken);
    out.push(replacement ?? node);
  }
  return { nodes: out, pictures };
}
