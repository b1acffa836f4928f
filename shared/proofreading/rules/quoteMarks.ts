import { QUOTE_PAIRS } from '../quotes';
import type { RawFinding } from '../types';
import { ALL_LANGUAGES, type BlockRule } from './rule';

const OPENERS = new Set(['“', '«']);
const CLOSERS = new Set(['”', '»']);

/**
 * Quotation marks of the house's kind, each opened and closed: `”ولد الفشوش”`
 * opens with a closing mark, `«…”` mixes kinds, `“…` never closes.
 */
export const quoteMarks: BlockRule = {
  id: 'quote-marks',
  severity: 'error',
  languages: ALL_LANGUAGES,
  scope: 'block',
  check: ({ block: { text }, houseStyle }) => {
    const [open, close] = QUOTE_PAIRS[houseStyle.quotationMarks];
    const findings: RawFinding[] = [];
    let opened: number | undefined;
    for (let i = 0; i < text.length; i++) {
      const char = text[i]!;
      const straight = char === '"';
      if (!straight && !OPENERS.has(char) && !CLOSERS.has(char)) continue;
      const opening = straight ? opened === undefined : OPENERS.has(char) || (opened === undefined && CLOSERS.has(char));
      const wanted = opening ? open : close;
      if (opening && opened !== undefined) {
        findings.push({ start: opened, end: opened + 1, messageKey: 'rules.quote-marks.unclosed' });
      }
      if (char !== wanted) {
        const messageKey = CLOSERS.has(char) && opening ? 'rules.quote-marks.reversed' : 'rules.quote-marks.mixed';
        findings.push({ start: i, end: i + 1, fix: { replacement: wanted }, messageKey });
      }
      opened = opening ? i : undefined;
    }
    if (opened !== undefined) findings.push({ start: opened, end: opened + 1, messageKey: 'rules.quote-marks.unclosed' });
    return findings;
  },
};
