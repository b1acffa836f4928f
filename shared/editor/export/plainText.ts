import type { Draft } from '../../model/draft';
import type { SerializedNodeShape } from '../../model/document';
import type { HouseStyle } from '../../model/settings';
import type { Attribution, Source } from '../../model/source';
import { formatDateline } from '../../text/dateline';
import { documentAsRejected } from '../../review/suggestions/documentAsRejected';
import { HEADLINE_NODE_TYPE, KICKER_NODE_TYPE, LEAD_NODE_TYPE } from '../documentText';
import { articleLabels, joinNames, type ArticleLabels } from './articleLabels';
import { speakerLabel } from './sourceLabels';

export interface PlainTextInput {
  draft: Pick<Draft, 'meta' | 'document' | 'fields' | 'sources'>;
  houseStyle: HouseStyle;
}

/** The house's quotation marks, typed out since plain text has no stylesheet to draw them. */
export function quotationMarks(style: HouseStyle['quotationMarks']): [string, string] {
  return style === 'guillemets' ? ['«\u00a0', '\u00a0»'] : ['“', '”'];
}

interface Context {
  marks: [string, string];
  sources: ReadonlyMap<string, Source>;
  labels: ArticleLabels;
}

function inline(node: SerializedNodeShape, context: Context): string {
  if (typeof node.text === 'string') return node.text;
  if (node.type === 'linebreak') return '\n';
  if (node.type === 'tab') return '\t';
  const text = (node.children ?? []).map((child) => inline(child, context)).join('');
  return node.type === 'midad-quote' ? `${context.marks[0]}${text}${context.marks[1]}` : text;
}

function figureLine(figure: { caption?: unknown; credit?: unknown }): string {
  const parts = [figure.caption, figure.credit].filter((part): part is string => typeof part === 'string' && part.trim() !== '');
  return parts.length > 0 ? `[${parts.join(' – ')}]` : '';
}

/** One body block as wire text; '' drops it. */
function blockText(node: SerializedNodeShape, context: Context): string {
  switch (node.type) {
    case 'list': {
      const numbered = node.listType === 'number';
      return (node.children ?? []).map((item, index) => `${numbered ? `${index + 1}.` : '•'} ${inline(item, context).trim()}`).join('\n');
    }
    case 'midad-pullquote': {
      const speaker = speakerLabel((node.attribution ?? {}) as Attribution, context.sources, context.labels.listSeparator);
      const words = `${context.marks[0]}${inline(node, context).trim()}${context.marks[1]}`;
      return speaker ? `${words} — ${speaker}` : words;
    }
    case 'midad-image':
      return figureLine(node as { caption?: unknown; credit?: unknown });
    case 'midad-gallery':
      return ((node.images ?? []) as { caption?: unknown; credit?: unknown }[]).map(figureLine).filter(Boolean).join('\n');
    case 'midad-embed':
      return typeof node.url === 'string' ? node.url : '';
    case 'midad-separator':
      return '***';
    default:
      return inline(node, context).trim();
  }
}

/**
 * The story for wire services and copy desks: breaking flag, headline with
 * its media tags, kicker, date line, then "الرباط – " before the lead (or the
 * first paragraph), the body with intertitles, quotes in the house's marks,
 * pictures as their captions, and the byline last. Pending suggestions are
 * left out, as if rejected. Plain text has nothing to
 * escape; HTML in it stays literal characters.
 */
export function articlePlainText({ draft, houseStyle }: PlainTextInput): string {
  const { meta, fields } = draft;
  const labels = articleLabels[meta.language];
  const context: Context = { marks: quotationMarks(houseStyle.quotationMarks), sources: new Map(draft.sources.map((source) => [source.id, source])), labels };
  let headline = '';
  let kicker = '';
  const body: string[] = [];
  for (const node of documentAsRejected(draft.document).root.children) {
    if (node.type === HEADLINE_NODE_TYPE) headline ||= inline(node, context).trim();
    else if (node.type === KICKER_NODE_TYPE) kicker ||= inline(node, context).trim();
    else if (node.type === LEAD_NODE_TYPE) body.unshift(inline(node, context).trim());
    else body.push(blockText(node, context));
  }
  const paragraphs = body.filter(Boolean);
  const place = fields.place.trim();
  if (place && paragraphs.length > 0) paragraphs[0] = `${place}${labels.placeSeparator}${paragraphs[0]}`;
  const tags = fields.mediaTags.map((tag) => ` (${labels.mediaTags[tag]})`).join('');
  const byline = [joinNames(fields.authors, labels), fields.outlet].filter(Boolean).join(' — ');
  const top = [
    fields.breaking ? labels.breaking : '',
    `${headline}${tags}`,
    kicker,
    formatDateline(fields.publishedAt ?? meta.createdAt, houseStyle, meta.language, { hijri: fields.showHijriDate }),
  ].filter(Boolean);
  return `${[top.join('\n'), ...paragraphs, byline].filter(Boolean).join('\n\n')}\n`;
}
