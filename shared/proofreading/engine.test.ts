import { describe, expect, it } from 'vitest';
import { createProofreader } from './engine';
import type { CheckBlock, CheckInput, SpellChecker } from './types';

const houseStyle = { monthNames: 'mashriq', digits: 'western', quotationMarks: 'curly', headlineMaxLength: 90 } as const;
const known = new Set(['قال', 'الوزير', 'إن', 'الحكومة', 'ماضية', 'المغرب']);
let spellCalls = 0;
const spell: SpellChecker = {
  spell: (word) => {
    spellCalls++;
    return known.has(word);
  },
  suggest: (word) => (word === 'الحكومه' ? ['الحكومة'] : []),
};

const blocks: CheckBlock[] = [
  { id: 'h', kind: 'headline', text: 'المغرب' },
  { id: 'a', kind: 'paragraph', text: 'قال الوزير إن الحكومة ماضية' },
  { id: 'b', kind: 'paragraph', text: 'قال الوزير إن الحكومه ماضية' },
];
const input = (checked: CheckBlock[], extra: Partial<CheckInput> = {}): CheckInput => ({ blocks: checked, language: 'ar', houseStyle, spell, ...extra });

describe('createProofreader', () => {
  it('re-checks only the block that changed, and asks Hunspell once per new word', () => {
    const proofreader = createProofreader();
    expect(proofreader.check(input(blocks))).toMatchObject({ recheckedBlocks: 3, findings: [{ ruleId: 'spelling', blockId: 'b', text: 'الحكومه' }] });
    spellCalls = 0;
    const edited = [blocks[0]!, { ...blocks[1]!, text: `${blocks[1]!.text} في` }, blocks[2]!];
    const { recheckedBlocks, findings } = proofreader.check(input(edited));
    expect(recheckedBlocks).toBe(1);
    expect(spellCalls).toBeLessThanOrEqual(3);
    expect(findings.map((finding) => finding.blockId)).toEqual(['a', 'b']);
  });

  it('starts afresh when the house style or the known words change', () => {
    const proofreader = createProofreader();
    proofreader.check(input(blocks));
    expect(proofreader.check(input(blocks, { disabledRules: ['spelling'] }))).toMatchObject({ recheckedBlocks: 3, findings: [] });
    expect(proofreader.check(input(blocks, { knownWords: new Set(['الحكومه']) })).findings).toEqual([]);
  });

  it('leaves suggestions off the typing path and gives them on request', () => {
    const proofreader = createProofreader();
    expect(proofreader.check(input(blocks)).findings[0]!.suggestions).toBeUndefined();
    expect(proofreader.suggest('الحكومه')).toEqual(['الحكومة']);
    expect(createProofreader().check(input(blocks, { suggestionBudgetMs: 1_000 })).findings[0]!.suggestions).toEqual(['الحكومة']);
  });

  it('runs without a dictionary, and runs only the article language’s rules', () => {
    const french = createProofreader().check({ blocks: [{ id: 'p', kind: 'paragraph', text: 'Le ministre a dit, hier\u00A0; oui' }], language: 'fr', houseStyle });
    expect(french.findings).toEqual([]);
    expect(createProofreader().check({ ...input(blocks), spell: undefined }).findings).toEqual([]);
  });
});
