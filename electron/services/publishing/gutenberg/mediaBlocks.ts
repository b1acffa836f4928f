import { embedProvider, type EmbedProvider } from '../../../../shared/editor/nodes/embedProvider';
import { delimitBlock, element, escapeText, joinBlocks, voidElement } from './markup';
import { stringField, type BlockNode, type ImageFields } from './nodes';

/** An image as it exists on the site after upload. */
export interface RemoteMedia {
  id: number;
  url: string;
}

/** The caption and the credit in one caption: core/image has no credit field. */
export function captionText(image: Pick<ImageFields, 'caption' | 'credit'>): string {
  return [image.caption.trim(), image.credit.trim()].filter(Boolean).join(' — ');
}

/** core/image as inserted from the media library at full size, not linked. */
export function imageBlock(image: ImageFields, media: RemoteMedia): string {
  const caption = captionText(image);
  const html = element(
    'figure',
    { class: 'wp-block-image size-full' },
    voidElement('img', { src: media.url, alt: image.alt, class: `wp-image-${media.id}` }) +
      (caption ? element('figcaption', { class: 'wp-element-caption' }, escapeText(caption)) : ''),
  );
  return delimitBlock('image', { id: media.id, sizeSlug: 'full', linkDestination: 'none' }, html);
}

/** core/gallery with core/image inner blocks (the gallery of WordPress ≥ 5.9). */
export function galleryBlock(images: { image: ImageFields; media: RemoteMedia }[]): string {
  const inner = joinBlocks(images.map(({ image, media }) => imageBlock(image, media)));
  return delimitBlock(
    'gallery',
    { linkTo: 'none' },
    element('figure', { class: 'wp-block-gallery has-nested-images columns-default is-cropped' }, inner),
  );
}

/**
 * How the block editor of WordPress 6.1 saves an embed of each provider Midad
 * recognises (embed/variations.js: every variation is `responsive`; a YouTube
 * preview is a 16:9 iframe, so the editor adds the aspect-ratio classes; X is
 * still `twitter` there). Any other address is a generic embed.
 */
const PROVIDERS: Record<EmbedProvider, { type: 'video' | 'rich'; slug: string; className?: string } | undefined> = {
  youtube: { type: 'video', slug: 'youtube', className: 'wp-embed-aspect-16-9 wp-has-aspect-ratio' },
  x: { type: 'rich', slug: 'twitter' },
  facebook: { type: 'rich', slug: 'facebook' },
  instagram: { type: 'rich', slug: 'instagram' },
  other: undefined,
};

/**
 * core/embed: the URL alone on a line of its wrapper. The provider comes from
 * the address, as in the editor's node. Attributes follow block.json's order,
 * className (a block support) last, and its classes end the figure's class list.
 */
export function embedBlock(node: BlockNode): string | undefined {
  const url = stringField(node, 'url').trim();
  if (!/^https?:\/\//i.test(url)) return undefined;
  const provider = PROVIDERS[embedProvider(url)];
  const attributes: Record<string, unknown> = { url };
  const classes = ['wp-block-embed'];
  if (provider) {
    Object.assign(attributes, { type: provider.type, providerNameSlug: provider.slug, responsive: true });
    classes.push(`is-type-${provider.type}`, `is-provider-${provider.slug}`, `wp-block-embed-${provider.slug}`);
    if (provider.className) {
      attributes.className = provider.className;
      classes.push(provider.className);
    }
  }
  const wrapper = element('div', { class: 'wp-block-embed__wrapper' }, `\n${escapeText(url)}\n`);
  return delimitBlock('embed', attributes, element('figure', { class: classes.join(' ') }, wrapper));
}

/** core/separator with its default opacity class. */
export function separatorBlock(): string {
  return delimitBlock('separator', {}, voidElement('hr', { class: 'wp-block-separator has-alpha-channel-opacity' }));
}
