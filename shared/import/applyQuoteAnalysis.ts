import type { ImportedArticle, ImportedBlock, ImportedRun } from '../model/importedArticle';
import type { Attribution, Source } from '../model/source';
import { analyzeQuotes, type AnalyzedQuote, type DetectedSource } from '../text/quotes';

type Warning = ImportedArticle['warnings'][number];

export interface QuotedBlocks {
  blocks: ImportedBlock[];
  sources: Source[];
  warnings: Warning[];
}

/** Below this the importer keeps its reading but warns, so the writer checks it. */
const UNSURE = 0.7;

/**
 * Runs the quote analysis over an article's paragraphs and marks each quoted
 * span as a quote run (speech with its source, or a term), keeping the runs'
 * bold, italic and links. The marks themselves are dropped: the quote node
 * draws them per house style. Paragraph runs already marked as quotes (an
 * HTML `<q>`) are left as they are.
 */
export function applyQuoteAnalysis(
  blocks: readonly ImportedBlock[],
  options: { language: ImportedArticle['language']; outlet?: string; sourceId?: (source: DetectedSource) => string },
): QuotedBlocks {
  const paragraphs = blocks.map((block) => (block.kind === 'paragraph' ? block.runs.map((run) => run.text).join('') : ''));
  const analysis = analyzeQuotes(paragraphs, { language: options.language, outlet: options.outlet });
  const idOf = options.sourceId ?? defaultSourceId;
  const ids = new Map(analysis.sources.map((source) => [source.key, idOf(source)]));
  const warnings: Warning[] = analysis.unbalanced.map((mark) => ({
    key: 'warning.unbalancedQuote',
    params: { paragraph: String(mark.paragraph + 1), excerpt: excerpt(paragraphs[mark.paragraph]!, mark.offset) },
  }));

  const quoted = blocks.map((block, index) => {
    if (block.kind !== 'paragraph' || block.runs.some((run) => run.quote)) return block;
    const quotes = outermost(analysis.quotes.filter((quote) => quote.paragraph === index));
    if (quotes.length === 0) return block;
    for (const quote of quotes) {
      const params = { paragraph: String(index + 1), excerpt: quote.text.slice(0, 60) };
      if (quote.confidence < UNSURE) warnings.push({ key: 'warning.quoteUncertain', params });
      else if (quote.kind === 'speech' && !quote.sourceKey) warnings.push({ key: 'warning.quoteWithoutSource', params });
    }
    return { kind: 'paragraph' as const, runs: splitRuns(block.runs, quotes, ids) };
  });

  const used = new Set(analysis.quotes.flatMap((quote) => (quote.sourceKey ? [quote.sourceKey] : [])));
  const sources = analysis.sources.filter((source) => used.has(source.key)).map((source) => toSource(source, ids.get(source.key)!));
  return { blocks: quoted, sources, warnings };
}

/** Quote runs cannot nest: a term inside someone's words stays text with its marks. */
function outermost(quotes: AnalyzedQuote[]): AnalyzedQuote[] {
  const kept: AnalyzedQuote[] = [];
  for (const quote of quotes) {
    if (!kept.some((outer) => quote.start > outer.start && quote.end <= outer.end)) kept.push(quote);
  }
  return kept;
}

function splitRuns(runs: ImportedRun[], quotes: AnalyzedQuote[], ids: Map<string, string>): ImportedRun[] {
  const result: ImportedRun[] = [];
  let offset = 0;
  for (const run of runs) {
    const runStart = offset;
    const runEnd = offset + run.text.length;
    offset = runEnd;
    // Cut points inside this run: every mark's start and end, and the spans between.
    let cursor = runStart;
    const push = (from: number, to: number, quote?: AnalyzedQuote): void => {
      if (to <= from) return;
      const piece: ImportedRun = { ...run, text: run.text.slice(from - runStart, to - runStart) };
      if (quote) piece.quote = { kind: quote.kind, attribution: attributionOf(quote, ids) };
      result.push(piece);
    };
    for (const quote of quotes) {
      if (quote.end <= runStart || quote.start >= runEnd) continue;
      push(cursor, Math.max(cursor, quote.start));
      const innerStart = Math.max(runStart, quote.start + 1);
      const innerEnd = Math.min(runEnd, quote.end - 1);
      push(innerStart, innerEnd, quote);
      cursor = Math.min(runEnd, quote.end);
    }
    push(cursor, runEnd);
  }
  return mergeNeighbours(result);
}

/** A quote spread over several runs only because of formatting boundaries stays one quote per run; plain neighbours merge. */
function mergeNeighbours(runs: ImportedRun[]): ImportedRun[] {
  const merged: ImportedRun[] = [];
  for (const run of runs) {
    const previous = merged.at(-1);
    if (previous && !previous.quote && !run.quote && sameFormat(previous, run)) previous.text += run.text;
    else merged.push({ ...run });
  }
  return merged;
}

function sameFormat(a: ImportedRun, b: ImportedRun): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.underline === b.underline && a.link === b.link;
}

function attributionOf(quote: AnalyzedQuote, ids: Map<string, string>): Attribution {
  if (quote.kind === 'term') return {};
  const attribution: Attribution = {};
  if (quote.sourceKey) attribution.sourceId = ids.get(quote.sourceKey);
  if (quote.channel) attribution.channel = quote.channel;
  if (quote.outlet) attribution.outlet = quote.outlet;
  if (quote.titleUsed) attribution.titleUsed = quote.titleUsed;
  return attribution;
}

function toSource(source: DetectedSource, id: string): Source {
  return {
    id,
    kind: source.kind,
    name: source.name,
    title: source.title,
    organisation: source.organisation,
    aliases: source.aliases.slice(0, 100),
    anonymous: source.anonymous,
  };
}

function excerpt(text: string, offset: number): string {
  return text.slice(Math.max(0, offset - 20), offset + 20);
}

/**
 * A stable id from the source's key (FNV-1a), so importing the same article
 * twice gives the same ids; the sources directory maps them to its own.
 */
export function defaultSourceId(source: DetectedSource): string {
  let hash = 0x811c9dc5;
  for (const char of source.key) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `src-${hash.toString(16).padStart(8, '0')}`;
}
