import { isArabicLetter, isDigit } from '../arabic';
import { ARABIC_ONLY, regexFindings, type BlockRule } from './rule';

const ARABIC_MARK: Record<string, string> = { ',': '،', ';': '؛', '?': '؟' };
const SPACE = /[\s\u00A0]/;
const CLOSING = /["”»)\]]/;
const SPACE_OR_CLOSING = /[\s\u00A0"”»)\]]/;
const SPACE_OR_OPENING = /[\s\u00A0"“«([]/;

/** The character `step` away from `index`, past any of `skipped`. */
function neighbour(text: string, index: number, step: 1 | -1, skipped: RegExp): string | undefined {
  let i = index + step;
  while (i >= 0 && i < text.length && skipped.test(text[i]!)) i += step;
  return text[i];
}

/** Whether the mark ends an Arabic word or quotation (`كيف?`، `“…”,`), or stands alone between Arabic words. */
function punctuatesArabic(text: string, index: number): boolean {
  const before = neighbour(text, index, -1, CLOSING);
  if (isArabicLetter(before)) return true;
  if (!SPACE.test(before ?? '')) return false;
  return isArabicLetter(neighbour(text, index, -1, SPACE_OR_CLOSING)) && isArabicLetter(neighbour(text, index, 1, SPACE_OR_OPENING));
}

/**
 * `,` `;` `?` after Arabic words. A decimal comma between digits (1,5) and
 * marks that belong to code in Arabic text (`(?R`, a regex in GLib's messages)
 * are left alone.
 */
export const latinPunctuation: BlockRule = {
  id: 'latin-punctuation',
  severity: 'error',
  languages: ARABIC_ONLY,
  scope: 'block',
  check: ({ block: { text } }) =>
    regexFindings(text, /[,;?]/g, (match, start, end) => {
      if (match[0] === ',' && isDigit(text[start - 1]) && isDigit(text[start + 1])) return undefined;
      if (!punctuatesArabic(text, start)) return undefined;
      return { start, end, fix: { replacement: ARABIC_MARK[match[0]]! } };
    }),
};
