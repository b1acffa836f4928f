import type { ArticleFields } from '../../model/article';
import type { DraftMeta } from '../../model/draft';
import { toZonedIso } from '../../text/dateline';

export interface NewsArticleInput {
  meta: DraftMeta;
  fields: ArticleFields;
  headline: string;
  lead: string;
  timeZone: string;
  /** Absolute URLs of the article's pictures, featured image first. */
  images: string[];
}

/** schema.org `NewsArticle` for search engines and aggregators; dates carry the newsroom's offset. */
export function newsArticleJsonLd({ meta, fields, headline, lead, timeZone, images }: NewsArticleInput): Record<string, unknown> {
  const published = fields.publishedAt ?? meta.createdAt;
  const modified = fields.correctedAt ?? meta.updatedAt;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline,
    ...(lead ? { description: lead } : {}),
    datePublished: toZonedIso(published, timeZone),
    dateModified: toZonedIso(Date.parse(modified) < Date.parse(published) ? published : modified, timeZone),
    inLanguage: meta.language,
    author: fields.authors.map((name) => ({ '@type': 'Person', name })),
    ...(fields.outlet ? { publisher: { '@type': 'Organization', name: fields.outlet } } : {}),
    ...(images.length > 0 ? { image: images } : {}),
    ...(fields.place ? { dateline: fields.place } : {}),
    ...(fields.section ? { articleSection: fields.section } : {}),
    ...(fields.tags.length > 0 ? { keywords: fields.tags.join(', ') } : {}),
  };
}

/** JSON that cannot end the <script> it sits in, whatever the headline says. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
