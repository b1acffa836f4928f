import { describe, expect, it } from 'vitest';
import type { ProofreadingFinding } from '../../../../shared/api/proofreadingService';
import { defaultArticleFields } from '../../../../shared/model/article';
import { formatStepTime, gateFindings, reviewSteps } from './reviewSteps';

const finding = (ruleId: string, text: string, blockId = 'b1', severity: ProofreadingFinding['severity'] = 'error'): ProofreadingFinding => ({
  ruleId,
  severity,
  blockId,
  blockIndex: 1,
  start: 0,
  end: text.length,
  text,
  messageKey: `rules.${ruleId}.message`,
  insideQuote: false,
});

describe('reviewSteps', () => {
  it('offers a journalist only the desk steps, an editor the judging ones, with the checks and the required message', () => {
    expect(reviewSteps('draft', 'journalist')).toEqual([{ action: 'submit', to: 'submitted', messageRequired: false, checked: true }]);
    expect(reviewSteps('in_review', 'journalist')).toEqual([]);
    const editor = reviewSteps('in_review', 'editor');
    expect(editor.map((step) => step.action)).toEqual(['withdraw', 'request_changes', 'approve', 'kill']);
    expect(editor.find((step) => step.action === 'request_changes')).toMatchObject({ messageRequired: true, checked: false });
    expect(editor.find((step) => step.action === 'approve')).toMatchObject({ messageRequired: false, checked: true });
    expect(reviewSteps('approved', 'editor').filter((step) => step.checked).map((step) => step.to)).toEqual(['published']);
  });
});

describe('gateFindings', () => {
  it('keeps errors only, one group per rule and text, and counts a dismissal as acknowledged with its reason', () => {
    const fields = {
      ...defaultArticleFields,
      proofreading: { ignored: [], dismissed: [{ ruleId: 'repeated-word', blockId: 'b2', text: 'في في', reason: 'كما قالها' }] },
    };
    const { groups, dismissed } = gateFindings(
      [finding('latin-punctuation', ','), finding('latin-punctuation', ',', 'b3'), finding('repeated-word', 'في في', 'b2'), finding('spelling', 'كيفاش', 'b1', 'warning')],
      fields,
    );
    expect(groups.map((group) => [group.ruleId, group.text, group.findings.length])).toEqual([['latin-punctuation', ',', 2]]);
    expect(dismissed).toEqual([{ ruleId: 'repeated-word', text: 'في في', reason: 'كما قالها' }]);
  });

  it('still asks when the same slip is dismissed in one paragraph but not in another', () => {
    const fields = { ...defaultArticleFields, proofreading: { ignored: [], dismissed: [{ ruleId: 'repeated-word', blockId: 'b2', text: 'في في', reason: 'س' }] } };
    const { groups, dismissed } = gateFindings([finding('repeated-word', 'في في', 'b2'), finding('repeated-word', 'في في', 'b5')], fields);
    expect(groups.map((group) => group.findings.map((item) => item.blockId))).toEqual([['b5']]);
    expect(dismissed).toEqual([]);
  });
});

describe('formatStepTime', () => {
  it('shows the newsroom time zone, not the machine one', () => {
    // 23:30 UTC on 31 December is already 1 January 00:30 in Casablanca (UTC+1).
    expect(formatStepTime('2025-12-31T23:30:00Z', 'en', 'Africa/Casablanca')).toMatch(/Jan 1, 2026.*12:30/);
    expect(formatStepTime('2025-12-31T23:30:00Z', 'en', 'UTC')).toMatch(/Dec 31, 2025.*11:30/);
  });
});
