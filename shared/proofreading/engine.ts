import { Lexicon } from './lexicon';
import { isInside, quoteRangesOf } from './quotes';
import { rules } from './rules';
import type { BlockRule, DocumentRule } from './rules/rule';
import { tokenize, type Token } from './tokenize';
import type { CheckBlock, CheckInput, Finding, RawFinding } from './types';

const DEFAULT_SUGGESTION_BUDGET_MS = 20;

type RuleFindings = { rule: BlockRule; findings: RawFinding[] }[];

export interface CheckResult {
  findings: Finding[];
  /** Blocks whose text was checked this time rather than taken from the cache. */
  recheckedBlocks: number;
}

export interface Proofreader {
  check(input: CheckInput): CheckResult;
}

function blockKey(block: CheckBlock): string {
  return `${block.kind}\u0000${block.text}`;
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
  let cache = new Map<string, RuleFindings>();

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
      const suggestDeadline = performance.now() + (input.suggestionBudgetMs ?? DEFAULT_SUGGESTION_BUDGET_MS);

      const tokenCache = new Map<CheckBlock, Token[]>();
      const tokensOf = (block: CheckBlock) => {
        let tokens = tokenCache.get(block);
        if (!tokens) tokenCache.set(block, (tokens = tokenize(block.text)));
        return tokens;
      };

      const next = new Map<string, RuleFindings>();
      const findings: Finding[] = [];
      let recheckedBlocks = 0;
      const blocksById = new Map(input.blocks.map((block) => [block.id, block]));
      const quoteRanges = new Map(input.blocks.map((block) => [block.id, quoteRangesOf(block)]));
      const emit = (rule: BlockRule | DocumentRule, block: CheckBlock, raw: RawFinding) => {
        findings.push({
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
          insideQuote: isInside(quoteRanges.get(block.id)!, raw.start, raw.end),
        });
      };

      for (const block of input.blocks) {
        const key = blockKey(block);
        let perRule = next.get(key) ?? cache.get(key);
        if (!perRule) {
          recheckedBlocks++;
          const context = { block, language: input.language, houseStyle: input.houseStyle, tokens: tokensOf(block), lexicon, suggestDeadline };
          perRule = blockRules.map((rule) => ({ rule, findings: rule.check(context) }));
        }
        next.set(key, perRule);
        for (const { rule, findings: raws } of perRule) for (const raw of raws) emit(rule, block, raw);
      }
      cache = next;

      const documentContext = {
        blocks: input.blocks,
        language: input.language,
        houseStyle: input.houseStyle,
        titledMentions: input.titledMentions ?? [],
        tokensOf,
      };
      for (const rule of documentRules) {
        for (const raw of rule.check(documentContext)) {
          const block = blocksById.get(raw.blockId);
          if (block) emit(rule, block, raw);
        }
      }

      const order = new Map(input.blocks.map((block, index) => [block.id, index]));
      findings.sort((a, b) => order.get(a.blockId)! - order.get(b.blockId)! || a.start - b.start || a.end - b.end);
      return { findings, recheckedBlocks };
    },
  };
}

/** One-off check without a cache (the CLI, tests). */
export function check(input: CheckInput): Finding[] {
  return createProofreader().check(input).findings;
}
