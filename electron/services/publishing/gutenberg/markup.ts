/**
 * The string-level rules of WordPress's block serializer (WordPress 6.1,
 * `@wordpress/blocks` serializer.js and `@wordpress/escape-html`), so the
 * markup we send is what the block editor itself would save.
 */

/**
 * Text content: `&` and `<`, like `escapeHTML`. Unlike WordPress we escape every
 * ampersand, even one that looks like an entity, so "&amp;" typed by a
 * journalist shows as typed instead of as "&".
 */
export function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

/** Attribute values: `&`, `"` and `>`, like `escapeAttribute`. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/>/g, '&gt;');
}

/** `serializeAttributes`: JSON that can never end the HTML comment it sits in. */
export function serializeBlockAttributes(attributes: Record<string, unknown>): string {
  return JSON.stringify(attributes)
    .replace(/--/g, '\\u002d\\u002d')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\\"/g, '\\u0022');
}

/** `getCommentDelimitedContent`: a block's HTML between its `<!-- wp:name -->` delimiters. */
export function delimitBlock(name: string, attributes: Record<string, unknown>, html: string): string {
  const serialized = Object.keys(attributes).length > 0 ? `${serializeBlockAttributes(attributes)} ` : '';
  if (!html) return `<!-- wp:${name} ${serialized}/-->`;
  return `<!-- wp:${name} ${serialized}-->\n${html}\n<!-- /wp:${name} -->`;
}

/** Sibling blocks, at the top level or inside a parent (`serialize` joins with a blank line). */
export function joinBlocks(blocks: string[]): string {
  return blocks.join('\n\n');
}

/** An element as `@wordpress/element` renders it: attributes in order, undefined ones left out. */
export function element(tag: string, attributes: Record<string, string | number | undefined>, inner: string): string {
  return `<${tag}${attributeList(attributes)}>${inner}</${tag}>`;
}

export function voidElement(tag: string, attributes: Record<string, string | number | undefined>): string {
  return `<${tag}${attributeList(attributes)}/>`;
}

function attributeList(attributes: Record<string, string | number | undefined>): string {
  return Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttribute(String(value))}"`)
    .join('');
}
