import { ARABIC_ONLY, regexFindings, type BlockRule } from './rule';

/** The conjunction و is written joined to the next word: `و أشادت` → `وأشادت`. */
export const detachedConjunction: BlockRule = {
  id: 'detached-conjunction',
  severity: 'error',
  languages: ARABIC_ONLY,
  scope: 'block',
  check: ({ block: { text } }) =>
    regexFindings(
      text,
      /(?<![\p{L}\p{M}\p{N}\u0640])و[ \t]+([\u0621-\u063A\u0641-\u064A][\p{L}\p{M}\u0640]*)/gu,
      (match, start, end) => ({ start, end, fix: { replacement: `و${match[1]}` } }),
    ),
};
