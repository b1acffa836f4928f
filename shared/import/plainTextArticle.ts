import type { ImportedArticle, ImportedBlock } from '../model/importedArticle';
import type { ArticleLanguage } from '../model/language';
import { assembleArticle, looksLikeIntertitle } from './assembleArticle';
import { detectLanguage } from './detectLanguage';
import { readPageHeader, sameLine } from './pageHeader';

export interface PlainTextOptions {
  /** Detected from the letters when not given. */
  language?: ArticleLanguage;
  /** The newsroom's time zone, for the date line. */
  timeZone?: string;
  /** The publishing outlet, to tell words said to us from words said to another outlet. */
  outlet?: string;
}

/**
 * A plain-text article as copied from a news page (like the fixtures) into an
 * `ImportedArticle`: the page header (ticker, breaking flag, date line), the
 * headline (once, though pages print it twice) with its media tag, the lead,
 * intertitles and paragraphs with their quotes read by the quote analysis.
 */
export function plainTextArticle(text: string, options: PlainTextOptions = {}): ImportedArticle {
  const lines = text
    .replace(/^\uFEFF/u, '')
    .replace(/\r\n?/gu, '\n')
    .replace(/[\u00A0\u202F]/gu, ' ')
    .split('\n')
    .map((line) => line.trim());
  const header = readPageHeader(lines, options.timeZone ?? 'Africa/Casablanca');

  const rest = lines.slice(header.consumed).filter((line) => line !== '');
  const headlineLine = rest.shift() ?? '';
  if (rest[0] !== undefined && sameLine(rest[0], headlineLine)) rest.shift();
  const body: ImportedBlock[] = rest.map((line, position) =>
    looksLikeIntertitle(line, position === rest.length - 1) ? { kind: 'intertitle', level: 2, text: line } : { kind: 'paragraph', runs: [{ text: line }] },
  );
  return assembleArticle({ language: options.language ?? detectLanguage(text), header, headlineLine, body, outlet: options.outlet });
}
