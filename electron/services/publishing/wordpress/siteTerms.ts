import type { SiteTerm, SiteTerms } from '../../../../shared/api/publishingService';
import { decodeEntities } from '../../../../shared/text/htmlEntities';
import type { WordPressClient } from './WordPressClient';

/**
 * Every category and tag of the site, empty ones included, by id, name and slug.
 * WordPress answers names HTML-escaped (`أخبار &amp; تقارير`); the editor picks them as written.
 */
export async function readSiteTerms(client: WordPressClient): Promise<SiteTerms> {
  const fields = { _fields: 'id,name,slug', hide_empty: 'false' };
  const [categories, tags] = await Promise.all([
    client.all<SiteTerm>('/wp/v2/categories', fields),
    client.all<SiteTerm>('/wp/v2/tags', fields),
  ]);
  const readable = (term: SiteTerm): SiteTerm => ({ id: term.id, name: decodeEntities(term.name), slug: term.slug });
  return { categories: categories.map(readable), tags: tags.map(readable) };
}
