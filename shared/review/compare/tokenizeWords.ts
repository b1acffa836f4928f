/** A word or a punctuation mark, with the whitespace that follows it (kept for display, ignored when comparing). */
export interface WordToken {
  text: string;
  space: string;
}

/**
 * Letters, combining marks (tashkeel) and digits in one run, with tatweel and
 * word-inner apostrophes and hyphens: an Arabic word with its attached
 * prefixes (و، ف، ب، ل، ال) is one token, so a diff never shreds it into letters.
 */
const WORD = String.raw`[\p{L}\p{N}\p{M}\u0640]+(?:['’\-][\p{L}\p{N}\p{M}\u0640]+)*`;
const WHOLE_WORD = new RegExp(`^${WORD}$`, 'u');
const TOKEN = new RegExp(`(${WORD}|[^\\s\\p{L}\\p{N}\\p{M}\\u0640])(\\s*)`, 'gu');

/** Splits text into words and single punctuation marks; leading whitespace becomes a token of its own. */
export function tokenizeWords(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  const leading = /^\s+/u.exec(text)?.[0];
  if (leading) tokens.push({ text: '', space: leading });
  for (const match of text.matchAll(TOKEN)) tokens.push({ text: match[1]!, space: match[2]! });
  return tokens;
}

/** The words of a text without punctuation, for similarity. */
export function wordsOf(text: string): string[] {
  return tokenizeWords(text)
    .map((token) => token.text)
    .filter((word) => WHOLE_WORD.test(word));
}
