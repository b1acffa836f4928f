import type { ArticleFields } from '../../../../shared/model/article';
import type { Finding } from '../../../../shared/proofreading/types';
import type { ValueStore } from '../../ui/valueStore';

type State = NonNullable<ArticleFields['proofreading']>;

const stateOf = (fields: ArticleFields): State => fields.proofreading ?? { ignored: [], dismissed: [] };

/** A dismissal names the rule, block and text, not offsets: typing elsewhere in the block keeps it. */
export function isDismissed(fields: ArticleFields, finding: Finding): boolean {
  return stateOf(fields).dismissed.some((entry) => entry.ruleId === finding.ruleId && entry.blockId === finding.blockId && entry.text === finding.text);
}

export function dismissFinding(fields: ValueStore<ArticleFields>, finding: Finding, reason: string): void {
  const current = fields.get();
  const state = stateOf(current);
  const entry = { ruleId: finding.ruleId, blockId: finding.blockId, text: finding.text, reason };
  fields.set({ ...current, proofreading: { ...state, dismissed: [...state.dismissed, entry] } });
}

export function ignoreWord(fields: ValueStore<ArticleFields>, word: string): void {
  const current = fields.get();
  const state = stateOf(current);
  if (state.ignored.includes(word)) return;
  fields.set({ ...current, proofreading: { ...state, ignored: [...state.ignored, word] } });
}

export function ignoredWords(fields: ArticleFields): string[] {
  return stateOf(fields).ignored;
}
