import { describe, expect, it } from 'vitest';
import { draftStatuses } from '../model/draft';
import { findTransition, nextStatuses, transitions, type Role } from './workflow';

const journalistSteps = [
  ['draft', 'submitted'],
  ['changes_requested', 'submitted'],
  ['submitted', 'withdrawn'],
  ['changes_requested', 'withdrawn'],
  ['withdrawn', 'draft'],
] as const;

const editorOnlySteps = [
  ['submitted', 'in_review'],
  ['in_review', 'changes_requested'],
  ['in_review', 'approved'],
  ['in_review', 'withdrawn'],
  ['approved', 'in_review'],
  ['approved', 'scheduled'],
  ['scheduled', 'approved'],
  ['approved', 'published'],
  ['scheduled', 'published'],
  ['published', 'corrected'],
  ['corrected', 'corrected'],
  ['submitted', 'killed'],
  ['in_review', 'killed'],
  ['changes_requested', 'killed'],
  ['approved', 'killed'],
  ['scheduled', 'killed'],
  ['published', 'killed'],
  ['corrected', 'killed'],
] as const;

describe('editorial workflow', () => {
  it.each(journalistSteps)('lets journalists and editors go from %s to %s', (from, to) => {
    expect(findTransition(from, to, 'journalist')?.to).toBe(to);
    expect(findTransition(from, to, 'editor')?.to).toBe(to);
  });

  it.each(editorOnlySteps)('lets only editors go from %s to %s', (from, to) => {
    expect(findTransition(from, to, 'editor')?.to).toBe(to);
    expect(findTransition(from, to, 'journalist')).toBeUndefined();
  });

  it('lists exactly these steps, so nothing else slips in', () => {
    expect(transitions).toHaveLength(journalistSteps.length + editorOnlySteps.length);
  });

  it.each([
    ['draft', 'approved', 'editor'],
    ['draft', 'published', 'editor'],
    ['submitted', 'approved', 'editor'],
    ['changes_requested', 'approved', 'editor'],
    ['killed', 'draft', 'editor'],
    ['killed', 'published', 'editor'],
    ['published', 'draft', 'editor'],
    ['draft', 'draft', 'editor'],
    ['draft', 'corrected', 'editor'],
    ['submitted', 'approved', 'journalist'],
    ['in_review', 'approved', 'journalist'],
    ['in_review', 'withdrawn', 'journalist'],
    ['approved', 'published', 'journalist'],
    ['published', 'corrected', 'journalist'],
    ['draft', 'killed', 'journalist'],
  ] as const)('refuses %s → %s for a %s', (from, to, role: Role) => {
    expect(findTransition(from, to, role)).toBeUndefined();
  });

  it('offers each role its next states, and nothing after a kill', () => {
    expect(nextStatuses('in_review', 'journalist')).toEqual([]);
    expect(nextStatuses('in_review', 'editor').sort()).toEqual(['approved', 'changes_requested', 'killed', 'withdrawn']);
    for (const role of ['journalist', 'editor'] as const) expect(nextStatuses('killed', role)).toEqual([]);
  });

  it('only names states the draft model knows', () => {
    for (const { from, to } of transitions) {
      expect(draftStatuses).toContain(from);
      expect(draftStatuses).toContain(to);
    }
  });
});
