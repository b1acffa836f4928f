import { MidadError } from '../../../shared/api/errors';
import type { ImportedArticle } from '../../../shared/model/importedArticle';
import { plainTextArticle, type PlainTextOptions } from '../../../shared/import/plainTextArticle';
import { docxHtml } from './docxHtml';
import { detectFormat, type ImportFormat } from './fileType';
import { htmlLines } from './htmlLines';

/**
 * Any importable file's bytes to an `ImportedArticle`: the type comes from
 * the content, .docx through mammoth's HTML, HTML through its block lines,
 * and all of them through the plain-text reading of news pages (ticker, date
 * line, headline, quotes), so a Word copy of a story reads like the page.
 */
export async function importArticle(
  bytes: Uint8Array,
  name: string,
  options: PlainTextOptions,
): Promise<{ format: ImportFormat; article: ImportedArticle }> {
  const detected = detectFormat(bytes, name);
  const text = detected.format === 'docx' ? htmlLines(await docxHtml(bytes, name)) : detected.format === 'html' ? htmlLines(detected.text!) : detected.text!;
  if (text.trim() === '') throw new MidadError('import_empty', { name });
  return { format: detected.format, article: plainTextArticle(text, options) };
}
