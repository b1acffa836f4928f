import type { ArticleDocument, SerializedNodeShape } from '../model/document';
import type { ArticleLanguage } from '../model/language';
import { directionOf } from '../model/language';
import { positionalBlockId, withBlockId } from './blockIdFormat';

/** The node type of the single-line headline block at the top of every article. */
export const HEADLINE_NODE_TYPE = 'midad-headline';
/** The fixed blocks after the headline (see shared/editor/nodes/). */
export const KICKER_NODE_TYPE = 'midad-kicker';
export const LEAD_NODE_TYPE = 'midad-lead';
/** Inline quotes hold their words without quotation marks; plain text shows them with typographic ones. */
const QUOTE_NODE_TYPE = 'midad-quote';

/** The plain text of one serialized node and its descendants (inline quotes in typographic marks). */
export function nodeText(node: SerializedNodeShape): string {
  if (typeof node.text === 'string') return node.text;
  if (node.type === 'linebreak') return '\n';
  if (node.type === 'tab') return '\t';
  const text = (node.children ?? []).map(nodeText).join('');
  return node.type === QUOTE_NODE_TYPE ? `“${text}”` : text;
}

export interface DocumentText {
  headline: string;
  kicker: string;
  lead: string;
  /** The plain text of each top-level block after the headline, in order (kicker and lead included). */
  blocks: string[];
}

/** Reads the plain text of a serialized document without loading Lexical (search, counts, CLI). */
export function documentText(document: ArticleDocument): DocumentText {
  let headline = '';
  let kicker = '';
  let lead = '';
  const blocks: string[] = [];
  for (const node of document.root.children) {
    if (node.type === HEADLINE_NODE_TYPE && headline === '') {
      headline = nodeText(node).trim();
      continue;
    }
    const text = nodeText(node);
    if (node.type === KICKER_NODE_TYPE && kicker === '') kicker = text.trim();
    else if (node.type === LEAD_NODE_TYPE && lead === '') lead = text.trim();
    blocks.push(text);
  }
  return { headline, kicker, lead, blocks };
}

/** Words as a journalist counts them: runs of letters or digits, in any script. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}\u0640'’-]*/gu)?.length ?? 0;
}

export function documentWordCount(document: ArticleDocument): number {
  const { headline, blocks } = documentText(document);
  return countWords(headline) + blocks.reduce((sum, block) => sum + countWords(block), 0);
}

function textNode(text: string): SerializedNodeShape {
  return { type: 'text', version: 1, text, format: 0, style: '', mode: 'normal', detail: 0 };
}

function block(type: string, text: string, direction: 'rtl' | 'ltr', extra: Record<string, unknown> = {}) {
  return {
    type,
    version: 1,
    direction,
    format: '',
    indent: 0,
    children: text ? [textNode(text)] : [],
    ...extra,
  } satisfies SerializedNodeShape;
}

/** A new article: headline, kicker and lead blocks, then paragraphs, all in the article's direction, each with a block id. */
export function createDocument(language: ArticleLanguage, headline = '', paragraphs: string[] = ['']): ArticleDocument {
  const direction = directionOf(language);
  return {
    root: {
      type: 'root',
      version: 1,
      direction,
      format: '',
      indent: 0,
      children: [
        block(HEADLINE_NODE_TYPE, headline, direction),
        block(KICKER_NODE_TYPE, '', direction),
        block(LEAD_NODE_TYPE, '', direction),
        ...paragraphs.map((text) => block('paragraph', text, direction, { textFormat: 0, textStyle: '' })),
      ].map((node, index) => withBlockId(node, positionalBlockId(index))),
    },
  };
}
