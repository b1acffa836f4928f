import { isArabicLetter, isDigit } from '../arabic';
import { ARABIC_ONLY, regexFindings, type BlockRule } from './rule';

const ARABIC_MARK: Record<string, string> = { ',': '،', ';': '؛', '?': '؟' };
const SKIPPED = /[\s\u00A0"“”«»()[\]]/;

function neighbour(text: string, index: number, step: 1 | -1): string | undefined {
  let i = index + step;
  while (i >= 0 && i < text.length && SKIPPED.test(text[i]!)) i += step;
  return text[i];
}

/** `,` `;` `?` beside Arabic words; a decimal comma between digits (1,5) is left alone. */
export const latinPunctuation: BlockRule = {
  id: 'latin-punctuation',
  severity: 'error',
  languages: ARABIC_ONLY,
  scope: 'block',
  check: ({ block: { text } }) =>
    regexFindings(text, /[,;?]/g, (match, start, end) => {
      const before = neighbour(text, start, -1);
      const after = neighbour(text, start, 1);
      if (match[0] === ',' && isDigit(text[start - 1]) && isDigit(text[start + 1])) return undefined;
      if (!isArabicLetter(before) && !isArabicLetter(after)) return undefined;
      return { start, end, fix: { replacement: ARABIC_MARK[match[0]]! } };
    }),
};
