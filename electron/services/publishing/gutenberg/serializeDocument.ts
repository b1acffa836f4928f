import type { ArticleDocument } from '../../../../shared/model/document';
import { inlineHtml } from './inline';
import { joinBlocks } from './markup';
import { embedBlock, galleryBlock, imageBlock, separatorBlock, type RemoteMedia } from './mediaBlocks';
import { imageFields, stringField, type BlockNode, type ImageFields } from './nodes';
import { documentAsRejected } from '../../../../shared/review/suggestions/documentAsRejected';
import { RAW_BLOCK_NODE_TYPE } from '../../../../shared/editor/nodes/RawBlockNode';
import { quoteBlock, type CitationText } from './quoteBlock';
import { headingBlock, listBlock, paragraphBlock } from './textBlocks';

export interface SerializeOptions {
  /** The uploaded copy of an asset; an image not uploaded yet is left out. */
  media(assetId: string): RemoteMedia | undefined;
  citation: CitationText;
}

/** Headline, kicker and lead travel as the title and the excerpt, not in the body. */
const NOT_IN_BODY = new Set(['midad-headline', 'midad-kicker', 'midad-lead']);

/** Every image a document shows, in order, for uploading before the body is built. */
export function documentImages(document: ArticleDocument): ImageFields[] {
  const images: ImageFields[] = [];
  for (const node of document.root.children) {
    if (node.type === 'midad-image') {
      const image = imageFields(node);
      if (image) images.push(image);
    } else if (node.type === 'midad-gallery' && Array.isArray(node.images)) {
      for (const value of node.images) {
        const image = imageFields(value);
        if (image) images.push(image);
      }
    }
  }
  return images;
}

function blockMarkup(node: BlockNode, options: SerializeOptions): string | undefined {
  switch (node.type) {
    case 'paragraph': {
      const html = inlineHtml(node.children ?? []);
      // The editor keeps no empty paragraphs in a saved post; neither do we.
      return html.trim() ? paragraphBlock(html) : undefined;
    }
    case 'heading':
      return headingBlock(node);
    case 'list':
      return listBlock(node);
    case 'midad-pullquote':
      return quoteBlock(node, options.citation);
    case RAW_BLOCK_NODE_TYPE: {
      // Pulled from the site and unknown to Midad: sent back exactly as it came.
      const markup = stringField(node, 'markup');
      return markup || undefined;
    }
    case 'midad-separator':
      return separatorBlock();
    case 'midad-embed':
      return embedBlock(node);
    case 'midad-image': {
      const image = imageFields(node);
      const media = image && options.media(image.assetId);
      return image && media ? imageBlock(image, media) : undefined;
    }
    case 'midad-gallery': {
      const images = (Array.isArray(node.images) ? node.images : [])
        .map(imageFields)
        .flatMap((image) => {
          const media = image && options.media(image.assetId);
          return image && media ? [{ image, media }] : [];
        });
      return images.length > 0 ? galleryBlock(images) : undefined;
    }
    default: {
      // A block from a newer Midad: keep its words rather than drop them.
      const html = inlineHtml(node.children ?? []);
      return html.trim() ? paragraphBlock(html) : undefined;
    }
  }
}

/** The post content in WordPress block markup, blocks separated by a blank line; pending suggestions are left out, as if rejected. */
export function serializeDocument(document: ArticleDocument, options: SerializeOptions): string {
  return joinBlocks(
    documentAsRejected(document).root.children
      .filter((node) => !NOT_IN_BODY.has(node.type))
      .map((node) => blockMarkup(node, options))
      .filter((markup): markup is string => markup !== undefined),
  );
}
