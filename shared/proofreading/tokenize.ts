import { isArabicLetter, isDigit, isLatinLetter } from './arabic';

export type Script = 'arabic' | 'latin' | 'digits' | 'mixed';

export interface Token {
  text: string;
  start: number;
  end: number;
  script: Script;
}

const WORD = /[\p{L}\p{M}\p{N}\u0640]+/gu;

function scriptOf(word: string): Script {
  let arabic = false;
  let latin = false;
  let digits = false;
  for (const char of word) {
    if (isArabicLetter(char)) arabic = true;
    else if (isLatinLetter(char)) latin = true;
    else if (isDigit(char)) digits = true;
  }
  const kinds = Number(arabic) + Number(latin) + Number(digits);
  if (kinds !== 1) return kinds === 0 ? 'arabic' : 'mixed';
  return arabic ? 'arabic' : latin ? 'latin' : 'digits';
}

/**
 * Words as Hunspell's Arabic dictionary expects them: a run of letters with
 * their clitics attached, as typed (marks and tatweel kept; the dictionary's
 * IGNORE list drops them). Runs mixing scripts (ال45, UB40) are `mixed`.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    tokens.push({ text: match[0], start, end: start + match[0].length, script: scriptOf(match[0]) });
  }
  return tokens;
}
