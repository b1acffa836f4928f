import { describe, expect, it } from 'vitest';
import { articleFieldsSchema } from '../../../shared/model/article';
import { targetMappingsSchema } from '../../../shared/api/publishingService';
import { mapArticleFields, scheduledDateGmt } from './postFields';

const mappings = targetMappingsSchema.parse({
  breaking: { category: 2, prefix: 'عاجل: ' },
  mediaTags: { photos: { tag: 9, suffix: ' (صور)' }, video: { category: 4, suffix: ' (فيديو)' } },
  authors: { 'سعاد': 5 },
  sections: { politics: 3 },
});

describe('mapArticleFields', () => {
  it('adds the mapped prefix, suffixes and terms without touching the headline', () => {
    const fields = articleFieldsSchema.parse({ breaking: true, mediaTags: ['photos', 'video'], section: 'politics', authors: ['أحمد', 'سعاد'] });
    expect(mapArticleFields('زلزال', fields, mappings)).toEqual({
      title: 'عاجل: زلزال (صور) (فيديو)',
      categories: [3, 2, 4],
      tags: [9],
      author: 5,
    });
  });

  it('leaves a plain story as it is', () => {
    expect(mapArticleFields('خبر', articleFieldsSchema.parse({}), mappings)).toEqual({ title: 'خبر', categories: [], tags: [], author: undefined });
  });
});

describe('scheduledDateGmt', () => {
  const now = Date.parse('2026-03-01T10:00:00Z');
  it('sends the scheduled time in UTC whatever offset it was given in', () => {
    expect(scheduledDateGmt({ status: 'future', at: '2026-03-01T14:30:00+03:00' }, now)).toBe('2026-03-01T11:30:00');
    expect(scheduledDateGmt({ status: 'publish' }, now)).toBeUndefined();
  });
  it('refuses a time in the past', () => {
    expect(() => scheduledDateGmt({ status: 'future', at: '2026-03-01T09:00:00Z' }, now)).toThrow(/publish_time_past/);
  });
});
