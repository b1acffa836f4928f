import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProofreadingFinding } from '../../../shared/api/proofreadingService';
import type { TransitionRecord } from '../../../shared/api/reviewService';
import { createDocument } from '../../../shared/editor/documentText';
import type { Draft, DraftMeta } from '../../../shared/model/draft';
import type { Services } from '../createServices';
import { startTestServices, type Call } from '../testing/testServices';

let services: Services;
let call: Call;

beforeEach(async () => {
  ({ services, call } = await startTestServices('review-gate', { userName: 'رئيس التحرير', role: 'editor' }));
});
afterEach(() => services.stop());

const walk = async (id: string, ...statuses: string[]) => {
  for (const to of statuses) await call<DraftMeta>('review.transition', { id, to });
};

describe('ReviewService: proofreading errors before publication', () => {
  it('refuses to publish while an error finding is unacknowledged, and records the acknowledgement that lets it through', async () => {
    const document = createDocument('ar', 'الحكومة تعلن خطة جديدة', ['قال الوزير إن الحكومة مستعدة, وأضاف أن الخطة جاهزة.']);
    const { meta } = await call<Draft>('drafts.create', { document });
    const { findings } = await call<{ findings: ProofreadingFinding[] }>('proofreading.checkDraft', { id: meta.id });
    const errors = findings.filter((finding) => finding.severity === 'error');
    expect(errors.map((finding) => finding.ruleId)).toContain('latin-punctuation');

    // Approval is checked by the app, not refused here: only publication is enforced.
    await walk(meta.id, 'submitted', 'in_review', 'approved');
    await expect(call('review.transition', { id: meta.id, to: 'published' })).rejects.toMatchObject({
      code: 'unacknowledged_findings',
      params: { count: errors.length },
    });
    const partial = [{ ruleId: 'some-other-rule', text: errors[0]!.text, reason: 'x' }];
    await expect(call('review.transition', { id: meta.id, to: 'published', acknowledged: partial })).rejects.toMatchObject({
      code: 'unacknowledged_findings',
    });

    const acknowledged = errors.map(({ ruleId, text }) => ({ ruleId, text, reason: 'اقتباس حرفي من البيان' }));
    expect(await call<DraftMeta>('review.transition', { id: meta.id, to: 'published', acknowledged })).toMatchObject({ status: 'published' });
    const history = await call<TransitionRecord[]>('review.history', { id: meta.id });
    expect(history.at(-1)).toMatchObject({ from: 'approved', to: 'published', acknowledged });
    expect(history.slice(0, -1).every((step) => step.acknowledged === undefined)).toBe(true);
  });

  it('publishes a clean text without any acknowledgement', async () => {
    const document = createDocument('ar', 'الحكومة تعلن خطة جديدة', ['قال الوزير إن الحكومة مستعدة.']);
    const { meta } = await call<Draft>('drafts.create', { document });
    await walk(meta.id, 'submitted', 'in_review', 'approved', 'published');
    expect((await call<DraftMeta[]>('drafts.list', { status: 'published' })).map((draft) => draft.id)).toEqual([meta.id]);
  });
});
