import { $getDocument } from 'lexical';

/** One picture as a node stores it: an asset stored with the draft, or a not-yet-stored source URL. */
export interface FigureImage {
  /** The draft asset (drafts/<id>/assets/); the exporter turns it into a URL. */
  assetId: string;
  /** A pasted or imported picture not yet copied into the draft's assets (http(s) or data: URL). */
  src: string;
  caption: string;
  credit: string;
  alt: string;
}

export const emptyFigureImage: FigureImage = { assetId: '', src: '', caption: '', credit: '', alt: '' };

/** Only addresses an <img> may safely load: web images and inline image data. */
export function safeImageSrc(src: string): string {
  const trimmed = src.trim();
  return /^(https?:\/\/|data:image\/(png|jpe?g|gif|webp|avif);)/i.test(trimmed) ? trimmed : '';
}

export function parseFigureImage(value: unknown): FigureImage | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  const text = (key: keyof FigureImage) => (typeof record[key] === 'string' ? (record[key] as string) : '');
  return { assetId: text('assetId'), src: safeImageSrc(text('src')), caption: text('caption'), credit: text('credit'), alt: text('alt') };
}

/**
 * `<figure><img><figcaption>caption <small>credit</small></figcaption></figure>`.
 * The asset id rides along as `data-asset-id` so an exporter can point `src`
 * at wherever it put the file. Built with the editor's document, never the global one.
 */
export function createFigureElement(image: FigureImage): HTMLElement {
  const doc = $getDocument();
  const figure = doc.createElement('figure');
  const img = doc.createElement('img');
  if (image.assetId) img.setAttribute('data-asset-id', image.assetId);
  const src = safeImageSrc(image.src);
  if (src) img.setAttribute('src', src);
  img.setAttribute('alt', image.alt);
  figure.append(img);
  if (image.caption || image.credit) {
    const caption = doc.createElement('figcaption');
    if (image.caption) caption.append(doc.createTextNode(image.caption));
    if (image.credit) {
      const credit = doc.createElement('small');
      credit.className = 'credit';
      credit.append(doc.createTextNode(image.credit));
      if (image.caption) caption.append(doc.createTextNode(' '));
      caption.append(credit);
    }
    figure.append(caption);
  }
  return figure;
}

/** Reads a figure (ours, Word's, a web page's) or a bare <img> back into a picture. */
export function readFigureElement(element: HTMLElement): FigureImage | undefined {
  const img = element.tagName === 'IMG' ? element : element.querySelector('img');
  if (!img) return undefined;
  const caption = element.tagName === 'IMG' ? null : element.querySelector('figcaption');
  const creditElement = caption?.querySelector('.credit, small') ?? null;
  const credit = creditElement?.textContent?.trim() ?? '';
  let captionText = caption?.textContent ?? '';
  if (creditElement) captionText = captionText.replace(creditElement.textContent ?? '', '');
  return {
    assetId: img.getAttribute('data-asset-id') ?? '',
    src: safeImageSrc(img.getAttribute('src') ?? ''),
    caption: captionText.trim(),
    credit,
    alt: img.getAttribute('alt') ?? '',
  };
}
