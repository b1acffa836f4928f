/**
 * Pairs quotation marks in running text. Pure and browser-safe: the importer,
 * the editor (balanced-marks check) and the proofreader share it.
 *
 * Newsroom text mixes conventions: “…” and «…» by the book, but also ”…” (both
 * marks closing-shaped, as in the fixture's `لـ”ولد الفشوش”`), "…" from plain
 * keyboards and „…“ from German-style input. So the curly and straight double
 * marks form one family whose direction is decided by position (the first opens,
 * the next closes), while guillemets pair strictly and may nest with them.
 * A quote never runs past a line break: an unclosed mark there is unbalanced.
 */

export interface QuotePair {
  /** Offset of the opening mark. */
  start: number;
  /** Offset just after the closing mark. */
  end: number;
  open: string;
  close: string;
  /** The quoted text, without its marks. */
  text: string;
}

export interface UnbalancedMark {
  offset: number;
  mark: string;
}

export interface QuoteMarks {
  pairs: QuotePair[];
  unbalanced: UnbalancedMark[];
}

const DOUBLE_MARKS = new Set(['“', '”', '"', '„', '‟', '〝', '〞', '＂']);
const GUILLEMET_OPEN = '«';
const GUILLEMET_CLOSE = '»';
/** The characters the pairing reacts to (`matchAll` copies it, so its `lastIndex` is never shared). */
const SIGNIFICANT = new RegExp(`[\\n${GUILLEMET_OPEN}${GUILLEMET_CLOSE}${[...DOUBLE_MARKS].join('')}]`, 'g');

interface Opened {
  offset: number;
  mark: string;
  family: 'double' | 'guillemet';
}

export function findQuoteMarks(text: string): QuoteMarks {
  const pairs: QuotePair[] = [];
  const unbalanced: UnbalancedMark[] = [];
  let stack: Opened[] = [];

  const closeOn = (offset: number, mark: string, family: Opened['family']): void => {
    const index = stack.findLastIndex((opened) => opened.family === family);
    if (index === -1) {
      unbalanced.push({ offset, mark });
      return;
    }
    // Marks opened inside the one now closing never closed themselves.
    for (const inner of stack.slice(index + 1)) unbalanced.push({ offset: inner.offset, mark: inner.mark });
    const opened = stack[index]!;
    stack = stack.slice(0, index);
    pairs.push({
      start: opened.offset,
      end: offset + 1,
      open: opened.mark,
      close: mark,
      text: text.slice(opened.offset + 1, offset),
    });
  };

  // Only line breaks and marks matter: jumping from one to the next keeps the scan of a long article
  // (the editor re-checks it after each pause in typing) from touching every letter.
  for (const found of text.matchAll(SIGNIFICANT)) {
    const offset = found.index;
    const char = found[0];
    if (char === '\n') {
      for (const opened of stack) unbalanced.push({ offset: opened.offset, mark: opened.mark });
      stack = [];
    } else if (char === GUILLEMET_OPEN) {
      stack.push({ offset, mark: char, family: 'guillemet' });
    } else if (char === GUILLEMET_CLOSE) {
      closeOn(offset, char, 'guillemet');
    } else if (DOUBLE_MARKS.has(char)) {
      const innermost = stack.at(-1);
      if (innermost?.family === 'double' || (stack.some((opened) => opened.family === 'double') && !opensHere(text, offset))) {
        closeOn(offset, char, 'double');
      } else {
        stack.push({ offset, mark: char, family: 'double' });
      }
    }
  }
  for (const opened of stack) unbalanced.push({ offset: opened.offset, mark: opened.mark });
  pairs.sort((a, b) => a.start - b.start);
  unbalanced.sort((a, b) => a.offset - b.offset);
  return { pairs, unbalanced };
}

/** A mark glued to the next word and not to the previous one reads as an opener. */
function opensHere(text: string, offset: number): boolean {
  const before = text[offset - 1];
  const after = text[offset + 1];
  return (before === undefined || /[\s(«]/u.test(before)) && after !== undefined && !/\s/u.test(after);
}
