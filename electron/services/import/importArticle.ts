import { MidadError } from '../../../shared/api/errors';
import { htmlToImportedArticle } from '../../../shared/editor/import/htmlToImportedArticle';
import { htmlArticle } from '../../../shared/import/htmlArticle';
import { plainTextArticle, type PlainTextOptions } from '../../../shared/import/plainTextArticle';
import type { ImportedArticle } from '../../../shared/model/importedArticle';
import { docxHtml } from './docxHtml';
import { detectFormat, type ImportFormat } from './fileType';
import { withHtmlWindow } from './htmlWindow';

/**
 * Any importable file's bytes to an `ImportedArticle`; the type comes from
 * the content. Plain text goes through the news-page reading of lines; an
 * HTML page and a .docx (through mammoth's HTML) go through the structured
 * HTML reader, which keeps formatting, links, lists and pictures, and then
 * through the same news-page reading (header, headline once, quotes).
 */
export async function importArticle(
  bytes: Uint8Array,
  name: string,
  options: PlainTextOptions,
): Promise<{ format: ImportFormat; article: ImportedArticle }> {
  const detected = detectFormat(bytes, name);
  if (detected.format === 'text') return { format: 'text', article: plainTextArticle(detected.text!, options) };
  const html = detected.format === 'docx' ? await docxHtml(bytes, name) : detected.text!;
  const read = await withHtmlWindow((window) => htmlToImportedArticle(html, { window, ...(options.language ? { language: options.language } : {}) }));
  if (read.headline === '' && read.blocks.length === 0) throw new MidadError('import_empty', { name });
  return { format: detected.format, article: htmlArticle(read, options) };
}
