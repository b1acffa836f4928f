import type { Source } from '../../../../shared/model/source';
import type { DraftQuote } from '../quotes/quoteDocument';

/**
 * The draft's `sources` list from its quotes: each source a quote points to,
 * once, in the order the article first quotes it. Records come from what is
 * known (the draft's saved list, then the directory); an id not known yet is
 * reported so the caller can fetch it, and the list is never shrunk by a source
 * that is merely unknown.
 */
export function syncDraftSources(quotes: readonly DraftQuote[], known: ReadonlyMap<string, Source>): { sources: Source[]; missing: string[] } {
  const sources: Source[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  for (const quote of quotes) {
    const id = quote.attribution.sourceId;
    if (!id || seen.has(id)) continue;
    seen.add(id);
    const source = known.get(id);
    if (source) sources.push(source);
    else missing.push(id);
  }
  return { sources, missing };
}

/** The draft's sources with their quotes, for the sources panel. */
export function quotesBySource(quotes: readonly DraftQuote[]): Map<string, DraftQuote[]> {
  const grouped = new Map<string, DraftQuote[]>();
  for (const quote of quotes) {
    if (quote.quoteKind !== 'speech') continue;
    const id = quote.attribution.sourceId ?? '';
    grouped.set(id, [...(grouped.get(id) ?? []), quote]);
  }
  return grouped;
}

/** The first words of a quote, for a list row. */
export function firstWords(text: string, count = 6): string {
  const words = text.trim().split(/\s+/u);
  return words.length > count ? `${words.slice(0, count).join(' ')}…` : words.join(' ');
}
