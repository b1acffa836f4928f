import type { ArticleLanguage } from '../model/language';
import type { QuoteChannel } from '../model/source';
import { channelOf, classifyMention, readClause, sentenceSubject, type Clause } from './attributionClause';
import { findQuoteMarks, type QuotePair, type UnbalancedMark } from './quoteMarks';
import { quoteLexicon, type QuoteLexicon } from './reportingVerbs';
import { SourceRegistry, type DetectedSource, type Mention } from './sourceRegistry';
import { inLexicon, words, type Word } from './words';

export type { DetectedSource } from './sourceRegistry';

/** One pair of quotation marks in a paragraph, read as speech (someone's words) or a term (a name in quotation marks). */
export interface AnalyzedQuote {
  paragraph: number;
  /** Offset of the opening mark in its paragraph. */
  start: number;
  /** Offset just after the closing mark. */
  end: number;
  /** The quoted text without its marks. */
  text: string;
  kind: 'speech' | 'term';
  /** 0–1: how sure the reading is; the editor asks the writer below 0.7. */
  confidence: number;
  /** `DetectedSource.key` of the speaker, for speech whose speaker was found. */
  sourceKey?: string;
  channel?: QuoteChannel;
  outlet?: string;
  /** How the text names the speaker here ("الخبير الأمني"), when it does. */
  titleUsed?: string;
}

export interface QuoteAnalysis {
  quotes: AnalyzedQuote[];
  unbalanced: Array<UnbalancedMark & { paragraph: number }>;
  sources: DetectedSource[];
}

export interface QuoteAnalysisOptions {
  language: ArticleLanguage;
  /** The publishing outlet: words said "to" it are `to_us`, to any other outlet `other_outlet`. */
  outlet?: string;
}

/** Quoted spans this long are someone's words even without a reporting verb. */
const LONG_SPAN_WORDS = 8;
/** A reporting verb further back than this many words is not this quote's. */
const CUE_REACH_WORDS = 40;

/**
 * Reads the quotes of an article, paragraph by paragraph in order, so a
 * speaker named once ("أوضح إحسان الحافيظي") is found again when the text
 * later says "وأبرز الحافيظي", "ولفت الخبير الأمني" or "وأضاف".
 */
export function analyzeQuotes(paragraphs: readonly string[], options: QuoteAnalysisOptions): QuoteAnalysis {
  const lexicon = quoteLexicon(options.language);
  const registry = new SourceRegistry(lexicon);
  const quotes: AnalyzedQuote[] = [];
  const unbalanced: QuoteAnalysis['unbalanced'] = [];
  paragraphs.forEach((text, paragraph) => {
    const marks = findQuoteMarks(text);
    unbalanced.push(...marks.unbalanced.map((mark) => ({ ...mark, paragraph })));
    const boundaries = sentenceBoundaries(text, marks.pairs);
    for (const pair of marks.pairs) {
      const reader = new QuoteReader(text, pair, marks.pairs, boundaries, lexicon, registry);
      quotes.push({ paragraph, start: pair.start, end: pair.end, text: pair.text, ...reader.read(options.outlet) });
    }
  });
  return { quotes, unbalanced, sources: registry.sources };
}

/** Offsets of sentence-ending punctuation outside every quoted span. */
function sentenceBoundaries(text: string, pairs: QuotePair[]): number[] {
  const boundaries: number[] = [];
  for (const match of text.matchAll(/[.!?؟\n]/gu)) {
    const offset = match.index;
    if (/\d/u.test(text[offset - 1] ?? '') && /\d/u.test(text[offset + 1] ?? '')) continue;
    if (!pairs.some((pair) => offset > pair.start && offset < pair.end - 1)) boundaries.push(offset);
  }
  return boundaries;
}

interface Cue {
  word: Word;
  kind: 'verb' | 'participle' | 'according';
}

type Reading = Omit<AnalyzedQuote, 'paragraph' | 'start' | 'end' | 'text'>;

class QuoteReader {
  private readonly sentenceStart: number;
  private readonly sentenceEnd: number;
  private readonly inner: Word[];

