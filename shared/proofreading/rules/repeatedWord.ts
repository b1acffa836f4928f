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
      const word = stripMarks(token.text).toLowerCase();
      if (word !== stripMarks(previous.text).toLowerCase() || DELIBERATE.has(word)) continue;
      const gap = text.slice(previous.end, token.start);
      if (gap.length === 0 || ![...gap].every(isBreakingSpace)) continue;
      findings.push({ start: previous.end, end: token.end, fix: { replacement: '' }, params: { word: token.text } });
    }
    return findings;
  },
};
