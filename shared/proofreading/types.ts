import type { ArticleLanguage } from '../model/language';

export type BlockKind = 'headline' | 'kicker' | 'lead' | 'paragraph' | 'intertitle' | 'quote';
export type Severity = 'error' | 'warning' | 'advice';

/** A span of a block that is quoted speech or a quoted term; from the document's quote nodes. */
export interface QuoteRange {
  start: number;
  end: number;
  kind: 'speech' | 'term';
  /** Whether the quote node names who said it (a source id or a channel). */
  attributed: boolean;
}

export interface CheckBlock {
  /** The block's stable id in the document; findings point back to it. */
  id: string;
  kind: BlockKind;
  text: string;
  /** Quote nodes' spans when the document has them; without them quotes are found by their marks. */
  quoteRanges?: QuoteRange[];
}

/** One place a source is named with a title, from the document's attributions. */
export interface TitledMention {
  sourceId: string;
  title: string;
  blockId: string;
  start: number;
  end: number;
}

export interface HouseStyleOptions {
  monthNames: 'mashriq' | 'maghreb';
  digits: 'western' | 'eastern';
  quotationMarks: 'curly' | 'guillemets';
  /** Longest headline the desk accepts, in characters. */
  headlineMaxLength: number;
}

/** Hunspell, or anything that answers like it: the engine never loads a dictionary itself. */
export interface SpellChecker {
  spell(word: string): boolean;
  suggest(word: string): string[];
}

export interface CheckInput {
  blocks: CheckBlock[];
  language: ArticleLanguage;
  houseStyle: HouseStyleOptions;
  /** Rule ids switched off in settings; every other rule runs. */
  disabledRules?: readonly string[];
  spell?: SpellChecker;
  /** Words that are not misspelt whatever the dictionary says: the newsroom dictionary and the sources' names. */
  knownWords?: ReadonlySet<string>;
  /** Words the journalist chose to ignore in this article. */
  ignored?: ReadonlySet<string>;
  titledMentions?: TitledMention[];
  /**
   * Time spent on spelling suggestions per check (default 0: none). Hunspell takes
   * 10–100 ms per Arabic word, so the typing path leaves them to `Proofreader.suggest`.
   */
  suggestionBudgetMs?: number;
}

export interface Fix {
  replacement: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  blockId: string;
  /** UTF-16 offsets into the block's text. */
  start: number;
  end: number;
  text: string;
  /** i18n key in the `proofreading` namespace, with its parameters. */
  messageKey: string;
  params?: Record<string, string | number>;
  fix?: Fix;
  /** Spelling suggestions, best first (may be empty when the time box ran out). */
  suggestions?: string[];
  /** Inside a direct quote: the speaker's words, never changed by "fix all". */
  insideQuote: boolean;
}

/** What a rule reports; the engine adds the rule's id, severity, block and `insideQuote`. */
export interface RawFinding {
  start: number;
  end: number;
  fix?: Fix;
  params?: Record<string, string | number>;
  /** A rule with several messages names the one that applies (default: `rules.<id>.message`). */
  messageKey?: string;
  suggestions?: string[];
}
