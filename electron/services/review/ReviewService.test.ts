import { hostname } from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InboxEntry, TransitionRecord } from '../../../shared/api/reviewService';
import type { Draft, DraftMeta, RevisionSummary } from '../../../shared/model/draft';
import type { Services } from '../createServices';
import { startTestServices, type Call } from '../testing/testServices';

let services: Services;
let call: Call;

beforeEach(async () => {
  ({ services, call } = await startTestServices('review', { userName: 'سلمى بنعلي', role: 'journalist' }));
});
afterEach(() => services.stop());

async function becomes(role: 'journalist' | 'editor', userName: string): Promise<void> {
  await call('settings.set', { key: 'role', value: role });
  await call('settings.set', { key: 'userName', value: userName });
}

const step = (id: string, to: string, message?: string) => call<DraftMeta>('review.transition', { id, to, message });

describe('ReviewService: the round trip on one data folder', () => {
  it('submits, refuses a journalist approval, then review, changes, resubmission and approval, each a status revision', async () => {
    const { meta } = await call<Draft>('drafts.create', { headline: 'تفكيك خلية إرهابية' });
    expect(await step(meta.id, 'submitted', 'جاهز للمراجعة')).toMatchObject({ status: 'submitted' });

    await expect(step(meta.id, 'approved')).rejects.toMatchObject({
      code: 'transition_not_allowed',
      params: { from: 'submitted', to: 'approved', role: 'journalist' },
    });
    await expect(step(meta.id, 'in_review')).rejects.toMatchObject({ code: 'transition_not_allowed' });

    await becomes('editor', 'رئيس التحرير');
    await step(meta.id, 'in_review');
    await step(meta.id, 'changes_requested', 'أضف مصدرا ثانيا');
    await becomes('journalist', 'سلمى بنعلي');
    await step(meta.id, 'submitted', 'أضفت المصدر');
    await becomes('editor', 'رئيس التحرير');
    await step(meta.id, 'in_review');
    expect(await step(meta.id, 'approved')).toMatchObject({ status: 'approved' });

    const history = await call<TransitionRecord[]>('review.history', { id: meta.id });
    expect(history.map(({ from, to, by, message }) => ({ from, to, by, message }))).toEqual([
      { from: 'draft', to: 'submitted', by: 'سلمى بنعلي', message: 'جاهز للمراجعة' },
      { from: 'submitted', to: 'in_review', by: 'رئيس التحرير', message: undefined },
      { from: 'in_review', to: 'changes_requested', by: 'رئيس التحرير', message: 'أضف مصدرا ثانيا' },
      { from: 'changes_requested', to: 'submitted', by: 'سلمى بنعلي', message: 'أضفت المصدر' },
      { from: 'submitted', to: 'in_review', by: 'رئيس التحرير', message: undefined },
      { from: 'in_review', to: 'approved', by: 'رئيس التحرير', message: undefined },
    ]);
    for (const record of history) expect(record.machine).toBe(hostname());
    const times = history.map((record) => Date.parse(record.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));

    const statusRevisions = (await call<RevisionSummary[]>('drafts.revisions', { id: meta.id })).filter(
      (revision) => revision.kind === 'status',
    );
    expect(statusRevisions.map((revision) => revision.id).reverse()).toEqual(history.map((record) => record.revisionId));
    expect(statusRevisions.map((revision) => revision.author).reverse()).toEqual(history.map((record) => record.by));
    const [listed] = await call<DraftMeta[]>('drafts.list', { status: 'approved' });
    expect(listed).toMatchObject({ id: meta.id, revisionId: history.at(-1)?.revisionId });
  });

  it('gives editors the submitted drafts oldest first, and journalists theirs sent back', async () => {
    const first = (await call<Draft>('drafts.create', { headline: 'الأول' })).meta;
    const second = (await call<Draft>('drafts.create', { headline: 'الثاني' })).meta;
    const unsent = (await call<Draft>('drafts.create', { headline: 'لم يرسل' })).meta;
    await step(second.id, 'submitted');
    await new Promise((resolve) => setTimeout(resolve, 5));
    await step(first.id, 'submitted');
    expect(await call<InboxEntry[]>('review.inbox', {})).toEqual([]);

    await becomes('editor', 'رئيس التحرير');
    const inbox = await call<InboxEntry[]>('review.inbox', {});
    expect(inbox.map((entry) => entry.meta.id)).toEqual([second.id, first.id]);
    expect(inbox[0]?.since).toMatchObject({ from: 'draft', to: 'submitted', by: 'سلمى بنعلي', machine: hostname() });
    expect(inbox.map((entry) => entry.meta.id)).not.toContain(unsent.id);

    await step(first.id, 'in_review');
    await step(first.id, 'changes_requested', 'اختصر');
    expect((await call<InboxEntry[]>('review.inbox', {})).map((entry) => entry.meta.id)).toEqual([second.id]);

    await becomes('journalist', 'سلمى بنعلي');
    const back = await call<InboxEntry[]>('review.inbox', {});
    expect(back.map((entry) => [entry.meta.id, entry.since.message])).toEqual([[first.id, 'اختصر']]);
    await becomes('journalist', 'صحفي آخر');
    expect(await call<InboxEntry[]>('review.inbox', {})).toEqual([]);
  });

  it('refuses a transition on a draft that does not exist', async () => {
    await expect(step('d-20260101-000000-abcdefgh', 'submitted')).rejects.toMatchObject({ code: 'not_found' });
  });
});
