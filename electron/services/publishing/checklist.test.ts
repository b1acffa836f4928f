import { describe, expect, it } from 'vitest';
import type { ProofreadingFinding } from '../../../shared/api/proofreadingService';
import { defaultArticleFields } from '../../../shared/model/article';
import { blockers, prePublishChecklist, type ChecklistInput } from './checklist';
import { element, image, sampleArticle, text } from './testing/articles';

const NOW = Date.parse('2025-01-10T10:00:00Z');

function input(overrides: Partial<ChecklistInput> = {}, headline = 'خبر'): ChecklistInput {
  const article = sampleArticle(headline);
  return { document: article.document, fields: defaultArticleFields, options: { status: 'draft' }, houseStyle: { headlineMaxLength: 20 }, findings: [], now: NOW, ...overrides };
}

const keys = (value: ChecklistInput) => prePublishChecklist(value).map((item) => `${item.severity}:${item.key}`);

const finding = (severity: ProofreadingFinding['severity']): ProofreadingFinding => ({
  ruleId: 'r', severity, blockId: 'b', blockIndex: 2, start: 0, end: 3, text: 'خطأ', messageKey: 'm', insideQuote: false,
});

describe('prePublishChecklist', () => {
  it('passes a complete story', () => {
    expect(prePublishChecklist(input())).toEqual([]);
  });

  it('blocks a missing or too long headline, counting characters not UTF-16 units', () => {
    expect(keys(input({}, ''))).toEqual(['blocker:headlineMissing']);
    expect(prePublishChecklist(input({}, 'أ'.repeat(21)))).toEqual([{ key: 'headlineTooLong', severity: 'blocker', params: { length: 21, max: 20 } }]);
    expect(keys(input({}, 'أ'.repeat(20)))).toEqual([]);
  });

  it('blocks speech quotes without a source, not quoted terms', () => {
    const document = sampleArticle('خبر', [
      element('paragraph', [
        element('midad-quote', [text('كلام بلا قائل')], { quoteKind: 'speech' }),
        element('midad-quote', [text('مصطلح')], { quoteKind: 'term' }),
        element('midad-quote', [text('كلام منسوب')], { quoteKind: 'speech', attribution: { sourceId: 'hafidi-00001' } }),
      ]),
    ]).document;
    expect(prePublishChecklist(input({ document }))).toEqual([{ key: 'quoteUnattributed', severity: 'blocker', params: { quote: 'كلام بلا قائل' } }]);
  });

  it('blocks pictures without caption or credit, in galleries too', () => {
    const document = sampleArticle('خبر', [
      image('a', 'تعليق', ''),
      { type: 'midad-gallery', version: 1, images: [{ assetId: 'b', caption: '', credit: 'تصوير', alt: '' }] },
    ]).document;
    expect(keys(input({ document }))).toEqual(['blocker:imageCreditMissing', 'blocker:imageCaptionMissing']);
  });

  it('warns about a (صور) tag on a story without pictures', () => {
    const fields = { ...defaultArticleFields, mediaTags: ['photos' as const] };
    expect(keys(input({ fields }))).toEqual(['warning:photosTagWithoutImages']);
    expect(blockers(prePublishChecklist(input({ fields })))).toEqual([]);
    expect(keys(input({ fields, document: sampleArticle('خبر', [image('a', 'ت', 'ص')]).document }))).toEqual([]);
  });

  it('blocks a schedule that is not ahead', () => {
    expect(keys(input({ options: { status: 'future', at: '2025-01-10T09:59:00Z' } }))).toEqual(['blocker:scheduleInPast']);
    expect(keys(input({ options: { status: 'future' } }))).toEqual(['blocker:scheduleInPast']);
    expect(keys(input({ options: { status: 'future', at: '2025-01-10T12:00:00+01:00' } }))).toEqual([]);
  });

  it('blocks on proofreading errors only', () => {
    expect(keys(input({ findings: [finding('warning'), finding('advice')] }))).toEqual([]);
    expect(prePublishChecklist(input({ findings: [finding('error'), finding('error')] }))).toEqual([
      { key: 'proofreadingErrors', severity: 'blocker', params: { count: 2, first: 'خطأ' } },
    ]);
  });
});
