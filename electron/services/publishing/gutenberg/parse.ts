import { RAW_BLOCK_NODE_TYPE } from '../../../../shared/editor/nodes/RawBlockNode';
import type { SerializedNodeShape } from '../../../../shared/model/document';
import { embedBlock } from './mediaBlocks';

interface ParsedBlock {
  name: string;
  attributes: Record<string, unknown>;
  /** The whole block, delimiters included, exactly as in the source. */
  source: string;
  /** The HTML between the delimiters, inner blocks removed. */
  html: string;
  innerBlocks: ParsedBlock[];
}

/** The block comment grammar of `@wordpress/block-serialization-default-parser`. */
const DELIMITER = /<!--\s+(\/)?wp:([a-z][a-z0-9_-]*\/)?([a-z][a-z0-9_-]*)\s+({(?:(?!-->)[\s\S])*?}\s+)?(\/)?-->/g;

function blockName(namespace: string | undefined, name: string): string {
  return `${namespace ?? 'core/'}${name}`;
}

/** The blocks of a post's content; free HTML between blocks (classic content) is ignored. */
export function parseBlocks(markup: string): ParsedBlock[] {
  const top: ParsedBlock[] = [];
  const stack: { block: ParsedBlock; start: number; contentStart: number; htmlParts: string[]; cursor: number }[] = [];
  for (const match of markup.matchAll(DELIMITER)) {
    const [whole, closer, namespace, name, json, selfClosing] = match;
    const index = match.index;
    const parent = stack.at(-1);
    const full = blockName(namespace, name!);
    if (closer) {
      const open = stack.pop();
      if (!open || open.block.name !== full) continue;
      open.htmlParts.push(markup.slice(open.cursor, index));
      open.block.html = open.htmlParts.join('');
      open.block.source = markup.slice(open.start, index + whole.length);
      const outer = stack.at(-1);
      if (outer) {
        outer.block.innerBlocks.push(open.block);
        outer.cursor = index + whole.length;
      } else top.push(open.block);
      continue;
    }
    let attributes: Record<string, unknown> = {};
    try {
      attributes = json ? (JSON.parse(json) as Record<string, unknown>) : {};
    } catch {
      // An attribute object the site mangled: the block is still kept, as raw markup.
    }
    const block: ParsedBlock = { name: full, attributes, source: whole, html: '', innerBlocks: [] };
    if (parent) parent.htmlParts.push(markup.slice(parent.cursor, index));
    if (selfClosing) {
      if (parent) {
        parent.block.innerBlocks.push(block);
        parent.cursor = index + whole.length;
      } else top.push(block);
      continue;
    }
    stack.push({ block, start: index, contentStart: index + whole.length, htmlParts: [], cursor: index + whole.length });
  }
  return top;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', '#039': "'" };

function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+|#039);/gi, (entity, code: string) => {
    if (ENTITIES[code.toLowerCase()] !== undefined) return ENTITIES[code.toLowerCase()]!;
    if (code.startsWith('#x') || code.startsWith('#X')) return String.fromCodePoint(parseInt(code.slice(2), 16));
    if (code.startsWith('#')) return String.fromCodePoint(Number(code.slice(1)));
    return entity;
  });
}

const FORMAT_BITS: Record<string, number> = { strong: 1, b: 1, em: 2, i: 2, s: 4, code: 16, sub: 32, sup: 64 };

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag);
  return match ? decodeEntities(match[1]!) : undefined;
}

/** RichText HTML (what our serializer writes, and what the editor saves) as Lexical inline nodes. */
export function inlineNodes(html: string): SerializedNodeShape[] {
  const root: SerializedNodeShape[] = [];
  const open: { tag: string; bit: number; link?: SerializedNodeShape }[] = [];
  const target = () => [...open].reverse().find((entry) => entry.link)?.link?.children ?? root;
  const format = () => open.reduce((bits, entry) => bits | entry.bit, 0);
  for (const token of html.match(/<[^>]*>|[^<]+/g) ?? []) {
    if (!token.startsWith('<')) {
      target().push({ type: 'text', version: 1, text: decodeEntities(token), format: format(), detail: 0, mode: 'normal', style: '' });
      continue;
    }
    const tag = /^<\/?([a-z0-9]+)/i.exec(token)?.[1]?.toLowerCase() ?? '';
    if (token.startsWith('</')) {
      const at = open.map((entry) => entry.tag).lastIndexOf(tag);
      if (at >= 0) open.splice(at);
    } else if (tag === 'br') {
      target().push({ type: 'linebreak', version: 1 });
    } else if (tag === 'a') {
      const link: SerializedNodeShape = { type: 'link', version: 1, url: attribute(token, 'href') ?? '', children: [] };
      const rel = attribute(token, 'target');
      if (rel) link.target = rel;
      target().push(link);
      open.push({ tag, bit: 0, link });
    } else if (!token.endsWith('/>')) {
      const underline = tag === 'span' && /text-decoration:\s*underline/i.test(attribute(token, 'style') ?? '');
      open.push({ tag, bit: underline ? 8 : FORMAT_BITS[tag] ?? 0 });
    }
  }
  return root;
}

