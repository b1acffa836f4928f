import { isBreakingSpace, stripMarks } from '../arabic';
import type { RawFinding } from '../types';
import { ALL_LANGUAGES, type BlockRule } from './rule';

/** Repetitions that are the language, not a slip: رويدا رويدا، لا لا، نعم نعم. */
const DELIBERATE = new Set(['رويدا', 'لا', 'نعم', 'كلا', 'جدا', 'شكرا', 'بعيدا', 'vous', 'nous', 'that', 'had']);

/** The same word twice in a row, separated only by spaces: `في في`. */
export const repeatedWord: BlockRule = {
  id: 'repeated-word',
  severity: 'error',
  languages: ALL_LANGUAGES,
  scope: 'block',
  check: ({ block: { text }, tokens }) => {
    const findings: RawFinding[] = [];
    for (let i = 1; i < tokens.length; i++) {
      const previous = tokens[i - 1]!;
      const token = tokens[i]!;
      if (token.script === 'digits' || token.script === 'mixed') continue;
      const word = stripMarks(token.text);
      const before = stripMarks(previous.text);
      // `The the` is a slip; `abcdefg ABCDEFG` (a font sample) shows both cases on purpose.
      if (word.toLowerCase() !== before.toLowerCase() || (word !== before && word !== word.toLowerCase())) continue;
      if (DELIBERATE.has(word.toLowerCase())) continue;
      const gap = text.slice(previous.end, token.start);
      if (gap.length === 0 || ![...gap].every(isBreakingSpace)) continue;
      findings.push({ start: previous.end, end: token.end, fix: { replacement: '' }, params: { word: token.text } });
    }
    return findings;
  },
};
