import { describe, expect, it } from 'vitest';
import type { Source } from '../../../../shared/model/source';
import type { DraftQuote } from '../quotes/quoteDocument';
import { firstWords, quotesBySource, syncDraftSources } from './draftSources';

const source = (id: string, name: string): Source => ({ id, kind: 'person', name, title: '', organisation: '', aliases: [], anonymous: false });
const quote = (key: string, sourceId: string | undefined, quoteKind: 'speech' | 'term' = 'speech'): DraftQuote => ({
  key,
  kind: 'inline',
  quoteKind,
  text: `نص ${key}`,
  attribution: sourceId ? { sourceId } : {},
});

describe('syncDraftSources', () => {
  const known = new Map([
    ['src-hafidi01', source('src-hafidi01', 'إحسان الحافيظي')],
    ['src-usstate1', source('src-usstate1', 'وزارة الخارجية الأمريكية')],
  ]);

  it('lists each quoted source once, in the order the article first quotes it', () => {
    const quotes = [quote('1', 'src-usstate1'), quote('2', 'src-hafidi01'), quote('3', 'src-usstate1'), quote('4', undefined)];
    expect(syncDraftSources(quotes, known).sources.map((item) => item.id)).toEqual(['src-usstate1', 'src-hafidi01']);
  });

  it('drops a source no quote points to any more, and reports ids it does not know', () => {
    const result = syncDraftSources([quote('1', 'src-hafidi01'), quote('2', 'src-unknown1')], known);
    expect(result.sources.map((item) => item.id)).toEqual(['src-hafidi01']);
    expect(result.missing).toEqual(['src-unknown1']);
  });
});

describe('quotesBySource', () => {
  it('groups speech by source, unsourced speech under the empty id, and leaves terms out', () => {
    const grouped = quotesBySource([quote('1', 'src-a0000001'), quote('2', undefined), quote('3', 'src-a0000001'), quote('4', undefined, 'term')]);
    expect([...grouped.keys()]).toEqual(['src-a0000001', '']);
    expect(grouped.get('src-a0000001')?.map((item) => item.key)).toEqual(['1', '3']);
    expect(grouped.get('')?.map((item) => item.key)).toEqual(['2']);
  });
});

describe('firstWords', () => {
  it('cuts long quotes with an ellipsis and keeps short ones whole', () => {
    expect(firstWords('التأهب الأمني في فترة رأس السنة هو بروتوكول', 4)).toBe('التأهب الأمني في فترة…');
    expect(firstWords(' نعم للحوار ')).toBe('نعم للحوار');
  });
});
