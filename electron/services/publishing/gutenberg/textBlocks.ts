import { inlineHtml } from './inline';
import { delimitBlock, element, joinBlocks } from './markup';
import type { BlockNode } from './nodes';

/** core/paragraph: no class (`className: false` in its block.json). */
export function paragraphBlock(html: string): string {
  return delimitBlock('paragraph', {}, element('p', {}, html));
}

/** core/heading: level 2 is the default and is left out of the comment. */
export function headingBlock(node: BlockNode): string {
  const level = node.tag === 'h3' || node.tag === 'h4' ? Number(String(node.tag).slice(1)) : 2;
  return delimitBlock('heading', level === 2 ? {} : { level }, element(`h${level}`, {}, inlineHtml(node.children ?? [])));
}

function isNestedListItem(item: BlockNode): boolean {
  const children = item.children ?? [];
  return children.length === 1 && children[0]!.type === 'list';
}

/**
 * core/list with core/list-item inner blocks (the list block of WordPress 6.1).
 * Lexical keeps a nested list in a list item of its own after the item it
 * belongs to; WordPress puts it inside that item.
 */
export function listBlock(node: BlockNode): string {
  const items: { html: string; nested: string[] }[] = [];
  for (const item of node.children ?? []) {
    if (item.type !== 'listitem') continue;
    if (isNestedListItem(item) && items.length > 0) {
      items[items.length - 1]!.nested.push(listBlock(item.children![0]!));
    } else {
      items.push({ html: inlineHtml((item.children ?? []).filter((child) => child.type !== 'list')), nested: [] });
    }
  }
  const ordered = node.listType === 'number' || node.tag === 'ol';
  const start = ordered && typeof node.start === 'number' && node.start !== 1 ? node.start : undefined;
  const attributes: Record<string, unknown> = {};
  if (ordered) attributes.ordered = true;
  if (start !== undefined) attributes.start = start;
  const inner = joinBlocks(
    items.map(({ html, nested }) => delimitBlock('list-item', {}, element('li', {}, html + joinBlocks(nested)))),
  );
  return delimitBlock('list', attributes, element(ordered ? 'ol' : 'ul', { start }, inner));
}
