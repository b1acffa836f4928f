import { decodeEntities } from '../../../shared/text/htmlEntities';

/**
 * The text of an HTML page (or mammoth's HTML of a .docx) as the lines a page
 * shows, one block a line, for the plain-text importer: scripts, styles,
 * comments and tags go, entities are decoded. The structured HTML importer
 * (`htmlToImportedArticle` in shared/editor/import/) keeps formatting and
 * links; this reading keeps the words and the block boundaries.
 */
const BLOCK = /<\/?(?:p|div|h[1-6]|li|ul|ol|tr|table|blockquote|article|section|header|footer|figure|figcaption|br|hr|title)\b[^>]*>/giu;
const DROPPED = /<(script|style|noscript|template|svg|iframe|head)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/giu;

export function htmlLines(html: string): string {
  const body = /<body\b[^>]*>([\s\S]*)<\/body>/iu.exec(html)?.[1] ?? html;
  return decodeEntities(
    body
      .replace(DROPPED, '')
      .replace(/<li\b[^>]*>/giu, '\n\n')
      .replace(BLOCK, '\n\n')
      .replace(/<[^>]*>/gu, '')
      .replace(/[ \t]+/gu, ' '),
  )
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
}