const element = (type: string, children: SerializedNodeShape[], extra: Record<string, unknown> = {}): SerializedNodeShape => ({
  type,
  version: 1,
  children,
  ...extra,
});

function innerOf(html: string, tag: string): string {
  return new RegExp(`<${tag}[^>]*>([\\s\\S]*)</${tag}>`, 'i').exec(html)?.[1] ?? '';
}

function rawBlock(block: ParsedBlock): SerializedNodeShape {
  return { type: RAW_BLOCK_NODE_TYPE, version: 1, name: block.name, markup: block.source };
}

function listNode(block: ParsedBlock): SerializedNodeShape {
  const ordered = block.attributes.ordered === true;
  const items = block.innerBlocks.map((item) => element('listitem', inlineNodes(innerOf(item.html, 'li')), { value: 1 }));
  return element('list', items, { listType: ordered ? 'number' : 'bullet', tag: ordered ? 'ol' : 'ul', start: 1 });
}

/**
 * A quote becomes a pull quote: its paragraphs (or WordPress ≤ 6.0's bare
 * `<p>`s) its words, its `<cite>` the attribution as the site wrote it.
 */
function quoteNode(block: ParsedBlock): SerializedNodeShape {
  const paragraphs = block.innerBlocks.length > 0 ? block.innerBlocks.map((inner) => innerOf(inner.html, 'p')) : [...block.html.matchAll(/<p[^>]*>([\s\S]*?)<\/p>/gi)].map((m) => m[1]!);
  const children = paragraphs.flatMap((html, index) => [...(index > 0 ? [{ type: 'linebreak', version: 1 }] : []), ...inlineNodes(html)]);
  const cite = decodeEntities(innerOf(block.html, 'cite').replace(/<[^>]*>/g, '')).trim();
  return element('midad-pullquote', children, { attribution: cite ? { titleUsed: cite } : {} });
}

function midadNode(block: ParsedBlock): SerializedNodeShape {
  switch (block.name) {
    case 'core/paragraph':
      return element('paragraph', inlineNodes(innerOf(block.html, 'p')));
    case 'core/heading': {
      const level = typeof block.attributes.level === 'number' ? block.attributes.level : 2;
      // Midad's intertitles are h2 and h3; any other level is kept as the site wrote it.
      if (level !== 2 && level !== 3) return rawBlock(block);
      return element('heading', inlineNodes(innerOf(block.html, `h${level}`)), { tag: `h${level}` });
    }
    case 'core/list':
      // A nested list has no faithful Midad form yet: kept whole.
      return block.innerBlocks.some((item) => item.innerBlocks.length > 0) || block.innerBlocks.length === 0 ? rawBlock(block) : listNode(block);
    case 'core/quote':
      return quoteNode(block);
    case 'core/separator':
      return { type: 'midad-separator', version: 1 };
    case 'core/embed': {
      // The address is the block's `url`, or the line inside its wrapper in older posts.
      const url = typeof block.attributes.url === 'string' ? block.attributes.url : decodeEntities(innerOf(block.html, 'div').trim());
      const node: SerializedNodeShape = { type: 'midad-embed', version: 1, url };
      // Only an embed Midad would save the same way becomes an embed: any other form
      // (a caption, another aspect ratio, an older editor's markup) goes back byte for byte.
      return /^https?:\/\/\S+$/i.test(url) && embedBlock(node) === block.source ? node : rawBlock(block);
    }
    default:
      // Pictures stay raw here: the pull makes them Midad pictures once it has their bytes (pulledMedia.ts).
      return rawBlock(block);
  }
}

/** A post's block markup as the top-level nodes of a Midad document body. */
export function blocksToNodes(markup: string): SerializedNodeShape[] {
  return parseBlocks(markup).map(midadNode);
}
