import { Lexicon } from './lexicon';
import { isInside, quoteRangesOf } from './quotes';
import { rules } from './rules';
import type { BlockRule, DocumentRule } from './rules/rule';
import { tokenize, type Token } from './tokenize';
import type { CheckBlock, CheckInput, Finding, QuoteRange, RawFinding } from './types';



export interface CheckResult {
  findings: Finding[];
  /** Blocks whose text was checked this time rather than taken from the cache. */
  recheckedBlocks: number;
}

export interface Proofreader {
  check(input: CheckInput): CheckResult;
  /** Hunspell's suggestions for one word (the editor asks on right-click), cached with the last check's dictionary. */
  suggest(word: string): string[];
}

/** A block's findings depend on its id (they carry it), kind, text and quote nodes, and on nothing else. */
function blockKey(block: CheckBlock): string {
  const quotes = block.quoteRanges ? JSON.stringify(block.quoteRanges) : '';
  return `${block.id}\u0000${block.kind}\u0000${quotes}\u0000${block.text}`;
}

/**
 * A proofreader keeps each block's findings keyed by its text, so after a
 * keystroke only the edited block is checked again (plus the cheap
 * document-wide rules). Pure: no I/O, so a Web Worker can host it with the
 * dictionary's bytes handed in.
 */
export function createProofreader(): Proofreader {
  let settingsKey = '';
  let inputs: Pick<CheckInput, 'spell' | 'knownWords' | 'ignored'> = {};
  let lexicon: Lexicon | undefined;
  let cache = new Map<string, Finding[]>();

  function prepare(input: CheckInput): void {
    const key = JSON.stringify([input.language, input.houseStyle, [...(input.disabledRules ?? [])].sort()]);
    if (key === settingsKey && input.spell === inputs.spell && input.knownWords === inputs.knownWords && input.ignored === inputs.ignored) return;
    settingsKey = key;
    inputs = { spell: input.spell, knownWords: input.knownWords, ignored: input.ignored };
    lexicon = input.spell ? new Lexicon({ spell: input.spell, knownWords: input.knownWords, ignored: input.ignored }) : undefined;
    cache = new Map();
  }

  return {
    check(input) {
      prepare(input);
      const disabled = new Set(input.disabledRules ?? []);
      const active = rules.filter((rule) => !disabled.has(rule.id) && rule.languages.includes(input.language));
      const blockRules = active.filter((rule): rule is BlockRule => rule.scope === 'block');
      const documentRules = active.filter((rule): rule is DocumentRule => rule.scope === 'document');
      const suggestDeadline = performance.now() + (input.suggestionBudgetMs ?? 0);

      const tokenCache = new Map<CheckBlock, Token[]>();
      const tokensOf = (block: CheckBlock) => {
        let tokens = tokenCache.get(block);
        if (!tokens) tokenCache.set(block, (tokens = tokenize(block.text)));
        return tokens;
      };

      const quoteCache = new Map<CheckBlock, QuoteRange[]>();
      const quotesOf = (block: CheckBlock) => {
        let ranges = quoteCache.get(block);
        if (!ranges) quoteCache.set(block, (ranges = quoteRangesOf(block)));
        return ranges;
      };

      const next = new Map<string, Finding[]>();
      const findings: Finding[] = [];
      let recheckedBlocks = 0;
      const emit = (rule: BlockRule | DocumentRule, block: CheckBlock, raw: RawFinding, into: Finding[]) => {
        into.push({
          ruleId: rule.id,
          severity: rule.severity,
          blockId: block.id,
          start: raw.start,
          end: raw.end,
          text: block.text.slice(raw.start, raw.end),
          messageKey: raw.messageKey ?? `rules.${rule.id}.message`,
          ...(raw.params && { params: raw.params }),
          ...(raw.fix && { fix: raw.fix }),
          ...(raw.suggestions && { suggestions: raw.suggestions }),
          insideQuote: isInside(quotesOf(block), raw.start, raw.end),
        });
      };

      for (const block of input.blocks) {
        const key = blockKey(block);
        let blockFindings = next.get(key) ?? cache.get(key);
        if (!blockFindings) {
          recheckedBlocks++;
          const context = { block, language: input.language, houseStyle: input.houseStyle, tokens: tokensOf(block), lexicon, suggestDeadline };
          blockFindings = [];
          for (const rule of blockRules) for (const raw of rule.check(context)) emit(rule, block, raw, blockFindings);
          blockFindings.sort((a, b) => a.start - b.start || a.end - b.end);
        }
        next.set(key, blockFindings);
        findings.push(...blockFindings);
      }
      cache = next;

      const documentContext = {
        blocks: input.blocks,
        language: input.language,
        houseStyle: input.houseStyle,
        titledMentions: input.titledMentions ?? [],
        tokensOf,
      };
      const documentFindings: Finding[] = [];
      const blocksById = new Map(input.blocks.map((block) => [block.id, block]));
      for (const rule of documentRules) {
        for (const raw of rule.check(documentContext)) {
          const block = blocksById.get(raw.blockId);
          if (block) emit(rule, block, raw, documentFindings);
        }
      }
      if (documentFindings.length === 0) return { findings, recheckedBlocks };

      const order = new Map(input.blocks.map((block, index) => [block.id, index]));
      const all = [...findings, ...documentFindings];
      all.sort((a, b) => order.get(a.blockId)! - order.get(b.blockId)! || a.start - b.start || a.end - b.end);
      return { findings: all, recheckedBlocks };
    },
    suggest(word) {
      return lexicon?.suggest(word, Number.POSITIVE_INFINITY) ?? [];
    },
  };
}

/** One-off check without a cache (the CLI, tests). */
export function check(input: CheckInput): Finding[] {
  return createProofreader().check(input).findings;
}
