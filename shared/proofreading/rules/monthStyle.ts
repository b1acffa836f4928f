import { MONTH_INDEX, MONTHS } from '../dates';
import { ARABIC_ONLY, regexFindings, type BlockRule } from './rule';

const OTHER = { maghreb: 'mashriq', mashriq: 'maghreb' } as const;

/**
 * A month named in the other region's style (دجنبر in a Mashriq-style desk).
 * Only where the word is a date (a day before it, a year after it, or شهر):
 * مارس is also the verb "practised".
 */
export const monthStyle: BlockRule = {
  id: 'month-style',
  severity: 'warning',
  languages: ARABIC_ONLY,
  scope: 'block',
  check: ({ block: { text }, houseStyle }) => {
    const house = MONTHS[houseStyle.monthNames] as readonly string[];
    const foreign = MONTHS[OTHER[houseStyle.monthNames]].filter((name) => !house.includes(name));
    const names = foreign.join('|');
    const pattern = new RegExp(
      `(?<=(?:[0-9\\u0660-\\u0669]{1,2}|شهر|الشهر)[ \\u00A0])(${names})(?![\\p{L}\\p{M}])|(?<![\\p{L}\\p{M}])(${names})(?=[ \\u00A0][0-9\\u0660-\\u0669]{4})`,
      'gu',
    );
    return regexFindings(text, pattern, (match, start, end) => {
      const name = match[1] ?? match[2]!;
      return { start, end, fix: { replacement: house[MONTH_INDEX.get(name)!]! }, params: { style: houseStyle.monthNames } };
    });
  },
};
