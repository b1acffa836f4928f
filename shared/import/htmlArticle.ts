import type { ImportedArticle, ImportedBlock } from '../model/importedArticle';
import { assembleArticle, looksLikeIntertitle } from './assembleArticle';
import { readPageHeader, sameLine } from './pageHeader';

export interface HtmlArticleOptions {
  /** The newsroom's time zone, for the date line. */
  timeZone?: string;
  /** The publishing outlet, to tell words said to us from words said to another outlet. */
  outlet?: string;
}

const textOf = (block: ImportedBlock | undefined): string | undefined =>
  block?.kind === 'paragraph' ? block.runs.map((run) => run.text).join('').trim() : block?.kind === 'intertitle' ? block.text : undefined;

/**
 * Reads a news page out of what `htmlToImportedArticle` found in a web page
 * or a Word file (mammoth's HTML), which keeps formatting, links, lists and
 * pictures but knows nothing of news pages: the leading paragraphs are read
 * as the page header (ticker, breaking flag, date line), the headline is the
 * h1 or else the first line (once, though pages repeat it), short unpunctuated
 * lines are intertitles when the file marks none, and the quote analysis
 * marks the quotes, so a Word copy of a story reads like the page.
 */
export function htmlArticle(read: ImportedArticle, options: HtmlArticleOptions = {}): ImportedArticle {
  const leading: string[] = [];
  for (const block of read.blocks) {
    if (block.kind !== 'paragraph') break;
    leading.push(textOf(block)!);
  }
  const header = readPageHeader(leading, options.timeZone ?? 'Africa/Casablanca');
  const rest = read.blocks.slice(header.consumed);
  const headlineLine = read.headline || (rest[0]?.kind === 'paragraph' ? textOf(rest.shift())! : '');
  const repeated = textOf(rest[0]);
  if (repeated !== undefined && sameLine(repeated, headlineLine)) rest.shift();

  const marksIntertitles = rest.some((block) => block.kind === 'intertitle');
  const body = rest.map((block, position): ImportedBlock => {
    if (marksIntertitles || block.kind !== 'paragraph' || block.runs.some((run) => run.link || run.quote)) return block;
    const text = textOf(block)!;
    return looksLikeIntertitle(text, position === rest.length - 1) ? { kind: 'intertitle', level: 2, text } : block;
  });
  const article = assembleArticle({ language: read.language, header, headlineLine, body, outlet: options.outlet });
  return { ...article, kicker: read.kicker, warnings: [...read.warnings, ...article.warnings] };
}
