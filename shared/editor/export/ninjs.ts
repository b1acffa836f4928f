import type { Draft, DraftStatus } from '../../model/draft';
import type { SerializedNodeShape } from '../../model/document';
import type { Source } from '../../model/source';
import { documentAsRejected } from '../../review/suggestions/documentAsRejected';
import { documentText } from '../documentText';
import { renderArticleHtml, type ArticleHtmlInput } from './articleHtml';
import { articleLabels, joinNames } from './articleLabels';

/** The subset of IPTC ninjs 3.1 Midad writes (https://iptc.org/std/ninjs/). */
export interface NinjsItem {
  uri: string;
  type: 'text';
  language: string;
  firstCreated: string;
  versionCreated: string;
  pubStatus: 'usable' | 'withheld' | 'canceled';
  urgency: number;
  headlines: { role: string; value: string }[];
  descriptions?: { role: string; contentType: string; value: string }[];
  bodies: { role: 'main'; contentType: 'text/html'; value: string }[];
  by?: string;
  located?: string;
  slugline?: string;
  people?: { name: string; rel: string }[];
  organisations?: { name: string; rel: string }[];
  subjects?: { name: string; rel: string }[];
}

/**
 * IPTC urgency runs 1 (flash) to 9; wire desks treat 5 as routine. A story
 * flagged عاجل is a flash, everything else routine.
 */
const BREAKING_URGENCY = 1;
const ROUTINE_URGENCY = 5;

/** A corrected story is still on the site; a killed one must be taken down by the receiver. */
function pubStatus(status: DraftStatus): NinjsItem['pubStatus'] {
  if (status === 'published' || status === 'corrected') return 'usable';
  if (status === 'killed') return 'canceled';
  return 'withheld';
}

function quotedSourceIds(node: SerializedNodeShape, into: Set<string>): Set<string> {
  const attribution = node.attribution as { sourceId?: string } | undefined;
  if (attribution?.sourceId) into.add(attribution.sourceId);
  for (const child of node.children ?? []) quotedSourceIds(child, into);
  return into;
}

/**
 * The sources the story quotes, by kind. Anonymous sources are left out
 * entirely: even their public description would mark them as a named party.
 */
function quotedSources(draft: Pick<Draft, 'document' | 'sources'>, kind: Source['kind']): { name: string; rel: string }[] {
  const quoted = quotedSourceIds(documentAsRejected(draft.document).root, new Set());
  return draft.sources
    .filter((source) => source.kind === kind && !source.anonymous && quoted.has(source.id) && source.name.trim())
    .map((source) => ({ name: source.name, rel: 'quoted' }));
}

/** The article body as the HTML export renders it (place, quotes, pictures), without the page header. */
export function articleBodyHtml(input: Omit<ArticleHtmlInput, 'standalone' | 'fontsCss'>): string {
  const container = input.document.createElement('div');
  container.innerHTML = renderArticleHtml({ ...input, standalone: false });
  return container.querySelector('.article-body')?.innerHTML ?? '';
}

/**
 * The story as an IPTC ninjs 3.1 news item for agencies and aggregators.
 * Tags become `subjects` (ninjs 3.x has no `keywords`), the kicker a
 * `subhead` headline, the lead the `summary` description. Pending
 * suggestions are left out, as if rejected.
 */
export function articleNinjs(input: Omit<ArticleHtmlInput, 'standalone' | 'fontsCss'>): NinjsItem {
  const { meta, fields } = input.draft;
  const text = documentText(documentAsRejected(input.draft.document));
  const by = joinNames(fields.authors.length > 0 ? fields.authors : meta.authors, articleLabels[meta.language]);
  const people = quotedSources(input.draft, 'person');
  const organisations = quotedSources(input.draft, 'organisation');
  const tags = [...new Set(fields.tags.map((tag) => tag.trim()).filter(Boolean))];
  const item: NinjsItem = {
    uri: `urn:midad:draft:${encodeURIComponent(meta.id)}`,
    type: 'text',
    language: meta.language,
    firstCreated: meta.createdAt,
    versionCreated: meta.updatedAt,
    pubStatus: pubStatus(meta.status),
    urgency: fields.breaking ? BREAKING_URGENCY : ROUTINE_URGENCY,
    headlines: [{ role: 'main', value: text.headline }, ...(text.kicker ? [{ role: 'subhead', value: text.kicker }] : [])],
    bodies: [{ role: 'main', contentType: 'text/html', value: articleBodyHtml(input) }],
  };
  if (text.lead) item.descriptions = [{ role: 'summary', contentType: 'text/plain', value: text.lead }];
  if (by) item.by = by;
  if (fields.place.trim()) item.located = fields.place.trim();
  if (fields.slug.trim()) item.slugline = fields.slug.trim();
  if (people.length > 0) item.people = people;
  if (organisations.length > 0) item.organisations = organisations;
  if (tags.length > 0) item.subjects = tags.map((name) => ({ name, rel: 'about' }));
  return item;
}
