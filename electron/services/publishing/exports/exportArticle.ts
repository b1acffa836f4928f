import type { ExportFormat } from '../../../../shared/api/publishingService';
import { renderArticleHtml } from '../../../../shared/editor/export/articleHtml';
import { articleNinjs } from '../../../../shared/editor/export/ninjs';
import { articlePlainText } from '../../../../shared/editor/export/plainText';
import type { Draft } from '../../../../shared/model/draft';
import type { HouseStyle } from '../../../../shared/model/settings';
import { withHtmlWindow } from '../../import/htmlWindow';
import type { AssetReader } from '../assets';
import { articleDocx, type DocxPicture } from './docx';
import { embeddablePicture } from './imageSize';
import type { CitationText } from '../gutenberg/quoteBlock';
import { serializeDocument, documentImages } from '../gutenberg/serializeDocument';

export interface ExportedFile {
  name: string;
  mime: string;
  data: Uint8Array;
}

export interface ExportInput {
  draft: Draft;
  format: ExportFormat;
  houseStyle: HouseStyle;
  assets: AssetReader;
  citation: CitationText;
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Pictures embedded as data: URLs so a standalone page or ninjs body needs nothing beside it. */
async function embeddedAssets(draft: Draft, assets: AssetReader): Promise<Map<string, string>> {
  const ids = new Set(documentImages(draft.document).map((image) => image.assetId));
  if (draft.fields.featuredImage) ids.add(draft.fields.featuredImage);
  const urls = new Map<string, string>();
  for (const id of ids) {
    const file = await assets.read(draft.meta.id, id).catch(() => undefined);
    if (file) urls.set(id, `data:${file.mimeType};base64,${Buffer.from(file.data).toString('base64')}`);
  }
  return urls;
}

/** The draft's pictures Word can show (PNG, JPEG, GIF), for the .docx; unreadable ones are left to their captions. */
async function docxPictures(draft: Draft, assets: AssetReader): Promise<Map<string, DocxPicture>> {
  const pictures = new Map<string, DocxPicture>();
  for (const { assetId } of documentImages(draft.document)) {
    if (pictures.has(assetId)) continue;
    const file = await assets.read(draft.meta.id, assetId).catch(() => undefined);
    const picture = file && embeddablePicture(file.data);
    if (file && picture) pictures.set(assetId, { ...picture, data: file.data });
  }
  return pictures;
}

/** The file name: the slug when there is one, else the draft id. */
function baseName(draft: Draft): string {
  const slug = draft.fields.slug.trim().replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '');
  return slug || draft.meta.id;
}

/**
 * One draft as a file for another desk or system. The Gutenberg export has
 * no uploaded media to point at, so it carries the text blocks only.
 */
export async function exportArticle(input: ExportInput): Promise<ExportedFile> {
  const { draft, format } = input;
  const name = baseName(draft);
  switch (format) {
    case 'html':
    case 'ninjs': {
      const urls = await embeddedAssets(draft, input.assets);
      const rendered = await withHtmlWindow((window) => {
        const common = { draft, settings: { houseStyle: input.houseStyle }, assets: (id: string) => urls.get(id), document: (window as unknown as { document: Document }).document };
        return format === 'html' ? renderArticleHtml({ ...common, standalone: true }) : `${JSON.stringify(articleNinjs(common), null, 2)}\n`;
      });
      return format === 'html'
        ? { name: `${name}.html`, mime: 'text/html;charset=utf-8', data: utf8(rendered) }
        : { name: `${name}.ninjs.json`, mime: 'application/json', data: utf8(rendered) };
    }
    case 'gutenberg':
      return { name: `${name}.gutenberg.html`, mime: 'text/html;charset=utf-8', data: utf8(`${serializeDocument(draft.document, { media: () => undefined, citation: input.citation })}\n`) };
    case 'text':
      return { name: `${name}.txt`, mime: 'text/plain;charset=utf-8', data: utf8(articlePlainText({ draft, houseStyle: input.houseStyle })) };
    case 'docx':
      return { name: `${name}.docx`, mime: DOCX_MIME, data: await articleDocx({ draft, houseStyle: input.houseStyle, pictures: await docxPictures(draft, input.assets) }) };
  }
}
