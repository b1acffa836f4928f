import { quotePairFor } from '../quotes';
import type { RawFinding } from '../types';
import { ALL_LANGUAGES, type BlockRule } from './rule';

/**
 * `"…"` where the house typesets its quotation marks: a pair of straight quotes
 * becomes “…” (English, Arabic by default) or «…» (French). A straight quote
 * left unpaired is `quote-marks`' business.
 */
export const straightQuotes: BlockRule = {
  id: 'straight-quotes',
  severity: 'warning',
  languages: ALL_LANGUAGES,
  scope: 'block',
  check: ({ block: { text }, language, houseStyle }) => {
    const [open, close] = quotePairFor(language, houseStyle);
    const findings: RawFinding[] = [];
    // Pairs only: a straight quote with a curly partner is a mixed pair, reported as such.
    for (const match of text.matchAll(/"[^"“”«»]*"/g)) {
      const start = match.index;
      const end = start + match[0].length;
      findings.push({ start, end: start + 1, fix: { replacement: open } }, { start: end - 1, end, fix: { replacement: close } });
    }
    return findings;
  },
};
