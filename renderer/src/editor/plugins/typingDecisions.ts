/**
 * What the typing helpers do with one typed character, decided from the few
 * characters before the caret. Pure, so every case is a unit test.
 */

export type QuotationStyle = 'curly' | 'guillemets';

export const ARABIC_PUNCTUATION: Readonly<Record<string, string>> = { ',': '\u060C', ';': '\u061B', '?': '\u061F' };

const QUOTES: Record<QuotationStyle, { open: string; close: string }> = {
  curly: { open: '\u201C', close: '\u201D' },
  guillemets: { open: '\u00AB', close: '\u00BB' },
};

/** A Latin letter or a digit: a comma right after one may be a decimal comma or part of a code. */
const LATIN_OR_DIGIT = /[A-Za-z0-9\u0660-\u0669\u06F0-\u06F9]$/;
/** The word being typed is a URL, an address or a path, where punctuation is literal. */
const URL_LIKE = /(?:[a-z][a-z0-9+.-]*:\/\/|www\.|@|\/)\S*$/i;
/** After these an opening quotation mark starts; anything else means the mark closes a quote. */
const OPENS_AFTER = /(?:^|[\s([{\u2014\u2013\u00AB\u201C/-])$/u;

export interface Replacement {
  /** Characters to remove before the caret before inserting (a provisional Latin mark turned Arabic). */
  deleteBefore: number;
  text: string;
}

/**
 * `,` `;` `?` in an Arabic block become ، ؛ ؟. Right after a Latin letter or a
 * digit the Latin mark is kept for now, since `1,5` and `UB40,` cannot be told
 * apart yet; `settlePunctuation` turns it Arabic once the next character shows
 * the word ended. Inside a URL nothing changes.
 */
export function arabicPunctuation(typed: string, before: string): Replacement | null {
  const arabic = ARABIC_PUNCTUATION[typed];
  if (!arabic) return null;
  if (URL_LIKE.test(before) || LATIN_OR_DIGIT.test(before)) return null;
  return { deleteBefore: 0, text: arabic };
}

/**
 * The character typed after a provisional Latin mark: a space, a line end or
 * more punctuation means the mark ended a word (`2021, ` → `2021، `), while a
 * letter or digit means it was part of it (`1,5`).
 */
export function settlePunctuation(typed: string, before: string): Replacement | null {
  const mark = before.at(-1);
  if (mark === undefined || !ARABIC_PUNCTUATION[mark] || /[\p{L}\p{N}]/u.test(typed)) return null;
  const word = before.slice(0, -1);
  if (!LATIN_OR_DIGIT.test(word) || URL_LIKE.test(word)) return null;
  return { deleteBefore: 1, text: ARABIC_PUNCTUATION[mark] + typed };
}

/** A typed `"` becomes the house's opening or closing mark, chosen by what precedes the caret. */
export function typographicQuote(before: string, style: QuotationStyle): string {
  const marks = QUOTES[style];
  return OPENS_AFTER.test(before) ? marks.open : marks.close;
}
