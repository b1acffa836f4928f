import { ARABIC_ONLY, regexFindings, type BlockRule } from './rule';

/**
 * A number glued to the word after it (`35شخصا` → `35 شخصا`). A word before
 * the digits (ال45) is fine, and so are the year marks م and هـ (2021م، 1443هـ).
 */
export const numberUnitSpace: BlockRule = {
  id: 'number-unit-space',
  severity: 'error',
  languages: ARABIC_ONLY,
  scope: 'block',
  check: ({ block: { text } }) =>
    regexFindings(
      text,
      /(?<![\p{L}\p{M}\u0640\p{N}.,٫])([0-9\u0660-\u0669]+(?:[.,٫][0-9\u0660-\u0669]+)?)(?!(?:م|هـ|ه)(?![\p{L}\p{M}]))(?=[\u0621-\u063A\u0641-\u064A])/gu,
      (match, start, end) => ({ start, end, fix: { replacement: `${match[1]} ` } }),
    ),
};
