import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import ar from '../i18n/ar/proofreading.json';
import { sourceNames } from './evaluation/corpus';
import { buildEvaluationSet } from './evaluation/evaluate';
import { createHunspell, type HunspellChecker } from './hunspell';
import { tokenize } from './tokenize';

const root = new URL('../../', import.meta.url);
const dictionaries = new URL('resources/dictionaries/', root);
const read = (path: string) => readFileSync(new URL(path, dictionaries));
const fixture = readFileSync(new URL('shared/text/fixtures/kifache-2021-12-21-terror-cells.txt', root), 'utf8');

let arabic: HunspellChecker;

beforeAll(async () => {
  arabic = await createHunspell({ aff: read('ar.aff'), dic: read('ar.dic') });
}, 30_000);

/**
 * Distinct Arabic words of the fixture, the evaluation texts (slips included,
 * so both verdicts are exercised) and the rules' Arabic explanations, each
 * also with the clitics و and ب, which Ayaspell's affix rules must handle.
 */
function words(): string[] {
  const set = buildEvaluationSet(arabic, fixture);
  const texts = [...set.withSlips, ...set.correct].flatMap((document) => document.blocks.map((block) => block.text));
  texts.push(JSON.stringify(ar));
  const distinct = new Set<string>(sourceNames);
  for (const text of texts) {
    for (const token of tokenize(text)) {
      if (token.script !== 'arabic') continue;
      distinct.add(token.text);
      if (!/^[وب]/.test(token.text)) distinct.add(`و${token.text}`).add(`ب${token.text}`);
    }
  }
  return [...distinct];
}

describe('Hunspell in WebAssembly', () => {
  it("agrees with Debian's hunspell program on every word", () => {
    const list = words();
    expect(list.length).toBeGreaterThanOrEqual(1_000);
    const output = execFileSync('hunspell', ['-i', 'utf-8', '-d', new URL('ar', dictionaries).pathname, '-l'], { input: list.join('\n'), encoding: 'utf8' });
    const rejectedByDebian = new Set(output.split('\n').filter(Boolean));
    const disagreements = list.filter((word) => arabic.spell(word) === rejectedByDebian.has(word));
    expect(disagreements).toEqual([]);
    // Both verdicts occur, so agreement is not everyone saying yes.
    expect(rejectedByDebian.size).toBeGreaterThan(50);
  });

  it('reads words as typed: harakat and tatweel are in the dictionary’s IGNORE list', () => {
    expect(arabic.spell('سياسةٌ')).toBe(true);
    expect(arabic.spell('الـــمغرب')).toBe(true);
    expect(arabic.spell('الإرهابيةن')).toBe(false);
  });

  it('suggests the right word for a typo, and loads the French and English dictionaries', async () => {
    expect(arabic.suggest('الأسوع')).toContain('الأسبوع');
    const french = await createHunspell({ aff: read('fr.aff'), dic: read('fr.dic') });
    const english = await createHunspell({ aff: read('en.aff'), dic: read('en.dic') });
    expect([french.spell('journaliste'), french.spell('jounraliste'), english.spell('newsroom'), english.spell('nwesroom')]).toEqual([true, false, true, false]);
    french.dispose();
    english.dispose();
  });
});
