import { ARABIC_ONLY, regexFindings, type BlockRule } from './rule';

/**
 * `لفت إلى “أنه منذ…`: أنّ/إنّ belong to the reporting sentence, so the quote
 * opens after them: `إلى أنه “منذ…`.
 */
export const particleInsideQuote: BlockRule = {
  id: 'particle-inside-quote',
  severity: 'warning',
  languages: ARABIC_ONLY,
  scope: 'block',
  check: ({ block: { text } }) =>
    regexFindings(text, /([“«"])([أإ]ن(?:ه|ها|هم|هما|نا)?)(?=[ \u00A0])/g, (match, start, end) => ({
      start,
      end,
      fix: { replacement: `${match[2]} ${match[1]}` },
    })),
};
