import { normalizedWords, stemVariants, type ParsedQuery } from '../../../shared/text/arabicSearch';
import { decodeNumbers, encodeNumbers } from './postingCodec';

/**
 * A small inverted index built for this library's sizes (10,000 drafts and
 * more). MiniSearch was measured first and missed both targets on the bench:
 * 1.3 s to load its 44 MB JSON and 20–50 ms for a word found in half of the
 * drafts, because it builds a Map and a result object per document. Here a
 * posting list is two plain integer arrays, a query is a pass over them into a
 * typed array, and the persisted form is those arrays delta-encoded in
 * compact strings (see postingCodec).
 *
 * Documents live in slots. An update takes a new slot and leaves the old one
 * dead (skipped by queries); `toData` renumbers the live slots, so dead ones
 * disappear at the next snapshot.
 */

/** How a posting weighs one document: headline and body occurrence counts, packed. */
const BODY_BITS = 8;
const COUNT_MAX = 0xff;
/** A headline match outranks any number of body matches of the same word. */
const HEADLINE_BOOST = 3;
/** A word completed from a typed prefix counts for less than the word typed whole. */
const PREFIX_WEIGHT = 0.6;
/** BM25 saturation and body-length normalisation. */
const K1 = 1.2;
const B = 0.75;

/**
 * Typed arrays with spare room, grown by doubling: loading 3 million postings
 * into plain arrays spent more time in the garbage collector than in parsing.
 */
interface Posting {
  slots: Uint32Array;
  weights: Uint32Array;
  length: number;
}

function append(posting: Posting, slot: number, weight: number): void {
  if (posting.length === posting.slots.length) {
    const capacity = Math.max(4, posting.length * 2);
    const slots = new Uint32Array(capacity);
    const weights = new Uint32Array(capacity);
    slots.set(posting.slots);
    weights.set(posting.weights);
    posting.slots = slots;
    posting.weights = weights;
  }
  posting.slots[posting.length] = slot;
  posting.weights[posting.length] = weight;
  posting.length++;
}

/**
 * The persisted form. Per term, `postings` holds (slot gap, weight) pairs
 * encoded by postingCodec; slots number the documents in the order of `ids`.
 */
export interface TermIndexData {
  ids: string[];
  bodyLengths: number[];
  terms: string[];
  postings: string[];
}

export interface ScoredId {
  id: string;
  score: number;
}

function countTerms(text: string, counts: Map<string, number>, shift: number): number {
  const words = normalizedWords(text);
  for (const word of words) {
    for (const term of stemVariants(word)) {
      const packed = counts.get(term) ?? 0;
      if (((packed >>> shift) & COUNT_MAX) < COUNT_MAX) counts.set(term, packed + (1 << shift));
    }
  }
  return words.length;
}

/** Index of the first term in `sorted` that is not below `term`. */
function lowerBound(sorted: string[], term: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as string) < term) low = middle + 1;
    else high = middle;
  }
  return low;
}

export class TermIndex {
  private ids: (string | undefined)[] = [];
  private bodyLengths: number[] = [];
  private readonly slotOf = new Map<string, number>();
  private readonly postings = new Map<string, Posting>();
  /** Every term in code-unit order, for prefix queries. */
  private sortedTerms: string[] = [];
  private totalBodyLength = 0;
  /**
   * Score buffers reused by every query: allocating typed arrays per query
   * made V8 count external memory and run full collections (100 ms pauses).
   */
  private wordScores = new Float64Array(0);
  private totals = new Float64Array(0);

  private scratch(): { scores: Float64Array; total: Float64Array } {
    if (this.totals.length < this.ids.length) {
      const length = Math.max(1_024, this.ids.length * 2);
      this.wordScores = new Float64Array(length);
      this.totals = new Float64Array(length);
    }
    return { scores: this.wordScores, total: this.totals };
  }

  static fromData(data: TermIndexData): TermIndex {
    const index = new TermIndex();
    const count = data.ids.length;
    if (data.bodyLengths.length !== count || data.postings.length !== data.terms.length) {
      throw new Error('inconsistent term index');
    }
    index.ids = data.ids.slice();
    index.bodyLengths = data.bodyLengths.slice();
    data.ids.forEach((id, slot) => index.slotOf.set(id, slot));
    for (const length of data.bodyLengths) index.totalBodyLength += length;
    data.terms.forEach((term, position) => {
      const pairs = decodeNumbers(data.postings[position] as string);
      const length = pairs.length >>> 1;
      const posting: Posting = { slots: new Uint32Array(length), weights: new Uint32Array(length), length };
      let slot = 0;
      for (let i = 0; i < length; i++) {
        slot += pairs[2 * i] as number;
        if (slot >= count) throw new Error('posting outside the index');
        posting.slots[i] = slot;
        posting.weights[i] = pairs[2 * i + 1] as number;
      }
      index.postings.set(term, posting);
    });
    index.sortedTerms = data.terms.slice();
    return index;
  }

