import { assetMimeTypes, MAX_ASSET_BYTES, type AssetMime } from '../../../../shared/api/assetsService';
import { MidadError } from '../../../../shared/api/errors';

/** What a file picker offers: the types the assets service stores. */
export const IMAGE_ACCEPT = assetMimeTypes.join(',');

/** The image files among pasted or dropped items; anything else is left to other handlers. */
export function imageFilesOf(transfer: Pick<DataTransfer, 'files'> | null): File[] {
  return [...(transfer?.files ?? [])].filter((file) => file.type.startsWith('image/'));
}

/**
 * Refuses before reading the bytes what the service would refuse after: a
 * picture too large, or a type it does not store. The service still sniffs the bytes.
 */
export function imageFileProblem(file: Pick<File, 'size' | 'type'>): MidadError | undefined {
  if (file.size > MAX_ASSET_BYTES) return new MidadError('asset_too_large', { max: MAX_ASSET_BYTES / (1024 * 1024) });
  if (!assetMimeTypes.includes(file.type as AssetMime)) return new MidadError('asset_unsupported_type');
  return undefined;
}

/** Base64 in chunks: spreading a multi-megabyte array into `fromCharCode` overflows the stack. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let start = 0; start < bytes.length; start += chunk) {
    binary += String.fromCharCode(...bytes.subarray(start, start + chunk));
  }
  return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** The request `assets.add` takes for a file. */
export async function assetRequestOf(draftId: string, file: File) {
  return { draftId, name: file.name, mime: file.type, base64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) };
}

/**
 * The request `assets.add` takes for a picture pasted inline as a `data:` URL
 * (web pages and Word put small pictures there), or undefined when `src` is not one.
 */
export function dataUrlAssetRequest(draftId: string, src: string) {
  const match = /^data:(image\/[a-z0-9.+-]+);base64,([a-z0-9+/=\s]+)$/iu.exec(src.trim());
  if (!match) return undefined;
  return { draftId, name: '', mime: match[1]!.toLowerCase(), base64: match[2]!.replace(/\s+/gu, '') };
}

/** A picture that would be fetched from the network: the editor never loads one, it only keeps the address. */
export const isRemoteImageSrc = (src: string): boolean => /^https?:\/\//iu.test(src.trim());
