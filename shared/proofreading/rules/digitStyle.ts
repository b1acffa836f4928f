import { ARABIC_ONLY, regexFindings, type BlockRule } from './rule';

const WESTERN = '0123456789';
const EASTERN = '٠١٢٣٤٥٦٧٨٩';
const PERSIAN = '۰۱۲۳۴۵۶۷۸۹';

function convert(digits: string, to: string): string {
  return [...digits].map((digit) => to[Math.max(WESTERN.indexOf(digit), EASTERN.indexOf(digit), PERSIAN.indexOf(digit))]).join('');
}

/**
 * Digits in the house's script (Western 2021 or Eastern ٢٠٢١). Digits inside a
 * Latin name or code (UB40, COP22) belong to it and are left alone.
 */
export const digitStyle: BlockRule = {
  id: 'digit-style',
  severity: 'warning',
  languages: ARABIC_ONLY,
  scope: 'block',
  check: ({ block: { text }, houseStyle }) => {
    const [foreign, to] = houseStyle.digits === 'western' ? ['\\u0660-\\u0669\\u06F0-\\u06F9', WESTERN] : ['0-9\\u06F0-\\u06F9', EASTERN];
    return regexFindings(text, new RegExp(`(?<![A-Za-z])[${foreign}]+(?![A-Za-z])`, 'g'), (match, start, end) => {
      if (/[A-Za-z][0-9]*$/.test(text.slice(Math.max(0, start - 8), start))) return undefined;
      return { start, end, fix: { replacement: convert(match[0], to) }, params: { style: houseStyle.digits } };
    });
  },
};