  get size(): number {
    return this.slotOf.size;
  }

  add(id: string, headline: string, body: string): void {
    this.remove(id);
    const counts = new Map<string, number>();
    countTerms(headline, counts, BODY_BITS);
    const bodyLength = countTerms(body, counts, 0);
    const slot = this.ids.length;
    this.ids.push(id);
    this.bodyLengths.push(bodyLength);
    this.totalBodyLength += bodyLength;
    this.slotOf.set(id, slot);
    for (const [term, weight] of counts) {
      let posting = this.postings.get(term);
      if (!posting) {
        posting = { slots: new Uint32Array(0), weights: new Uint32Array(0), length: 0 };
        this.postings.set(term, posting);
        this.sortedTerms.splice(lowerBound(this.sortedTerms, term), 0, term);
      }
      append(posting, slot, weight);
    }
  }

  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.slotOf.delete(id);
    this.ids[slot] = undefined;
    this.totalBodyLength -= this.bodyLengths[slot] as number;
  }

  /** Live documents matching every query word, best first. */
  search(query: ParsedQuery, limit: number): ScoredId[] {
    if (query.terms.length === 0 || this.slotOf.size === 0) return [];
    const averageLength = Math.max(1, this.totalBodyLength / this.slotOf.size);
    const last = query.terms.length - 1;
    let candidates: number[] | undefined;
    const { scores, total } = this.scratch();
    total.fill(0, 0, this.ids.length);
    for (let position = 0; position <= last; position++) {
      const term = query.terms[position] as string;
      this.scoreWord(scores, term, query.prefixLast && position === last, averageLength);
      if (candidates === undefined) {
        candidates = [];
        for (let slot = 0; slot < this.ids.length; slot++) {
          if (scores[slot]! > 0 && this.ids[slot] !== undefined) candidates.push(slot);
        }
      } else {
        candidates = candidates.filter((slot) => scores[slot]! > 0);
      }
      for (const slot of candidates) total[slot]! += scores[slot]!;
      if (candidates.length === 0) return [];
    }
    // Equal scores: the more recently saved draft (the higher slot) first.
    const ranked = (candidates ?? []).sort((a, b) => total[b]! - total[a]! || b - a);
    return ranked.slice(0, limit).map((slot) => ({ id: this.ids[slot] as string, score: total[slot]! }));
  }

  /** Per slot, the best score among the terms the word can be (itself, or its completions). */
  private scoreWord(scores: Float64Array, word: string, prefix: boolean, averageLength: number): void {
    scores.fill(0, 0, this.ids.length);
    const documents = this.slotOf.size;
    const visit = (term: string, factor: number) => {
      const posting = this.postings.get(term);
      if (!posting) return;
      const frequency = posting.length;
      const idf = Math.log(1 + (documents - frequency + 0.5) / (frequency + 0.5)) * factor;
      const { slots, weights } = posting;
      for (let i = 0; i < posting.length; i++) {
        const slot = slots[i] as number;
        const weight = weights[i] as number;
        const headline = weight >>> BODY_BITS;
        const body = weight & COUNT_MAX;
        const norm = K1 * (1 - B + (B * (this.bodyLengths[slot] as number)) / averageLength);
        const score =
          idf * ((HEADLINE_BOOST * headline * (K1 + 1)) / (headline + K1) + (body * (K1 + 1)) / (body + norm));
        if (score > scores[slot]!) scores[slot] = score;
      }
    };
    visit(word, 1);
    if (prefix) {
      for (let i = lowerBound(this.sortedTerms, word); i < this.sortedTerms.length; i++) {
        const term = this.sortedTerms[i] as string;
        if (!term.startsWith(word)) break;
        if (term !== word) visit(term, PREFIX_WEIGHT);
      }
    }
  }

  /** Live document ids in slot order: the order `toData` numbers them in. */
  liveIds(): string[] {
    return this.ids.filter((id): id is string => id !== undefined);
  }

  toData(): TermIndexData {
    const renumbered = new Int32Array(this.ids.length).fill(-1);
    const ids: string[] = [];
    const bodyLengths: number[] = [];
    this.ids.forEach((id, slot) => {
      if (id === undefined) return;
      renumbered[slot] = ids.length;
      ids.push(id);
      bodyLengths.push(this.bodyLengths[slot] as number);
    });
    const data: TermIndexData = { ids, bodyLengths, terms: [], postings: [] };
    for (const term of this.sortedTerms) {
      const posting = this.postings.get(term) as Posting;
      const pairs: number[] = [];
      let previous = 0;
      for (let i = 0; i < posting.length; i++) {
        const newSlot = renumbered[posting.slots[i] as number] as number;
        if (newSlot < 0) continue;
        pairs.push(newSlot - previous, posting.weights[i] as number);
        previous = newSlot;
      }
      if (pairs.length === 0) continue;
      data.terms.push(term);
      data.postings.push(encodeNumbers(pairs));
    }
    return data;
  }
}
