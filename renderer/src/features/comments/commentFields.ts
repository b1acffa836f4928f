import type { ArticleFields } from '../../../../shared/model/article';

/** The form fields a comment can be on, with their label key in the `article` namespace. */
export const commentableFields: ReadonlyArray<{ field: keyof ArticleFields; label: string }> = [
  { field: 'section', label: 'article:section' },
  { field: 'tags', label: 'article:tags' },
  { field: 'authors', label: 'article:authors' },
  { field: 'outlet', label: 'article:outlet' },
  { field: 'place', label: 'article:place' },
  { field: 'slug', label: 'article:slug' },
  { field: 'publishedAt', label: 'article:publishedAt' },
  { field: 'breaking', label: 'article:breaking' },
  { field: 'mediaTags', label: 'article:mediaTags.label' },
  { field: 'related', label: 'article:related.label' },
];

export function fieldLabelKey(field: keyof ArticleFields): string {
  return commentableFields.find((entry) => entry.field === field)?.label ?? `article:${field}`;
}

/** What a field said when it was commented on, as text an orphan-style quote can show. */
export function fieldQuote(fields: ArticleFields, field: keyof ArticleFields): string {
  const value = fields[field];
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map((item) => (typeof item === 'string' ? item : item.title)).join(' · ');
  return '';
}
