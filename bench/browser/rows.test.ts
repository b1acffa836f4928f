import { describe, expect, it } from 'vitest';
import { medianOfRounds } from './rounds';
import { peerRows, type Measured } from './rows';

const results: Measured[] = [
  { kind: 'midad', name: 'Midad', summary: { p50: 8, p95: 12 } },
  { kind: 'lexical', name: 'Lexical', summary: { p50: 7, p95: 10 } },
  { kind: 'contenteditable', name: 'contenteditable', summary: { p50: 5, p95: 8 } },
];

describe('peerRows', () => {
  it('puts Midad beside each peer and sets the target from that peer’s p95, capped by an absolute one', () => {
    const rows = peerRows({
      suite: 'typing',
      metric: 'next frame',
      results,
      targets: { lexical: { ratio: 1.0, absolute: 16.7 }, contenteditable: { ratio: 1.25 } },
    });
    expect(rows.map((row) => row.metric)).toEqual(['next frame vs Lexical', 'next frame vs contenteditable']);
    expect(rows[0]!.targetP95).toBe(10);
    expect(rows[0]!.targetNote).toBe('≤ 1× Lexical and ≤ 16.7 ms');
    expect(rows[1]!.targetP95).toBe(10);
    expect(rows[1]!.peer).toEqual({ name: 'contenteditable', p50: 5, p95: 8 });
  });

  it('says why WordPress was not measured instead of leaving it out', () => {
    const rows = peerRows({ suite: 'open', metric: 'open', results, wordpressMissing: 'up.sh failed' });
    expect(rows.at(-1)).toMatchObject({ metric: 'open vs WordPress: not measured (up.sh failed)', midad: { p95: 12 } });
    expect(rows.at(-1)!.peer).toBeUndefined();
  });
});

describe('medianOfRounds', () => {
  it('takes the median of the rounds’ p50 and p95 separately', () => {
    expect(medianOfRounds([{ p50: 9, p95: 30 }, { p50: 7, p95: 11 }, { p50: 8, p95: 12 }])).toEqual({ p50: 8, p95: 12 });
  });
});
