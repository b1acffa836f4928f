import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDocument } from '../../../shared/editor/documentText';
import type { Draft, DraftMeta, RevisionSummary } from '../../../shared/model/draft';
import type { Comparison } from '../../../shared/review/compare/comparison';
import type { Services } from '../createServices';
import { DraftLayout } from '../drafts/DraftLayout';
import { startTestServices, type Call } from '../testing/testServices';

let services: Services;
let dataDir: string;
let call: Call;

beforeEach(async () => {
  ({ services, dataDir, call } = await startTestServices('compare', { userName: 'سلمى بنعلي', role: 'journalist' }));
});
afterEach(() => services.stop());

const first = createDocument('ar', 'تفكيك خلية إرهابية', ['و أشادت واشنطن بالجهود.', 'فقرة ثانية.']);
const second = createDocument('ar', 'تفكيك خلية إرهابية بسلا', ['وأشادت واشنطن بالجهود.', 'فقرة ثانية.']);

async function draftWithTwoCheckpoints(): Promise<{ id: string; created: string; saved: string }> {
  const { meta } = await call<Draft>('drafts.create', { document: first, fields: { section: 'أمن' } });
  await call('drafts.open', { id: meta.id });
  const saved = await call<DraftMeta>('drafts.save', {
    id: meta.id,
    baseRevisionId: meta.revisionId,
    document: second,
    fields: { section: 'وطني', authors: ['سلمى بنعلي'] },
    kind: 'checkpoint',
  });
  return { id: meta.id, created: meta.revisionId, saved: saved.revisionId };
}

describe('CompareService', () => {
  it('compares two saved revisions, fields included, and `current` is the newest', async () => {
    const { id, created, saved } = await draftWithTwoCheckpoints();
    const comparison = await call<Comparison>('compare.revisions', { id, from: created, to: 'current' });
    expect(comparison.fieldsKnown).toBe(true);
    expect(comparison.fields).toEqual([
      { field: 'headline', before: 'تفكيك خلية إرهابية', after: 'تفكيك خلية إرهابية بسلا' },
      { field: 'section', before: 'أمن', after: 'وطني' },
    ]);
    expect(comparison.blocks.find((block) => block.newText === 'وأشادت واشنطن بالجهود.')?.words).toEqual([
      { op: 'delete', text: 'و أشادت ' },
      { op: 'insert', text: 'وأشادت ' },
      { op: 'equal', text: 'واشنطن بالجهود.' },
    ]);
    expect(await call<Comparison>('compare.revisions', { id, from: created, to: saved })).toEqual(comparison);
  });

  it('compares the text as submitted with the current text, or says it never was submitted', async () => {
    const { meta } = await call<Draft>('drafts.create', { document: first });
    expect(await call('compare.sinceSubmitted', { id: meta.id })).toEqual({ submitted: null, comparison: null });

    const submitted = await call<DraftMeta>('review.transition', { id: meta.id, to: 'submitted' });
    await call('drafts.open', { id: meta.id });
    await call('drafts.save', { id: meta.id, baseRevisionId: submitted.revisionId, document: second, kind: 'autosave' });
    const result = await call<{ submitted: RevisionSummary; comparison: Comparison }>('compare.sinceSubmitted', { id: meta.id });
    expect(result.submitted).toMatchObject({ id: submitted.revisionId, statusChange: { to: 'submitted' } });
    expect(result.comparison.counts).toEqual({ added: 0, removed: 0, changed: 2, moved: 0 });
  });

  it('after a resubmission, compares from the text the editor sent back, not from the resubmission itself', async () => {
    const { meta } = await call<Draft>('drafts.create', { document: first });
    await call('review.transition', { id: meta.id, to: 'submitted' });
    await call('settings.set', { key: 'role', value: 'editor' });
    await call('review.transition', { id: meta.id, to: 'in_review' });
    const returned = await call<DraftMeta>('review.transition', { id: meta.id, to: 'changes_requested', message: 'صحح الفقرة' });
    await call('drafts.open', { id: meta.id });
    const saved = await call<DraftMeta>('drafts.save', { id: meta.id, baseRevisionId: returned.revisionId, document: second, kind: 'checkpoint' });
    await call('drafts.close', { id: meta.id });
    await call('review.transition', { id: meta.id, to: 'submitted' });
    expect(saved.revisionId).not.toBe(returned.revisionId);

    const result = await call<{ submitted: RevisionSummary; comparison: Comparison }>('compare.sinceSubmitted', { id: meta.id });
    expect(result.submitted).toMatchObject({ id: returned.revisionId, statusChange: { to: 'changes_requested' } });
    expect(result.comparison.counts.changed).toBe(2);
  });

  it('reads a revision file from before revisions kept fields as fields unknown, not emptied', async () => {
    const { id, created } = await draftWithTwoCheckpoints();
    const file = new DraftLayout(dataDir).revisionFile(id, created);
    const { fields: _fields, sources: _sources, ...older } = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    writeFileSync(file, JSON.stringify(older));
    const comparison = await call<Comparison>('compare.revisions', { id, from: created, to: 'current' });
    expect(comparison.fieldsKnown).toBe(false);
    expect(comparison.fields.map((change) => change.field)).toEqual(['headline']);
  });

  it('refuses a revision the draft does not have', async () => {
    const { id } = await draftWithTwoCheckpoints();
    await expect(call('compare.revisions', { id, from: '000000000-zzzzzzzz', to: 'current' })).rejects.toMatchObject({ code: 'not_found' });
  });
});
