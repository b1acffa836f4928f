import type { SerializedNodeShape } from '../model/document';

/** Block ids as stored in `$.blockId` on each top-level block; readable without loading Lexical. */
export const BLOCK_ID_PATTERN = /^[a-z0-9]{6,32}$/;
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** Ten random base-36 characters: collisions within one article are not a practical concern. */
export function newBlockId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(10));
  let id = '';
  for (const byte of bytes) id += ALPHABET[byte % ALPHABET.length];
  return id;
}

/**
 * The id of the n-th block of a document written outside an editor (a new
 * draft, a migrated one): deterministic, so reading the same file twice gives
 * the same ids, and eight characters long, so it never equals a random id.
 */
export function positionalBlockId(index: number): string {
  return `b${index.toString(36).padStart(7, '0')}`;
}

/** Reads a block id from serialized JSON, for code that does not load Lexical (review, library, migrations). */
export function blockIdOf(node: SerializedNodeShape): string | undefined {
  const state = node.$ as { blockId?: unknown } | undefined;
  const id = state?.blockId;
  return typeof id === 'string' && BLOCK_ID_PATTERN.test(id) ? id : undefined;
}

/** The same node with a block id in its serialized state. */
export function withBlockId<T extends SerializedNodeShape>(node: T, id: string): T {
  return { ...node, $: { ...(node.$ as Record<string, unknown> | undefined), blockId: id } };
}
