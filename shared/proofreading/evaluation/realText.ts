import { countWords } from '../../editor/documentText';
import type { CheckBlock, Finding } from '../types';
import type { LabelledDocument, LabelledSlip } from './evaluate';
import { realTextSlips } from './realTextSlips';

export interface RealTextReport {
  words: number;
  /** Findings of error severity: what blocks a submission. */
  errorFindings: number;
  /** Error findings on no labelled slip. */
  falseAlarms: number;
  falseAlarmsPer1000Words: number;
  errorFindingsPer1000Words: number;
  /** Labelled slips, and how many of them an error finding of their rule covers. */
  slips: number;
  found: number;
  falseAlarmSamples: Pick<Finding, 'ruleId' | 'text'>[];
}

/**
 * The real text, one paragraph a line, its hand-labelled slips located at every
 * place their context occurs (the translators repeat themselves).
 */
export function labelRealText(text: string): LabelledDocument {
  const blocks: CheckBlock[] = text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => ({ id: `m${index}`, kind: 'paragraph', text: line }));
  const slips: LabelledSlip[] = [];
  for (const { ruleId, context, slip } of realTextSlips) {
    const offset = context.indexOf(slip);
    if (offset < 0) throw new Error(`real-text slip not in its context: ${context}`);
    let located = 0;
    for (const block of blocks) {
      for (let at = block.text.indexOf(context); at >= 0; at = block.text.indexOf(context, at + 1)) {
        located++;
        slips.push({ ruleId, blockId: block.id, start: at + offset, end: at + offset + slip.length });
      }
    }
    if (located === 0) throw new Error(`real-text slip not found: ${context}`);
  }
  return { name: 'debian-ar-translations', blocks, slips };
}

const covers = (finding: Finding, slip: LabelledSlip) =>
  finding.ruleId === slip.ruleId && finding.blockId === slip.blockId && finding.start < slip.end && slip.start < finding.end;

/** False alarms per 1,000 words of real prose: error findings that cover no labelled slip. */
export function scoreRealText(document: LabelledDocument, findings: Finding[]): RealTextReport {
  const errors = findings.filter((finding) => finding.severity === 'error');
  const falseAlarms = errors.filter((finding) => !document.slips.some((slip) => covers(finding, slip)));
  const words = document.blocks.reduce((sum, block) => sum + countWords(block.text), 0);
  return {
    words,
    errorFindings: errors.length,
    falseAlarms: falseAlarms.length,
    falseAlarmsPer1000Words: (falseAlarms.length / words) * 1000,
    errorFindingsPer1000Words: (errors.length / words) * 1000,
    slips: document.slips.length,
    found: document.slips.filter((slip) => errors.some((finding) => covers(finding, slip))).length,
    falseAlarmSamples: falseAlarms.map(({ ruleId, text }) => ({ ruleId, text })),
  };
}
