import { readFile } from 'node:fs/promises';
import { documentBlocks } from '../../shared/proofreading/documentBlocks';
import { createProofreader } from '../../shared/proofreading/engine';
import { sourceNames } from '../../shared/proofreading/evaluation/corpus';
import { buildEvaluationSet, evaluationHouseStyle, score } from '../../shared/proofreading/evaluation/evaluate';
import { labelRealText, scoreRealText } from '../../shared/proofreading/evaluation/realText';
import { createHunspell } from '../../shared/proofreading/hunspell';
import type { CheckBlock } from '../../shared/proofreading/types';
import { articleDocument, generateArticle } from '../fixtures/generateArticle';
import type { BenchRow } from '../lib/report';
import { summarize } from '../lib/stats';
import type { Suite } from '../lib/suite';
import { sample, time } from '../lib/timing';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFile(new URL(path, root));

const sizes = {
  full: { words: 10_000, loads: 3, checks: 10, keystrokes: 200 },
  smoke: { words: 1_000, loads: 1, checks: 2, keystrokes: 10 },
};

const single = (value: number) => summarize([value]);

/**
 * The proofreader as the editor's worker runs it: Ayaspell loaded into
 * WebAssembly Hunspell, a full check of a long article (spelling included,
 * each time with a fresh word cache), the re-check after one keystroke, and
 * the labelled evaluation set's recall, precision and false alarms.
 */
export const proofreadingSuite: Suite = {
  name: 'proofreading',
  async run({ smoke, log }) {
    const size = smoke ? sizes.smoke : sizes.full;
    log(`proofreading: loading the Arabic dictionary ${size.loads} time(s)`);
    const loadSamples = await sample(size.loads, async () => {
      const [aff, dic] = await Promise.all([read('resources/dictionaries/ar.aff'), read('resources/dictionaries/ar.dic')]);
      (await createHunspell({ aff, dic })).dispose();
    });
    const { result: spell } = await time(async () =>
      createHunspell({ aff: await read('resources/dictionaries/ar.aff'), dic: await read('resources/dictionaries/ar.dic') }),
    );
    const seed = (await read('resources/dictionaries/newsroom-seed.txt')).toString('utf8').split('\n').filter((line) => line && !line.startsWith('#'));
    const knownWords = new Set([...seed, ...sourceNames]);
    const blocks = documentBlocks(articleDocument(generateArticle({ seed: 7, words: size.words })));
    const input = (checked: CheckBlock[]) => ({ blocks: checked, language: 'ar' as const, houseStyle: evaluationHouseStyle, spell, knownWords });

    log(`proofreading: full check of a ${size.words}-word article ×${size.checks}`);
    const fullSamples = await sample(size.checks, () => createProofreader().check(input(blocks)), 1);

    const proofreader = createProofreader();
    proofreader.check(input(blocks));
    const middle = Math.floor(blocks.length / 2);
    log(`proofreading: ${size.keystrokes} keystrokes in one paragraph`);
    let typed = blocks[middle]!.text;
    const keystrokeSamples = await sample(size.keystrokes, (i) => {
      typed += i % 6 === 5 ? ' ' : 'ب';
      const edited = blocks.map((block, index) => (index === middle ? { ...block, text: typed } : block));
      return proofreader.check(input(edited));
    });

    log('proofreading: evaluation set');
    const fixture = (await read('shared/text/fixtures/kifache-2021-12-21-terror-cells.txt')).toString('utf8');
    const evaluator = createProofreader();
    const report = score(buildEvaluationSet(spell, fixture), (document) =>
      evaluator.check({ ...input(document.blocks), suggestionBudgetMs: 0 }).findings,
    );
    log('proofreading: real prose (Debian’s Arabic translations)');
    const real = labelRealText((await read('shared/proofreading/evaluation/realText/debian-ar-translations.txt')).toString('utf8'));
    const realReport = scoreRealText(real, evaluator.check({ ...input(real.blocks), suggestionBudgetMs: 0 }).findings);
    spell.dispose();

    const row = (metric: string, unit: BenchRow['unit'], value: BenchRow['midad'], targetP95?: number): BenchRow => ({
      suite: 'proofreading',
      metric,
      unit,
      midad: value,
      ...(targetP95 !== undefined && { targetP95 }),
    });
    return [
      row('load Arabic dictionary (Ayaspell, wasm Hunspell)', 'ms', summarize(loadSamples)),
      row(`full check of a ${size.words}-word article, spelling included`, 'ms', summarize(fullSamples), 200),
      row('re-check after one keystroke', 'ms', summarize(keystrokeSamples), 10),
      row(`evaluation: missed slips (1 − recall) of ${report.slips}`, 'ratio', single(1 - report.recall), 0.1),
      row('evaluation: precision', 'ratio', single(report.precision)),
      row(`evaluation: false alarms over ${report.correctWords} correct words`, 'per 1k words', single(report.falseAlarmsPer1000Words), 1.99),
      row(`real prose: error false alarms over ${realReport.words} words (Debian’s Arabic translations)`, 'per 1k words', single(realReport.falseAlarmsPer1000Words), 1.99),
      row(`real prose: all error findings, its ${realReport.slips} real slips included`, 'per 1k words', single(realReport.errorFindingsPer1000Words)),
      ...Object.entries(report.perRule)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([id, entry]) => row(`recall / precision ${id} (${entry.found}/${entry.slips})`, 'ratio', { p50: entry.recall, p95: entry.precision })),
    ];
  },
};
