import type { RawFinding } from '../types';
import { ARABIC_ONLY, type BlockRule } from './rule';

/**
 * A letter glued to the end of a word (`الإرهابيةن`, the comma key missed):
 * the word is unknown but known without its last letter.
 */
export const strayLetter: BlockRule = {
  id: 'stray-letter',
  severity: 'error',
  languages: ARABIC_ONLY,
  scope: 'block',
  check: ({ tokens, lexicon }) => {
    if (!lexicon) return [];
    const findings: RawFinding[] = [];
    for (const token of tokens) {
      if (token.script !== 'arabic') continue;
      const verdict = lexicon.verdict(token.text);
      if (verdict.kind === 'stray-letter') findings.push({ start: token.start, end: token.end, fix: { replacement: verdict.fix } });
    }
    return findings;
  },
};
