import { describe, expect, it } from 'vitest';
import { MAX_ASSET_BYTES } from '../../../../shared/api/assetsService';
import { assetRequestOf, base64ToBytes, bytesToBase64, dataUrlAssetRequest, imageFileProblem, imageFilesOf, isRemoteImageSrc } from './imageFiles';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

describe('image files to assets', () => {
  it('keeps only the image files of a paste or drop', () => {
    const files = [new File([PNG], 'a.png', { type: 'image/png' }), new File(['x'], 'notes.txt', { type: 'text/plain' })];
    expect(imageFilesOf({ files: files as unknown as FileList }).map((file) => file.name)).toEqual(['a.png']);
    expect(imageFilesOf(null)).toEqual([]);
  });

  it('refuses too large and unsupported pictures before reading them', () => {
    expect(imageFileProblem({ size: MAX_ASSET_BYTES + 1, type: 'image/png' })?.code).toBe('asset_too_large');
    expect(imageFileProblem({ size: MAX_ASSET_BYTES + 1, type: 'image/png' })?.params).toEqual({ max: 25 });
    expect(imageFileProblem({ size: 10, type: 'image/tiff' })?.code).toBe('asset_unsupported_type');
    expect(imageFileProblem({ size: MAX_ASSET_BYTES, type: 'image/webp' })).toBeUndefined();
  });

  it('encodes bytes as base64 and back, across chunk boundaries', () => {
    const bytes = new Uint8Array(0x8000 * 2 + 7).map((_, index) => (index * 31) % 256);
    const base64 = bytesToBase64(bytes);
    expect(base64).toBe(Buffer.from(bytes).toString('base64'));
    expect([...base64ToBytes(base64)]).toEqual([...bytes]);
  });

  it('builds the assets.add request from a file', async () => {
    const request = await assetRequestOf('d1', new File([PNG], 'photo.png', { type: 'image/png' }));
    expect(request).toEqual({ draftId: 'd1', name: 'photo.png', mime: 'image/png', base64: Buffer.from(PNG).toString('base64') });
  });

  it('reads a pasted data: picture as an asset request, and tells remote pictures apart', () => {
    const base64 = bytesToBase64(PNG);
    expect(dataUrlAssetRequest('d-1', `data:image/PNG;base64,${base64.slice(0, 8)}\n${base64.slice(8)}`)).toEqual({ draftId: 'd-1', name: '', mime: 'image/png', base64 });
    expect(dataUrlAssetRequest('d-1', 'https://example.com/a.png')).toBeUndefined();
    expect(dataUrlAssetRequest('d-1', 'data:text/html;base64,PHA+')).toBeUndefined();
    expect(isRemoteImageSrc(' HTTPS://example.com/a.png')).toBe(true);
    expect(isRemoteImageSrc(`data:image/png;base64,${base64}`)).toBe(false);
  });
});
