import type { ArticleDocument, SerializedNodeShape } from '../model/document';
import type { ArticleLanguage } from '../model/language';
import { directionOf } from '../model/language';

/** The node type of the single-line headline block at the top of every article. */
export const HEADLINE_NODE_TYPE = 'midad-headline';

function nodeText(node: SerializedNodeShape): string {
  if (typeof node.text === 'string') return node.text;
  if (node.type === 'linebreak') return '\n';
  if (node.type === 'tab') return '\t';
  return (node.children ?? []).map(nodeText).join('');
}

export interface DocumentText {
  headline: string;
  /** The plain text of each top-level block after the headline, in order. */
  blocks: string[];
}

/** Reads the plain text of a serialized document without loading Lexical (search, counts, CLI). */
export function documentText(document: ArticleDocument): DocumentText {
  let headline = '';
  const blocks: string[] = [];
  for (const node of document.root.children) {
    if (node.type === HEADLINE_NODE_TYPE && headline === '') headline = nodeText(node).trim();
    else blocks.push(nodeText(node));
  }
  return { headline, blocks };
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

/** A new article: the headline block and one empty paragraph, both in the article's direction. */
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
        ...paragraphs.map((text) => block('paragraph', text, direction, { textFormat: 0, textStyle: '' })),
      ],
    },
  };
}
