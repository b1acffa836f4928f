import { normalizeArabic } from './arabicSearch';

/** A word of a text with its UTF-16 range and its folded form (see `normalizeArabic`). */
export interface Word {
  start: number;
  end: number;
  text: string;
  folded: string;
}

const WORD = /[\p{L}\p{N}\p{M}\u0640-]+/gu;

/**
 * Words for matching lexicons. Apostrophes split words (qu'il → qu, il) except
 * in French "d'après", kept whole as "dapres" because it means "according to".
 */
export function words(text: string, from = 0, to = text.length): Word[] {
  const result: Word[] = [];
  const slice = text.slice(from, to);
  for (const match of slice.matchAll(WORD)) {
    const start = from + match.index;
    const raw = match[0].replace(/^-+|-+$/gu, '');
    if (raw === '' || raw === '\u0640') continue;
    const folded = normalizeArabic(raw).replace(/\u0640/gu, '');
    const previous = result.at(-1);
    if (previous?.folded === 'd' && previous.end + 1 === start && folded === 'apres') {
      result[result.length - 1] = { start: previous.start, end: start + raw.length, text: text.slice(previous.start, start + raw.length), folded: 'dapres' };
      continue;
    }
    result.push({ start, end: start + raw.length, text: raw, folded });
  }
  return result;
}

/** Whether a folded word is in `set`, as is or after one of the glued `prefixes` (و، ف …). */
export function inLexicon(set: ReadonlySet<string>, folded: string, prefixes: readonly string[] = []): boolean {
  if (set.has(folded)) return true;
  return prefixes.some((prefix) => folded.length > prefix.length + 1 && folded.startsWith(prefix) && set.has(folded.slice(prefix.length)));
}
