import type { ArticleLanguage } from '../../model/language';
import type { Lexicon } from '../lexicon';
import type { Token } from '../tokenize';
import type { CheckBlock, HouseStyleOptions, RawFinding, Severity, TitledMention } from '../types';

export interface BlockContext {
  block: CheckBlock;
  language: ArticleLanguage;
  houseStyle: HouseStyleOptions;
  tokens: Token[];
  /** Absent when no dictionary is loaded: spelling rules then stay silent. */
  lexicon?: Lexicon;
  /** When spelling suggestions stop being computed in this check (`performance.now()` time). */
  suggestDeadline: number;
}

export interface DocumentContext {
  blocks: CheckBlock[];
  language: ArticleLanguage;
  houseStyle: HouseStyleOptions;
  titledMentions: TitledMention[];
  tokensOf(block: CheckBlock): Token[];
}

interface RuleBase {
  /** Stable: settings, dismissals and i18n keys (`rules.<id>.…`) refer to it. */
  id: string;
  severity: Severity;
  /** Article languages the rule applies to. */
  languages: readonly ArticleLanguage[];
}

/** Looks at one block alone, so its findings are cached with the block's text. */
export interface BlockRule extends RuleBase {
  scope: 'block';
  check(context: BlockContext): RawFinding[];
}

/** Compares blocks (dates, titles, headline and lead): cheap, re-run on every check. */
export interface DocumentRule extends RuleBase {
  scope: 'document';
  check(context: DocumentContext): (RawFinding & { blockId: string })[];
}

export type Rule = BlockRule | DocumentRule;

export const ARABIC_ONLY = ['ar'] as const;
export const ALL_LANGUAGES = ['ar', 'fr', 'en'] as const;

/** One finding (or none) per match of a global regex. */
export function regexFindings(
  text: string,
  pattern: RegExp,
  build: (match: RegExpMatchArray, start: number, end: number) => RawFinding | undefined,
): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const match of text.matchAll(pattern)) {
    const finding = build(match, match.index, match.index + match[0].length);
    if (finding) findings.push(finding);
  }
  return findings;
}