  constructor(
    private readonly text: string,
    private readonly pair: QuotePair,
    private readonly pairs: QuotePair[],
    boundaries: number[],
    private readonly lexicon: QuoteLexicon,
    private readonly registry: SourceRegistry,
  ) {
    this.sentenceStart = (boundaries.findLast((offset) => offset < pair.start) ?? -1) + 1;
    this.sentenceEnd = boundaries.find((offset) => offset >= pair.end) ?? text.length;
    this.inner = words(pair.text);
  }

  read(outlet: string | undefined): Reading {
    const before = this.wordsOutsideQuotes(this.sentenceStart, this.pair.start);
    if (this.followsNamingWord(this.pair)) return { kind: 'term', confidence: 0.9 };
    const after = this.postposedCue();
    if (after) {
      // The clause runs to the next quote that is not a name inside it (لموقع “كيفاش”).
      const nextQuote =
        this.pairs.find((other) => other.start >= this.pair.end && !this.followsNamingWord(other))?.start ?? this.text.length;
      const clause = readClause(this.text, after.word.end, Math.min(this.sentenceEnd, nextQuote), this.lexicon);
      return this.speech(0.9, after, clause, outlet);
    }
    const cue = this.cueBefore(before);
    if (cue) {
      const clause = cue.kind === 'according' ? this.accordingClause(cue) : readClause(this.text, cue.word.end, this.pair.start, this.lexicon);
      const startsWithThat = this.inner[0] !== undefined && inLexicon(this.lexicon.thatWords, this.inner[0].folded);
      switch (clause.tail) {
        case 'naming':
          return { kind: 'term', confidence: 0.9 };
        case 'that':
        case 'colon':
          return this.speech(0.95, cue, clause, outlet);
        case 'to':
          if (startsWithThat) return this.speech(0.95, cue, clause, outlet);
          return this.inner.length >= 6 ? this.speech(0.75, cue, clause, outlet) : { kind: 'term', confidence: 0.6 };
        case 'direct':
          return this.inner.length >= 2 ? this.speech(0.9, cue, clause, outlet) : { kind: 'term', confidence: 0.6 };
        case 'other':
          return this.inner.length >= 6 ? this.speech(0.7, cue, clause, outlet) : { kind: 'term', confidence: 0.7 };
      }
    }
    if (this.inner.length >= LONG_SPAN_WORDS) {
      const subject = sentenceSubject(this.text, this.sentenceStart, this.pair.start, this.lexicon, (text) => this.registry.knows(text));
      const resolved = subject ? this.registry.resolve([subject]) : undefined;
      return { kind: 'speech', confidence: 0.6, sourceKey: resolved?.source.key };
    }
    return { kind: 'term', confidence: this.inner.length <= 4 ? 0.9 : 0.65 };
  }

  private followsNamingWord(pair: QuotePair): boolean {
    const last = words(this.text, Math.max(0, pair.start - 40), pair.start).at(-1);
    return last !== undefined && last.end >= pair.start - 2 && inLexicon(this.lexicon.namingWords, last.folded, ['و', 'ب', 'ل']);
  }

  private wordsOutsideQuotes(from: number, to: number): Word[] {
    return words(this.text, from, to).filter((word) => !this.pairs.some((pair) => word.start > pair.start && word.end < pair.end));
  }

  /** A reporting verb right after the closing mark: “…”، أوضح إحسان الحافيظي / « … », a déclaré X / « … », explique-t-il. */
  private postposedCue(): Cue | undefined {
    const gap = /^[\s،,]*/u.exec(this.text.slice(this.pair.end))![0];
    if (!/[،,]/u.test(gap) && this.lexicon.prefixes.length > 0) return undefined;
    const next = words(this.text, this.pair.end + gap.length, this.sentenceEnd).slice(0, 3);
    for (const word of next) {
      const parts = word.folded.split('-');
      if (this.lexicon.verbs.has(parts[0]!)) return { word, kind: 'verb' };
      if (this.lexicon.accordingTo.has(word.folded)) return { word, kind: 'according' };
      // French inversions and auxiliaries before the participle: "a-t-il déclaré", "a déclaré".
      if (!/^(a|avait|ont|a-t-il|a-t-elle|ont-ils|avait-il)$/u.test(word.folded)) return undefined;
    }
    return undefined;
  }

