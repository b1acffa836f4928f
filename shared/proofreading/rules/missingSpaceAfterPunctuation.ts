import { ARABIC_ONLY, regexFindings, type BlockRule } from './rule';

const ARABIC_LETTER = '[\\u0621-\\u063A\\u0641-\\u064A]';

/**
 * `المغرب،وقال` → `المغرب، وقال`. A full stop counts only between two Arabic
 * words of two letters or more, so abbreviations (د.محمد) and numbers (3.5) pass.
 */
export const missingSpaceAfterPunctuation: BlockRule = {
  id: 'missing-space-after-punctuation',
  severity: 'error',
  languages: ARABIC_ONLY,
  scope: 'block',
  check: ({ block: { text } }) =>
    regexFindings(
      text,
      new RegExp(`(?<=[^\\s])([،؛؟!:]|(?<=${ARABIC_LETTER}{2})\\.)(?=${ARABIC_LETTER})`, 'gu'),
      (match, start, end) => ({ start, end, fix: { replacement: `${match[1]} ` } }),
    ),
};
