import { element, escapeText } from './markup';
import { stringField, type BlockNode } from './nodes';

/**
 * Lexical's text format bits and the rich-text formats WordPress saves for
 * them, innermost last (`core/bold` → strong, `core/underline` → a styled span…).
 */
const FORMATS: [bit: number, tag: string, attributes: Record<string, string>][] = [
  [1, 'strong', {}],
  [2, 'em', {}],
  [8, 'span', { style: 'text-decoration: underline;' }],
  [4, 's', {}],
  [16, 'code', {}],
  [32, 'sub', {}],
  [64, 'sup', {}],
];

const SAFE_URL = /^(https?:|mailto:|tel:|#|\/)/i;

function textHtml(node: BlockNode): string {
  let html = escapeText(stringField(node, 'text'));
  const format = typeof node.format === 'number' ? node.format : 0;
  for (const [bit, tag, attributes] of [...FORMATS].reverse()) {
    if (format & bit) html = element(tag, attributes, html);
  }
  return html;
}

function linkHtml(node: BlockNode): string {
  const inner = inlineHtml(node.children ?? []);
  const url = stringField(node, 'url').trim();
  // A `javascript:` link typed or pasted by someone must not reach the site as a link.
  if (!SAFE_URL.test(url)) return inner;
  const target = stringField(node, 'target') === '_blank' ? '_blank' : undefined;
  return element('a', { href: url, target, rel: target ? 'noreferrer noopener' : undefined }, inner);
}

/**
 * The HTML of a block's inline content (RichText's value). An inline quote
 * has no WordPress format: its words stay, its attribution (which may name an
 * anonymous source) does not travel.
 */
export function inlineHtml(children: BlockNode[]): string {
  return children
    .map((child) => {
      switch (child.type) {
        case 'text':
          return textHtml(child);
        case 'linebreak':
          return '<br>';
        case 'tab':
          return '\t';
        case 'link':
        case 'autolink':
          return linkHtml(child);
        default:
          return inlineHtml(child.children ?? []);
      }
    })
    .join('');
}
