import { highlightRanges, type ParsedQuery, type TextRange } from '../../../shared/text/arabicSearch';

/**
 * How much body text the index keeps per draft. Keeping whole bodies would
 * double the index on disk and its load time; the start of the body is where
 * news puts what matters, so a body match further down shows the opening
 * without highlights rather than costing every start.
 */
export const EXCERPT_CHARS = 600;
/** The snippet shown in a search hit. */
export const SNIPPET_CHARS = 240;
/** Text kept before the first match when the snippet window moves to it. */
const LEAD_CHARS = 60;

/** Cuts `text` to at most `max` characters at a space, so no word is split. */
function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const space = text.lastIndexOf(' ', max);
  return text.slice(0, space > max / 2 ? space : max);
}

export function bodyExcerpt(body: string): string {
  return cutAtWord(body.replace(/\s+/gu, ' ').trim(), EXCERPT_CHARS);
}

export interface Snippet {
  text: string;
  highlights: TextRange[];
}

/** A window of the excerpt around its first match (or its start), with the matches in it. */
export function snippetFor(excerpt: string, query: ParsedQuery): Snippet {
  const ranges = highlightRanges(excerpt, query);
  const first = ranges[0];
  let start = 0;
  if (first && first.end > SNIPPET_CHARS) {
    const space = excerpt.indexOf(' ', Math.max(0, first.start - LEAD_CHARS));
    start = space >= 0 && space < first.start ? space + 1 : first.start;
  }
  const prefix = start > 0 ? '… ' : '';
  const text = prefix + cutAtWord(excerpt.slice(start), SNIPPET_CHARS - prefix.length);
  const shift = prefix.length - start;
  const highlights = ranges
    .map((range) => ({ start: range.start + shift, end: range.end + shift }))
    .filter((range) => range.start >= prefix.length && range.end <= text.length);
  return { text, highlights };
}
