import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { defaultArticleFields } from '../../../shared/model/article';
import { defaultSettings } from '../../../shared/model/settings';
import { documentAsRejected } from '../../../shared/review/suggestions/documentAsRejected';
import { suggestedDocument } from '../../../shared/review/suggestions/testing/suggestedDocument';
import { articleSnapshot } from './articleSnapshot';
import { prePublishChecklist } from './checklist';
import { exportArticle } from './exports/exportArticle';
import { exportDraft } from './exports/testing/exportDraft';
import type { ExportFormat } from '../../../shared/api/publishingService';

const draft = { ...exportDraft(), document: suggestedDocument() };

async function exported(format: ExportFormat): Promise<string> {
  const file = await exportArticle({
    draft,
    format,
    houseStyle: defaultSettings.houseStyle,
    assets: { read: () => Promise.reject(new Error('no assets')) },
    citation: () => '',
  });
  if (format !== 'docx') return strFromU8(file.data);
  return strFromU8(unzipSync(file.data)['word/document.xml'] ?? new Uint8Array());
}

describe('pending suggestions never leave silently', () => {
  it.each<ExportFormat>(['html', 'ninjs', 'text', 'gutenberg', 'docx'])('%s export carries the original text, not the suggestions', async (format) => {
    const out = await exported(format);
    expect(out).toContain('أمس');
    expect(out).not.toContain('اليوم');
    expect(out).not.toContain('جديدة');
    expect(out).not.toMatch(/<ins|<del|data-suggestion-id/);
  });

  it('the publishing snapshot titles the post with the original headline; the checklist over it blocks while suggestions are pending', () => {
    const snapshot = articleSnapshot(suggestedDocument(), defaultArticleFields);
    expect(snapshot.headline).toBe('الحكومة تعلن خطة');
    const input = { fields: defaultArticleFields, options: { status: 'draft' as const }, houseStyle: { headlineMaxLength: 80 }, findings: [], now: 0 };
    expect(prePublishChecklist({ ...input, document: snapshot.document })).toEqual([{ key: 'pendingSuggestions', severity: 'blocker', params: { count: 4 } }]);
    const decided = documentAsRejected(suggestedDocument());
    expect(prePublishChecklist({ ...input, document: decided })).toEqual([]);
  });
});
