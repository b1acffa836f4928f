/**
 * A run of Latin letters and digits, joined by the separators times, dates
 * and codes carry inside them: `UB40`, `2021`, `13:05`, `3.5`, `21/12/2021`, `COVID-19`.
 */
const TOKEN = /[\p{Script=Latin}\p{Nd}]+(?:[:.,/-][\p{Script=Latin}\p{Nd}]+)*/gu;

/**
 * The whole token around a selection that lies inside it but does not cover
 * it, or undefined. Chromium's word breaking stops at `:` (UAX #29 treats it
 * as a letter separator, not a number one), so a double-click on `13:05`
 * selects `13`, `:` or `05`; in Arabic text the writer means the time.
 */
export function latinTokenAround(text: string, start: number, end: number): { start: number; end: number } | undefined {
  for (const match of text.matchAll(TOKEN)) {
    const from = match.index;
    const to = from + match[0].length;
    if (from <= start && end <= to) return to - from > end - start ? { start: from, end: to } : undefined;
  }
  return undefined;
}
