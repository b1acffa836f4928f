import { ARABIC_ONLY, regexFindings, type BlockRule } from './rule';

/**
 * `،،`, `؟؟`, `!!`, four dots or more. Two dots (the headline separator) and
 * three (an ellipsis) are house style, and `؟!` is a deliberate pair.
 */
export const repeatedPunctuation: BlockRule = {
  id: 'repeated-punctuation',
  severity: 'warning',
  languages: ARABIC_ONLY,
  scope: 'block',
  check: ({ block: { text } }) =>
    regexFindings(text, /([،؛:؟!,;?])\1+|\.{4,}/g, (match, start, end) => ({
      start,
      end,
      fix: { replacement: match[1] ?? '...' },
    })),
};
