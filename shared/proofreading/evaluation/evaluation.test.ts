import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createProofreader } from '../engine';
import { createHunspell, type HunspellChecker } from '../hunspell';
import { buildEvaluationSet, evaluationHouseStyle, score, type EvaluationReport } from './evaluate';
import { sourceNames } from './corpus';
import { labelRealText, scoreRealText, type RealTextReport } from './realText';

const root = new URL('../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root));

let spell: HunspellChecker;
let report: EvaluationReport;
let realText: RealTextReport;

beforeAll(async () => {
  spell = await createHunspell({ aff: read('resources/dictionaries/ar.aff'), dic: read('resources/dictionaries/ar.dic') });
  const seed = read('resources/dictionaries/newsroom-seed.txt').toString('utf8').split('\n').filter((line) => line && !line.startsWith('#'));
  const knownWords = new Set([...seed, ...sourceNames]);
  const set = buildEvaluationSet(spell, read('shared/text/fixtures/kifache-2021-12-21-terror-cells.txt').toString('utf8'));
  const proofreader = createProofreader();
  const findingsOf = (blocks: typeof set.correct[number]['blocks']) =>
    proofreader.check({ blocks, language: 'ar', houseStyle: evaluationHouseStyle, spell, knownWords, suggestionBudgetMs: 0 }).findings;
  report = score(set, (document) => findingsOf(document.blocks));
  const real = labelRealText(read('shared/proofreading/evaluation/realText/debian-ar-translations.txt').toString('utf8'));
  realText = scoreRealText(real, findingsOf(real.blocks));
}, 60_000);

describe('the labelled evaluation set', () => {
  it('is big enough: 200 slips over 10,000 words, 10,000 words of correct text, every kind of slip', () => {
    expect(report.slips).toBeGreaterThanOrEqual(200);
    expect(report.slipWords).toBeGreaterThanOrEqual(10_000);
    expect(report.correctWords).toBeGreaterThanOrEqual(10_000);
    for (const [ruleId, entry] of Object.entries(report.perRule)) if (entry.findings > 0) expect(entry.slips, ruleId).toBeGreaterThan(0);
  });

  it('finds at least 90% of the slips', () => {
    const missed = Object.entries(report.perRule).filter(([, entry]) => entry.recall < 0.9).map(([id, entry]) => `${id} ${entry.found}/${entry.slips}`);
    expect(report.recall, missed.join(', ')).toBeGreaterThanOrEqual(0.9);
  });

  it('raises fewer than 2 false alarms per 1,000 words of correct text', () => {
    expect(report.falseAlarmsPer1000Words, JSON.stringify(report.falseAlarmSamples.slice(0, 20))).toBeLessThan(2);
  });
});

describe('real Arabic prose nobody on the project wrote (Debian’s translations)', () => {
  it('is long enough to measure, and every slip labelled by hand is found', () => {
    expect(realText.words).toBeGreaterThanOrEqual(5_000);
    expect(realText.found).toBe(realText.slips);
  });

  it('raises fewer than 2 false alarms of error severity per 1,000 words', () => {
    expect(realText.falseAlarmsPer1000Words, JSON.stringify(realText.falseAlarmSamples.slice(0, 20))).toBeLessThan(2);
  });
});
