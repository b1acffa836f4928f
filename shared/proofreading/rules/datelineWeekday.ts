import { MONTH_INDEX, parseDigits, WEEKDAY_INDEX } from '../dates';
import { ARABIC_ONLY, type DocumentRule } from './rule';

const DIGITS = '[0-9\\u0660-\\u0669]';
const MONTH_NAMES = [...MONTH_INDEX.keys()].join('|');
const WEEKDAYS = [...WEEKDAY_INDEX.keys()].join('|');
/** `الثلاثاء 21 ديسمبر 2021`, `الاثنين (20 دجنبر)`, `يوم الخميس، 3 مارس`. */
const DATED_WEEKDAY = new RegExp(
  `(?<![\\p{L}\\p{M}])(${WEEKDAYS})[ \\u00A0]*[،,]?[ \\u00A0]*\\(?(${DIGITS}{1,2})[ \\u00A0]+(${MONTH_NAMES})(?:[ \\u00A0]+(${DIGITS}{4}))?`,
  'gu',
);
const YEAR = new RegExp(`(?:${MONTH_NAMES})[ \\u00A0]+(${DIGITS}{4})`, 'u');

/**
 * The weekday beside a date must be that date's weekday. A date without its
 * year takes the year of the article's first full date (its dateline).
 */
export const datelineWeekday: DocumentRule = {
  id: 'dateline-weekday',
  severity: 'error',
  languages: ARABIC_ONLY,
  scope: 'document',
  check: ({ blocks }) => {
    const articleYear = blocks.map((block) => YEAR.exec(block.text)?.[1]).find((year) => year !== undefined);
    return blocks.flatMap((block) =>
      [...block.text.matchAll(DATED_WEEKDAY)].flatMap((match) => {
        const yearText = match[4] ?? articleYear;
        if (yearText === undefined) return [];
        const day = parseDigits(match[2]!);
        const month = MONTH_INDEX.get(match[3]!)!;
        const date = new Date(Date.UTC(parseDigits(yearText), month, day));
        if (date.getUTCMonth() !== month) return [];
        const expected = date.getUTCDay();
        if (WEEKDAY_INDEX.get(match[1]!) === expected) return [];
        const name = [...WEEKDAY_INDEX].find(([, index]) => index === expected)![0];
        const start = match.index;
        return [{ blockId: block.id, start, end: start + match[1]!.length, fix: { replacement: name }, params: { weekday: name } }];
      }),
    );
  },
};
