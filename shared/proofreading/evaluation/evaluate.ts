import { countWords } from '../../editor/documentText';
import { plainTextBlocks } from '../plainText';
import type { CheckBlock, Finding, HouseStyleOptions, SpellChecker } from '../types';
import { fixtureSlips } from './fixtureSlips';
import { mulberry32 } from '../../util/random';
import { generateArticles } from './generate';
import { slipMakers } from './slips';

export interface LabelledSlip {
  ruleId: string;
  blockId: string;
  start: number;
  end: number;
}

export interface LabelledDocument {
  name: string;
  blocks: CheckBlock[];
  slips: LabelledSlip[];
}

export interface EvaluationSet {
  /** Articles with slips put in (and the real article with its own). */
  withSlips: LabelledDocument[];
  /** Correct articles: every finding on them is a false alarm. */
  correct: LabelledDocument[];
}

export const evaluationHouseStyle: HouseStyleOptions = { monthNames: 'mashriq', digits: 'western', quotationMarks: 'curly', headlineMaxLength: 90 };
const WORDS = 10_000;

/** The real article, its slips located by their context. */
export function labelFixture(text: string): LabelledDocument {
  const blocks = plainTextBlocks(text);
  const slips = fixtureSlips.map(({ ruleId, context, slip }) => {
    const block = blocks.find((candidate) => candidate.text.includes(context));
    if (!block) throw new Error(`fixture slip not found: ${context}`);
    const start = block.text.indexOf(context) + context.indexOf(slip);
    return { ruleId, blockId: block.id, start, end: start + slip.length };
  });
  return { name: 'kifache-2021-12-21', blocks, slips };
}

/**
 * Correct articles, and others with one slip per paragraph, the kinds taken in
 * turn so every rule gets its share. Deterministic for a given dictionary.
 */
export function buildEvaluationSet(spell: SpellChecker, fixtureText: string): EvaluationSet {
  const correct = generateArticles(1, WORDS, evaluationHouseStyle).map((article, index) => ({
    name: `correct-${index}-${article.genre}`,
    blocks: article.blocks,
    slips: [],
  }));
  const random = mulberry32(2);
  const kinds = Object.keys(slipMakers);
  let turn = 0;
  const withSlips = generateArticles(3, WORDS, evaluationHouseStyle).map((article, index) => {
    const slips: LabelledSlip[] = [];
    const blocks = article.blocks.map((block) => {
      if (block.kind === 'headline') return block;
      for (let attempt = 0; attempt < kinds.length; attempt++) {
        const ruleId = kinds[turn++ % kinds.length]!;
        const inserted = slipMakers[ruleId]!(block.text, random, spell);
        if (!inserted) continue;
        slips.push({ ruleId, blockId: block.id, start: inserted.start, end: inserted.end });
        return { ...block, text: inserted.text };
      }
      return block;
    });
    return { name: `slips-${index}-${article.genre}`, blocks, slips };
  });
  return { withSlips: [labelFixture(fixtureText), ...withSlips], correct };
}

export interface RuleScore {
  slips: number;
  found: number;
  findings: number;
  truePositives: number;
  recall: number;
  precision: number;
}

export interface EvaluationReport {
  slips: number;
  slipWords: number;
  correctWords: number;
  recall: number;
  precision: number;
  falseAlarms: number;
  falseAlarmsPer1000Words: number;
  perRule: Record<string, RuleScore>;
  /** What the correct text was flagged for, to read when the rate goes up. */
  falseAlarmSamples: Pick<Finding, 'ruleId' | 'text'>[];
}

function overlaps(finding: Finding, slip: LabelledSlip): boolean {
  return finding.blockId === slip.blockId && finding.start < Math.max(slip.end, slip.start + 1) && slip.start < Math.max(finding.end, finding.start + 1);
}

function wordsOf(documents: LabelledDocument[]): number {
  return documents.reduce((sum, document) => sum + document.blocks.reduce((words, block) => words + countWords(block.text), 0), 0);
}

/** Recall and precision per rule, and false alarms per 1,000 words of correct text. */
export function score(set: EvaluationSet, findingsOf: (document: LabelledDocument) => Finding[]): EvaluationReport {
  const perRule: Record<string, RuleScore> = {};
  const rule = (id: string) => (perRule[id] ??= { slips: 0, found: 0, findings: 0, truePositives: 0, recall: 1, precision: 1 });
  let found = 0;
  let slips = 0;
  for (const document of set.withSlips) {
    const findings = findingsOf(document);
    for (const slip of document.slips) {
      slips++;
      rule(slip.ruleId).slips++;
      if (findings.some((finding) => finding.ruleId === slip.ruleId && overlaps(finding, slip))) {
        found++;
        rule(slip.ruleId).found++;
      }
    }
    for (const finding of findings) {
      rule(finding.ruleId).findings++;
      if (document.slips.some((slip) => slip.ruleId === finding.ruleId && overlaps(finding, slip))) rule(finding.ruleId).truePositives++;
    }
  }
  const falseAlarmSamples: EvaluationReport['falseAlarmSamples'] = [];
  for (const document of set.correct) {
    for (const finding of findingsOf(document)) {
      rule(finding.ruleId).findings++;
      falseAlarmSamples.push({ ruleId: finding.ruleId, text: finding.text });
    }
  }
  let findings = 0;
  let truePositives = 0;
  for (const entry of Object.values(perRule)) {
    entry.recall = entry.slips ? entry.found / entry.slips : 1;
    entry.precision = entry.findings ? entry.truePositives / entry.findings : 1;
    findings += entry.findings;
    truePositives += entry.truePositives;
  }
  const correctWords = wordsOf(set.correct);
  return {
    slips,
    slipWords: wordsOf(set.withSlips),
    correctWords,
    recall: slips ? found / slips : 1,
    precision: findings ? truePositives / findings : 1,
    falseAlarms: falseAlarmSamples.length,
    falseAlarmsPer1000Words: (falseAlarmSamples.length / correctWords) * 1000,
    perRule,
    falseAlarmSamples,
  };
}
