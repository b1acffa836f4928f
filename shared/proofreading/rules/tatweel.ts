import { ARABIC_ONLY, regexFindings, type BlockRule } from './rule';

/**
 * Tatweel stretching a word (الـــمغرب). After a proclitic before a quotation
 * mark, a Latin word or digits (لـ”…”، بـUB40، الـ45) it is correct and not matched.
 */
export const tatweel: BlockRule = {
  id: 'tatweel',
  severity: 'advice',
  languages: ARABIC_ONLY,
  scope: 'block',
  check: ({ block: { text } }) =>
    regexFindings(text, /(?<=[\u0621-\u063A\u0641-\u064A]\p{Mn}*)\u0640+(?=[\u0621-\u063A\u0641-\u064A])/gu, (_match, start, end) => ({
      start,
      end,
      fix: { replacement: '' },
    })),
};
