import { ARABIC_ONLY, regexFindings, type BlockRule } from './rule';

/**
 * `word ،` → `word،`. Only ordinary spaces: a no-break space before a mark is
 * deliberate. Dots are left alone (`..` separates a headline's parts, `...` trails off).
 */
export const spaceBeforePunctuation: BlockRule = {
  id: 'space-before-punctuation',
  severity: 'error',
  languages: ARABIC_ONLY,
  scope: 'block',
  check: ({ block: { text } }) =>
    regexFindings(text, /(?<=[\p{L}\p{M}\p{N})\]”»])[ \t]+([،؛؟!:,;?]|\.(?!\.))/gu, (match, start, end) => ({
      start,
      end,
      fix: { replacement: match[1]! },
    })),
};
