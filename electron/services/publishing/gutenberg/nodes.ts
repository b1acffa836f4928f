import type { SerializedNodeShape } from '../../../../shared/model/document';
import type { Attribution } from '../../../../shared/model/source';

/**
 * The fields of the agreed Midad node JSON that the block serializer reads.
 * Documents come from disk, so every field is read defensively.
 */
export type BlockNode = SerializedNodeShape;

export interface ImageFields {
  assetId: string;
  caption: string;
  credit: string;
  alt: string;
}

export function stringField(node: BlockNode, name: string): string {
  const value = node[name];
  return typeof value === 'string' ? value : '';
}

export function imageFields(value: unknown): ImageFields | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  const text = (name: string) => (typeof record[name] === 'string' ? (record[name] as string) : '');
  if (!text('assetId')) return undefined;
  return { assetId: text('assetId'), caption: text('caption'), credit: text('credit'), alt: text('alt') };
}

export function attributionOf(node: BlockNode): Attribution {
  const value = node.attribution;
  return typeof value === 'object' && value !== null ? (value as Attribution) : {};
}
