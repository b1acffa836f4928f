import { normalizeArabic, type TextRange } from '../../../../shared/text/arabicSearch';

/** Text folded for matching, with where each folded character came from. */
interface FoldedText {
  folded: string;
  /** Original UTF-16 start of the character each folded character came from. */
  starts: number[];
  /** Original UTF-16 end of the same character. */
  ends: number[];
}

/**
 * Folds one character at a time with the library search's rules (alef forms,
 * ة/ه, ى/ي, tashkeel, tatweel, digits, case), so every folded character can be
 * traced back and a match can be highlighted and replaced in the original.
 */
function fold(text: string): FoldedText {
  const starts: number[] = [];
  const ends: number[] = [];
  let folded = '';
  let index = 0;
  for (const char of text) {
    const piece = normalizeArabic(char);
    for (let i = 0; i < piece.length; i++) {
      starts.push(index);
      ends.push(index + char.length);
    }
    folded += piece;
    index += char.length;
  }
  return { folded, starts, ends };
}

/** The query as matched: folded, with runs of spaces made one. */
export function foldQuery(query: string): string {
  return normalizeArabic(query.trim().replace(/\s+/gu, ' '));
}

/**
 * Where `query` occurs in `text`, ignoring the differences Arabic writers do
 * not mean (أ/إ/آ/ا, ة/ه, ى/ي, tashkeel, tatweel, Arabic-Indic digits, case).
 * A match ends after the tashkeel on its last letter, so replacing it leaves no
 * stray marks. Matches do not overlap.
 */
export function findInText(text: string, foldedQuery: string): TextRange[] {
  if (foldedQuery === '') return [];
  const { folded, starts, ends } = fold(text);
  const ranges: TextRange[] = [];
  let from = folded.indexOf(foldedQuery);
  while (from !== -1) {
    const last = from + foldedQuery.length - 1;
    let end = ends[last]!;
    while (end < text.length && normalizeArabic(text.charAt(end)) === '') end++;
    ranges.push({ start: starts[from]!, end });
    from = folded.indexOf(foldedQuery, from + foldedQuery.length);
  }
  return ranges;
}
