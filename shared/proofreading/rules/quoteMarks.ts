import { quotePairFor } from '../quotes';
import type { RawFinding } from '../types';
import { ALL_LANGUAGES, type BlockRule } from './rule';

const OPENERS = new Set(['“', '«']);
const CLOSERS = new Set(['”', '»']);

/**
 * Quotation marks of the house's kind, each opened and closed: `”ولد الفشوش”`
 * opens with a closing mark (`”…“` is a pair typed back to front: two
 * findings, not an unclosed quote), `«…”` mixes kinds, `“…` never closes. A pair of
 * straight quotes is consistent, only not typeset: `straight-quotes` says so,
 * with a lower severity.
 */
export const quoteMarks: BlockRule = {
  id: 'quote-marks',
  severity: 'error',
  languages: ALL_LANGUAGES,
  scope: 'block',
  check: ({ block: { text }, language, houseStyle }) => {
    const [open, close] = quotePairFor(language, houseStyle);
    const findings: RawFinding[] = [];
    let opened: number | undefined;
    /** A straight opening quote is only wrong once its closing mark turns out not to be straight. */
    let straightOpener: RawFinding | undefined;
    for (let i = 0; i < text.length; i++) {
      const char = text[i]!;
      const straight = char === '"';
      if (!straight && !OPENERS.has(char) && !CLOSERS.has(char)) continue;
      // ”…“: a pair typed back to front, closed by the mirror of its opening mark.
      const mirrorsOpener = opened !== undefined && text[opened] === close && char === open;
      const opening = straight ? opened === undefined : !mirrorsOpener && (OPENERS.has(char) || (opened === undefined && CLOSERS.has(char)));
      const wanted = opening ? open : close;
      if (straightOpener && !(straight && !opening)) findings.push(straightOpener);
      if (opening && opened !== undefined) {
        findings.push({ start: opened, end: opened + 1, messageKey: 'rules.quote-marks.unclosed' });
      }
      const pairedStraight = straight && !opening && straightOpener !== undefined;
      straightOpener = undefined;
      if (char !== wanted && !pairedStraight) {
        const messageKey = (CLOSERS.has(char) && opening) || mirrorsOpener ? 'rules.quote-marks.reversed' : 'rules.quote-marks.mixed';
        const finding = { start: i, end: i + 1, fix: { replacement: wanted }, messageKey };
        if (straight && opening) straightOpener = finding;
        else findings.push(finding);
      }
      opened = opening ? i : undefined;
    }
    if (straightOpener) findings.push(straightOpener);
    if (opened !== undefined) findings.push({ start: opened, end: opened + 1, messageKey: 'rules.quote-marks.unclosed' });
    return findings;
  },
};