  /** The nearest reporting verb, participle or "according to" before the opening mark in the same sentence. */
  private cueBefore(before: Word[]): Cue | undefined {
    const reach = before.slice(-CUE_REACH_WORDS);
    for (let index = reach.length - 1; index >= 0; index--) {
      const word = reach[index]!;
      if (inLexicon(this.lexicon.participles, word.folded, ['و'])) return { word, kind: 'participle' };
      if (inLexicon(this.lexicon.verbs, word.folded, ['و', 'ف', 'ل', 'ول', 'فل'])) return { word, kind: 'verb' };
      if (inLexicon(this.lexicon.accordingTo, word.folded, ['و'])) return { word, kind: 'according' };
    }
    return undefined;
  }

  /** "ووفقا للتقرير “…" / "selon le rapport": the words after "according to" name the source, lam and all. */
  private accordingClause(cue: Cue): Clause {
    const region = this.text.slice(cue.word.end, this.pair.start);
    const named = region.replace(/^\s*[لل]ل(?=\p{L})/u, ' ال').replace(/^\s*ل(?=\p{L})/u, ' ').replace(/^\s*(?:إلى|الى)\s/u, ' ');
    let chunk = words(named);
    const stop = chunk.findIndex((word, index) => index > 0 && /[،,]/u.test(named.slice(chunk[index - 1]!.end, word.start)));
    if (stop > 0) chunk = chunk.slice(0, stop);
    const channel = channelOf(chunk.slice(0, 1), this.lexicon);
    // "وفقا لبلاغ وزارة الاقتصاد": the document's publisher is the source, the document says how.
    if (channel && chunk.length > 1) chunk = chunk.slice(1);
    const mentions = classifyMention(named, chunk, this.lexicon) ?? [];
    const report = mentions.some((mention) => mention.role !== 'anonymous');
    return { mentions, channel: channel ?? (report ? 'report' : undefined), tail: /:\s*$/u.test(region) ? 'colon' : 'direct' };
  }

  private speech(confidence: number, cue: Cue, clause: Clause, outlet: string | undefined): Reading {
    let mentions: Mention[] = clause.mentions;
    if (mentions.length === 0) {
      const before = this.wordsOutsideQuotes(this.sentenceStart, cue.word.start);
      // A participle's subject is the sentence's; a finite verb's subject comes
      // before it only in a short opening ("وكان الحافيظي قد أكد"), else it is
      // the speaker of the previous quote ("وأضاف أن").
      const searchSubject = cue.kind === 'participle' || before.length <= 6 || this.lexicon.capitalisedNames;
      const subject = searchSubject
        ? sentenceSubject(this.text, this.sentenceStart, cue.word.start, this.lexicon, (text) => this.registry.knows(text))
        : undefined;
      if (subject) mentions = [subject];
    }
    const resolved = mentions.length > 0 ? this.registry.resolve(mentions) : this.registry.lastSpeaker && { source: this.registry.lastSpeaker };
    const channel = clause.channel ?? channelOf(this.wordsOutsideQuotes(this.sentenceStart, this.pair.start), this.lexicon);
    const reading: Reading = { kind: 'speech', confidence, sourceKey: resolved?.source.key, channel };
    if (clause.outlet) {
      reading.outlet = clause.outlet;
      if (outlet && normalizeOutlet(outlet) !== normalizeOutlet(clause.outlet)) reading.channel = 'other_outlet';
    }
    if (resolved && 'titleUsed' in resolved && resolved.titleUsed) reading.titleUsed = resolved.titleUsed;
    if (!reading.channel) delete reading.channel;
    if (!reading.sourceKey) delete reading.sourceKey;
    return reading;
  }
}

function normalizeOutlet(name: string): string {
  return words(name)
    .map((word) => word.folded)
    .join(' ');
}
