import { stripMarks } from '../arabic';
import type { RawFinding } from '../types';
import { commonHamzaFix } from './hamza';
import { ALL_LANGUAGES, type BlockRule } from './rule';

/**
 * Words the dictionaries do not know. A warning, not an error: newsrooms write
 * Darija and new names on purpose. Only tokens of the article's own script are
 * checked (a Latin name in an Arabic article is not spelt against Ayaspell).
 */
export const spelling: BlockRule = {
  id: 'spelling',
  severity: 'warning',
  languages: ALL_LANGUAGES,
  scope: 'block',
  check: ({ tokens, lexicon, language, suggestDeadline }) => {
    if (!lexicon) return [];
    const script = language === 'ar' ? 'arabic' : 'latin';
    const findings: RawFinding[] = [];
    for (const token of tokens) {
      if (token.script !== script || stripMarks(token.text).length < 2) continue;
      if (language === 'ar' && commonHamzaFix(token.text) !== undefined) continue;
      if (lexicon.verdict(token.text).kind !== 'unknown') continue;
      const suggestions = lexicon.suggest(token.text, suggestDeadline);
      findings.push({ start: token.start, end: token.end, params: { word: token.text }, suggestions });
    }
    return findings;
  },
};
