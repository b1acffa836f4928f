import { stripMarks } from '../arabic';
import type { RawFinding } from '../types';
import { ARABIC_ONLY, type BlockRule } from './rule';

/** Forms of قال: what follows is quoted speech, opened by إنّ. */
const SAY = new Set(['قال', 'قالت', 'قالوا', 'يقول', 'تقول', 'يقولون', 'أقول', 'نقول', 'قائلا', 'قائلة', 'قائلين']);
/** Verbs of stating that take أنّ (أكد أن، أوضح أن، أضاف أن). */
const STATE = new Set([
  'أكد', 'أكدت', 'أوضح', 'أوضحت', 'أبرز', 'أبرزت', 'اعتبر', 'اعتبرت', 'أضاف', 'أضافت', 'ذكر', 'ذكرت', 'أفاد', 'أفادت',
  'أعلن', 'أعلنت', 'كشف', 'كشفت', 'يؤكد', 'تؤكد', 'يوضح', 'توضح', 'يرى', 'ترى', 'مؤكدا', 'مؤكدة', 'موضحا', 'موضحة',
  'معتبرا', 'معتبرة', 'مضيفا', 'مضيفة',
]);
const ANNA = /^(?:أن|ان)(ه|ها|هم|هما|ني|نا|ك)?$/;
const INNA = /^إن(ه|ها|هم|هما|ني|نا|ك)?$/;
/** Words after which أن belongs to them, not to the verb: قال قبل أن، أكد على أن. */
const GOVERNORS = new Set(['قبل', 'بعد', 'دون', 'بدل', 'حتى', 'على', 'إلى', 'الى', 'يجب', 'ينبغي', 'يمكن', 'بد', 'مجرد', 'لا', 'من', 'عن', 'رغم']);
/** حيث is followed by إنّ too, but only right after it: حيث إن الحكومة. */
const WHERE = 'حيث';
const SENTENCE_END = /[.؟?!؛:]/;
const WINDOW = 5;

function verb(word: string): 'say' | 'state' | undefined {
  for (const form of [word, word.replace(/^[وف]/, '')]) {
    if (SAY.has(form) || form === WHERE) return 'say';
    if (STATE.has(form)) return 'state';
  }
  return undefined;
}

/**
 * After قال the particle is إنّ (قال إن الحكومة…); after أكد، أوضح، أضاف … it is
 * أنّ. The particle may come a few words later, after the speaker's name;
 * after حيث it must come next.
 */
export const reportingVerbParticle: BlockRule = {
  id: 'reporting-verb-particle',
  severity: 'error',
  languages: ARABIC_ONLY,
  scope: 'block',
  check: ({ block: { text }, tokens }) => {
    const findings: RawFinding[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const kind = verb(stripMarks(tokens[i]!.text));
      if (!kind) continue;
      const window = tokens[i]!.text.endsWith(WHERE) ? 1 : WINDOW;
      for (let j = i + 1; j <= i + window && j < tokens.length; j++) {
        const token = tokens[j]!;
        if (SENTENCE_END.test(text.slice(tokens[j - 1]!.end, token.start))) break;
        const word = stripMarks(token.text);
        if (GOVERNORS.has(word) || verb(word)) break;
        const anna = ANNA.exec(word);
        const inna = INNA.exec(word);
        if (kind === 'say' && anna) {
          findings.push({ start: token.start, end: token.end, fix: { replacement: `إن${anna[1] ?? ''}` }, messageKey: 'rules.reporting-verb-particle.afterSay' });
        } else if (kind === 'state' && inna) {
          findings.push({ start: token.start, end: token.end, fix: { replacement: `أن${inna[1] ?? ''}` }, messageKey: 'rules.reporting-verb-particle.afterState' });
        }
        if (anna || inna) break;
      }
    }
    return findings;
  },
};
