import type { ArticleLanguage } from '../model/language';
import type { CheckBlock, HouseStyleOptions, QuoteRange } from './types';

/** Pairs of marks that open and close a quotation, in logical (typing) order. */
export const QUOTE_PAIRS = { curly: ['“', '”'], guillemets: ['«', '»'] } as const;

/**
 * The marks a draft quotes with: the house's choice in Arabic, and each
 * language's own typography in French (« ») and English (“ ”).
 */
export function quotePairFor(language: ArticleLanguage, houseStyle: HouseStyleOptions): readonly [string, string] {
  if (language === 'fr') return QUOTE_PAIRS.guillemets;
  if (language === 'en') return QUOTE_PAIRS.curly;
  return QUOTE_PAIRS[houseStyle.quotationMarks];
}

/**
 * Quoted spans of a block (marks included): its quote nodes' ranges when the
 * document has them, else what its quotation marks enclose. A `quote` block
 * (a pull quote) is the speaker's words from end to end.
 */
export function quoteRangesOf(block: CheckBlock): QuoteRange[] {
  if (block.kind === 'quote') return [{ start: 0, end: block.text.length, kind: 'speech', attributed: true }];
  if (block.quoteRanges) return block.quoteRanges;
  const ranges: QuoteRange[] = [];
  let open: number | undefined;
  for (let i = 0; i < block.text.length; i++) {
    const char = block.text[i];
    if (char === '“' || char === '«' || (char === '"' && open === undefined) || (char === '”' && open === undefined)) {
      open = i;
    } else if (open !== undefined && (char === '”' || char === '»' || char === '"')) {
      ranges.push({ start: open, end: i + 1, kind: 'speech', attributed: false });
      open = undefined;
    }
  }
  return ranges;
}

export function isInside(ranges: readonly QuoteRange[], start: number, end: number): boolean {
  return ranges.some((range) => start >= range.start && end <= range.end);
}
