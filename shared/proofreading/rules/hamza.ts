import { stripMarks } from '../arabic';
import type { RawFinding } from '../types';
import { ARABIC_ONLY, type BlockRule } from './rule';

/**
 * Common words typed without their hamza, which Ayaspell may accept bare
 * (اكثر) or which have one right spelling whatever the context.
 */
const COMMON: Record<string, string> = {
  الى: 'إلى', والى: 'وإلى', اذا: 'إذا', واذا: 'وإذا', فاذا: 'فإذا', الا: 'إلا', والا: 'وإلا',
  اي: 'أي', اكثر: 'أكثر', اول: 'أول', امس: 'أمس', احد: 'أحد', اخرى: 'أخرى', ايضا: 'أيضا',
  الان: 'الآن', امام: 'أمام', اثناء: 'أثناء', اطار: 'إطار', لان: 'لأن', اكد: 'أكد',
  اعلن: 'أعلن', اضاف: 'أضاف', اشار: 'أشار', اوضح: 'أوضح',
};
/** أن or إن depends on the sentence: advice without a fix (the reporting-verb rule settles it after قال). */
const AMBIGUOUS = new Set(['ان', 'انه', 'انها', 'انهم', 'وان', 'وانه', 'لانه']);

export function commonHamzaFix(word: string): string | null | undefined {
  const bare = stripMarks(word);
  if (AMBIGUOUS.has(bare)) return null;
  return COMMON[bare];
}

/** Hamza on common words and on words known only with it (الاخيرة → الأخيرة): advice, never an error. */
export const hamza: BlockRule = {
  id: 'hamza',
  severity: 'advice',
  languages: ARABIC_ONLY,
  scope: 'block',
  check: ({ tokens, lexicon }) => {
    const findings: RawFinding[] = [];
    for (const token of tokens) {
      if (token.script !== 'arabic') continue;
      const common = commonHamzaFix(token.text);
      if (common !== undefined) {
        findings.push({ start: token.start, end: token.end, fix: common === null ? undefined : { replacement: common } });
        continue;
      }
      const verdict = lexicon?.verdict(token.text);
      if (verdict?.kind === 'hamza') findings.push({ start: token.start, end: token.end, fix: { replacement: verdict.fix } });
    }
    return findings;
  },
};
