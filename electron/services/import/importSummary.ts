import type { ImportSummary } from '../../../shared/api/importService';
import type { ImportedArticle, ImportedRun } from '../../../shared/model/importedArticle';
import type { ImportFormat } from './fileType';

/** What the import found, counted from the article it produced. */
export function importSummary(format: ImportFormat, article: ImportedArticle): ImportSummary {
  const runs: ImportedRun[] = article.blocks.flatMap((block) => (block.kind === 'paragraph' ? block.runs : []));
  const speech = runs.filter((run) => run.quote?.kind === 'speech');
  return {
    format,
    headline: article.headline,
    breaking: article.fields.breaking ?? false,
    ...(article.fields.publishedAt ? { publishedAt: article.fields.publishedAt } : {}),
    mediaTags: article.fields.mediaTags ?? [],
    related: article.fields.related?.length ?? 0,
    intertitles: article.blocks.filter((block) => block.kind === 'intertitle').length,
    paragraphs: article.blocks.filter((block) => block.kind === 'paragraph').length,
    quotes: { speech: speech.length, terms: runs.filter((run) => run.quote?.kind === 'term').length },
    sources: article.sources.map((source) => ({
      name: source.name,
      quotes: speech.filter((run) => run.quote?.attribution.sourceId === source.id).length,
      anonymous: source.anonymous,
    })),
    warnings: article.warnings,
  };
}
