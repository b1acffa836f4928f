import { describe, expect, it } from 'vitest';
import { createDocument } from '../../../../shared/editor/documentText';
import { compareRevisions } from '../../../../shared/review/compare/compareRevisions';
import { inlineRows } from './compareRows';

describe('inlineRows', () => {
  it('leaves a "moved to" mark where a moved paragraph stood, and shows it at its new place', () => {
    const before = createDocument('ar', 'العنوان', ['الأولى', 'الثانية', 'الثالثة', 'الرابعة']);
    const after = structuredClone(before);
    const [moved] = after.root.children.splice(4, 1);
    after.root.children.push(moved!);
    const rows = inlineRows(compareRevisions({ document: before }, { document: after }).blocks);
    const labels = rows.map((row) => `${row.kind === 'movedAway' ? '↦' : ''}${row.block.newText ?? row.block.oldText}`);
    expect(labels.slice(3)).toEqual(['الأولى', '↦الثانية', 'الثالثة', 'الرابعة', 'الثانية']);
  });
});
