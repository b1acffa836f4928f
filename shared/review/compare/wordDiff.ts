import { diffArrays } from 'diff';
import type { WordChange } from './comparison';
import { tokenizeWords, type WordToken } from './tokenizeWords';

const sameWord = (a: WordToken, b: WordToken) => a.text === b.text;

function joined(tokens: readonly WordToken[]): string {
  return tokens.map((token) => token.text + token.space).join('');
}

/**
 * The word-level difference between two texts: jsdiff over word tokens, so
 * an edit is always reported as whole words. Whitespace does not count as a
 * change (a kept word keeps the new text's spacing), except where it is all
 * that differs between two words: "و أشادت" → "وأشادت" is two words replaced by one.
 */
export function wordDiff(before: string, after: string): WordChange[] {
  const changes: WordChange[] = [];
  for (const part of diffArrays(tokenizeWords(before), tokenizeWords(after), { comparator: sameWord })) {
    const op = part.added ? 'insert' : part.removed ? 'delete' : 'equal';
    const text = joined(part.value);
    const last = changes.at(-1);
    if (last?.op === op) last.text += text;
    else if (text) changes.push({ op, text });
  }
  return changes;
}
