import type { ImportedArticle, ImportedBlock, ImportedRun } from '../../../shared/model/importedArticle';
import type { Attribution, Source, SourceId } from '../../../shared/model/source';
import { normalizeArabic } from '../../../shared/text/arabicSearch';

/** The part of the sources directory an import needs (`SourcesService` has it). */
export interface SourcesDirectory {
  list(args: { query?: string; limit: number }): Promise<Source[]>;
  create(args: Omit<Source, 'id'>): Promise<Source>;
}

/**
 * Finds an imported source in the directory: its name is the directory
 * entry's name or one of its aliases, or the entry's name is one of the ways
 * the article names it, compared Arabic-insensitively. Anonymous sources
 * ("مصادر مطلعة") are never matched: two articles' unnamed sources are not
 * known to be the same people.
 */
async function findInDirectory(source: Source, directory: SourcesDirectory): Promise<Source | undefined> {
  if (source.anonymous) return undefined;
  const name = normalizeArabic(source.name);
  const aliases = new Set(source.aliases.map(normalizeArabic));
  const candidates = await directory.list({ query: source.name, limit: 100 });
  return candidates.find(
    (entry) => !entry.anonymous && (normalizeArabic(entry.name) === name || aliases.has(normalizeArabic(entry.name)) || entry.aliases.some((alias) => normalizeArabic(alias) === name)),
  );
}

/**
 * Puts an imported article's sources into the sources directory (joining an
 * existing entry or creating one) and re-points every attribution at the
 * directory's ids, so the directory lists the article's quotes once the draft
 * is saved. Where the article gives a known source another title than the
 * directory's, the quote keeps the title used.
 */
export async function linkSources(article: ImportedArticle, directory: SourcesDirectory): Promise<ImportedArticle> {
  const linked = new Map<SourceId, { entry: Source; imported: Source }>();
  for (const imported of article.sources) {
    const { id: _importedId, ...fields } = imported;
    const entry = (await findInDirectory(imported, directory)) ?? (await directory.create(fields));
    linked.set(imported.id, { entry, imported });
  }

  const repoint = (attribution: Attribution): Attribution => {
    const link = attribution.sourceId ? linked.get(attribution.sourceId) : undefined;
    if (!link) return attribution;
    const titleUsed = attribution.titleUsed ?? (link.imported.title && link.imported.title !== link.entry.title ? link.imported.title : undefined);
    return { ...attribution, sourceId: link.entry.id, ...(titleUsed ? { titleUsed } : {}) };
  };
  const runs = (list: ImportedRun[]): ImportedRun[] =>
    list.map((run) => (run.quote ? { ...run, quote: { ...run.quote, attribution: repoint(run.quote.attribution) } } : run));
  const blocks = article.blocks.map((block): ImportedBlock => {
    switch (block.kind) {
      case 'paragraph':
        return { ...block, runs: runs(block.runs) };
      case 'pullquote':
        return { ...block, runs: runs(block.runs), attribution: repoint(block.attribution) };
      case 'list':
        return { ...block, items: block.items.map(runs) };
      default:
        return block;
    }
  });
  const sources = [...new Map([...linked.values()].map(({ entry }) => [entry.id, entry])).values()];
  return { ...article, blocks, sources };
}
