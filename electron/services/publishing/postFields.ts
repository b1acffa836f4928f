import type { ArticleFields } from '../../../shared/model/article';
import type { FlagMapping, PublishOptions, TargetMappings } from '../../../shared/api/publishingService';
import { MidadError } from '../../../shared/api/errors';

/** The WordPress post fields that come from the article's flags and the target's mappings. */
export interface MappedFields {
  title: string;
  categories: number[];
  tags: number[];
  author?: number;
}

/**
 * Breaking and media tags reach the site as the target maps them: terms, and
 * words around the title. The stored headline is never edited.
 */
export function mapArticleFields(headline: string, fields: ArticleFields, mappings: TargetMappings): MappedFields {
  const flags: FlagMapping[] = [];
  if (fields.breaking && mappings.breaking) flags.push(mappings.breaking);
  for (const tag of fields.mediaTags) {
    const mapping = mappings.mediaTags[tag];
    if (mapping) flags.push(mapping);
  }
  const categories = new Set<number>();
  const tags = new Set<number>();
  const section = mappings.sections[fields.section];
  if (section) categories.add(section);
  for (const flag of flags) {
    if (flag.category) categories.add(flag.category);
    if (flag.tag) tags.add(flag.tag);
  }
  const prefix = flags.map((flag) => flag.prefix).join('');
  const suffix = flags.map((flag) => flag.suffix).join('');
  const author = fields.authors.map((name) => mappings.authors[name]).find((id) => id !== undefined);
  return { title: `${prefix}${headline}${suffix}`, categories: [...categories], tags: [...tags], author };
}

/**
 * WordPress's `date_gmt` is UTC without an offset; the site applies its own
 * time zone for display. A scheduled time must be in the future.
 */
export function scheduledDateGmt(options: PublishOptions, now: number): string | undefined {
  if (options.status !== 'future') return undefined;
  const at = options.at ? Date.parse(options.at) : Number.NaN;
  if (!Number.isFinite(at) || at <= now) throw new MidadError('publish_time_past', {});
  return new Date(at).toISOString().slice(0, 19);
}
