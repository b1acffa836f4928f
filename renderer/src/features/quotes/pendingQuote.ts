import { findQuoteMarks } from '../../../../shared/text/quoteMarks';

/** Characters a writer may type to close a quote, whatever the keyboard or house style. */
const CLOSING_KEYS = new Set(['"', '\u201D', '\u00BB']);
/** After these a `"` opens a quote (start of text, a space, an opening bracket or dash). */
const OPENS_AFTER = /(?:^|[\s([{\u2014\u2013\u00AB\u201C/-])$/u;

/**
 * A quote is typed as text until it closes: the opening mark goes in as the
 * writer types it, and the closing mark turns “…” into a quote node whose marks
 * are then drawn by the house style (so they stay balanced). Given the text
 * before the caret in its text node and the key typed, this answers where the
 * open mark is, or nothing when the key does not close a quote opened in that text.
 */
export function closingQuoteStart(before: string, typed: string): number | undefined {
  if (!CLOSING_KEYS.has(typed)) return undefined;
  if (typed === '"' && OPENS_AFTER.test(before)) return undefined;
  const close = typed === '\u00BB' ? '\u00BB' : '\u201D';
  const marks = findQuoteMarks(before + close);
  const last = marks.pairs.at(-1);
  if (!last || last.end !== before.length + 1 || last.text.trim() === '') return undefined;
  return last.start;
}
