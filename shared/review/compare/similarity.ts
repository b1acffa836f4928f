import { wordsOf } from './tokenizeWords';

/** How much two texts share, from 0 to 1: the Dice coefficient over their words (counted with repeats). */
export function similarity(a: string, b: string): number {
  return wordSimilarity(wordsOf(a), wordsOf(b), a.trim() === b.trim());
}

function wordSimilarity(left: readonly string[], right: readonly string[], sameText: boolean): number {
  if (left.length === 0 && right.length === 0) return sameText ? 1 : 0;
  const counts = new Map<string, number>();
  for (const word of left) counts.set(word, (counts.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of right) {
    const count = counts.get(word) ?? 0;
    if (count > 0) {
      shared += 1;
      counts.set(word, count - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

/**
 * Pairs items of two lists: equal keys first (in order), then the most similar
 * remaining pairs above `threshold`. Quadratic in what is left unpaired, which
 * is what an edit touched, not the whole article; above `maxWork` comparisons
 * only equal keys pair.
 */
export function pairBySimilarity<T>(
  before: readonly T[],
  after: readonly T[],
  options: { key: (item: T) => string; text: (item: T) => string; compatible: (a: T, b: T) => boolean; threshold: number; maxWork?: number },
): Array<[T, T]> {
  const pairs: Array<[T, T]> = [];
  const freeBefore = new Set(before);
  const freeAfter = new Set(after);
  const byKey = new Map<string, T[]>();
  for (const item of before) {
    const key = options.key(item);
    const group = byKey.get(key);
    if (group) group.push(item);
    else byKey.set(key, [item]);
  }
  for (const item of after) {
    const candidates = byKey.get(options.key(item));
    const match = candidates?.find((candidate) => freeBefore.has(candidate) && options.compatible(candidate, item));
    if (!match) continue;
    pairs.push([match, item]);
    freeBefore.delete(match);
    freeAfter.delete(item);
  }
  if (freeBefore.size * freeAfter.size > (options.maxWork ?? 250_000)) return pairs;
  // Each text is split into words once, not once per candidate pair.
  const words = new Map<T, string[]>([...freeBefore, ...freeAfter].map((item) => [item, wordsOf(options.text(item))]));
  const scored: Array<{ a: T; b: T; score: number }> = [];
  for (const a of freeBefore) {
    for (const b of freeAfter) {
      if (!options.compatible(a, b)) continue;
      const score = wordSimilarity(words.get(a)!, words.get(b)!, options.text(a).trim() === options.text(b).trim());
      if (score >= options.threshold) scored.push({ a, b, score });
    }
  }
  scored.sort((x, y) => y.score - x.score);
  for (const { a, b } of scored) {
    if (!freeBefore.has(a) || !freeAfter.has(b)) continue;
    pairs.push([a, b]);
    freeBefore.delete(a);
    freeAfter.delete(b);
  }
  return pairs;
}
