import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MidadError } from '../../../shared/api/errors';
import { startService, tempDataDir } from '../drafts/testing/harness';
import { nodeFileSystem } from '../storage/FileSystem';
import { faultyFileSystem } from '../storage/testing/faultyFileSystem';
import { AssetsService } from './AssetsService';

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82, 1, 2, 3]);
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70]);
const GIF = new TextEncoder().encode('GIF89a\x01\x00\x01\x00');
const WEBP = new TextEncoder().encode('RIFF\x10\x00\x00\x00WEBPVP8 ');
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return MidadError.revive(error).code;
  }
  return 'resolved';
}

describe('AssetsService', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let draftId: string;
  let assets: AssetsService;

  beforeEach(async () => {
    ({ dir, cleanup } = await tempDataDir());
    const { service } = await startService(dir);
    draftId = (await service.create({})).meta.id;
    await service.stop();
    assets = new AssetsService({ dataDir: dir, readBytes: (path) => readFile(path) });
  });
  afterEach(() => cleanup());

  it('stores each picture type under its content hash and gives the same bytes back', async () => {
    for (const [bytes, mime, extension] of [
      [PNG, 'image/png', 'png'],
      [JPEG, 'image/jpeg', 'jpg'],
      [GIF, 'image/gif', 'gif'],
      [WEBP, 'image/webp', 'webp'],
    ] as const) {
      // The declared name and type lie on purpose: only the bytes decide.
      const added = await assets.add({ draftId, name: 'photo.txt', mime: 'text/plain', base64: base64(bytes) });
      expect(added.mime).toBe(mime);
      const file = await readFile(join(dir, 'drafts', draftId, 'assets', `${added.assetId}.${extension}`));
      expect(new Uint8Array(file)).toEqual(bytes);
      expect(await assets.get({ draftId, assetId: added.assetId })).toEqual({ mime, base64: base64(bytes) });
    }
    const listed = await assets.list({ draftId });
    expect(listed.map((asset) => asset.mime).sort()).toEqual(['image/gif', 'image/jpeg', 'image/png', 'image/webp']);
    expect(listed.find((asset) => asset.mime === 'image/png')?.size).toBe(PNG.length);
  });

  it('stores the same picture once and leaves no temp file', async () => {
    const first = await assets.add({ draftId, name: 'a.png', mime: 'image/png', base64: base64(PNG) });
    const second = await assets.add({ draftId, name: 'b.png', mime: 'image/png', base64: base64(PNG) });
    expect(second.assetId).toBe(first.assetId);
    expect(await readdir(join(dir, 'drafts', draftId, 'assets'))).toEqual([`${first.assetId}.png`]);
  });

  it('refuses what is not a png, jpeg, gif or webp, whatever its name says', async () => {
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
    expect(await codeOf(assets.add({ draftId, name: 'x.png', mime: 'image/png', base64: base64(svg) }))).toBe('asset_unsupported_type');
    expect(await codeOf(assets.add({ draftId, name: 'x.png', mime: 'image/png', base64: '' }))).toBe('asset_unsupported_type');
    expect(await codeOf(assets.add({ draftId, name: 'x.png', mime: 'image/png', base64: 'not base64!' }))).toBe('invalid_request');
    expect(await assets.list({ draftId })).toEqual([]);
  });

  it('refuses a picture over the size limit before decoding it, with the limit in the error', async () => {
    const small = new AssetsService({ dataDir: dir, readBytes: (path) => readFile(path), maxBytes: 1024 * 1024 });
    const big = new Uint8Array(1024 * 1024 + 1);
    big.set(PNG);
    const error = await small.add({ draftId, name: 'big.png', mime: 'image/png', base64: base64(big) }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MidadError);
    expect(error).toMatchObject({ code: 'asset_too_large', params: { max: 1 } });
    const justFits = big.slice(0, 1024 * 1024);
    expect((await small.add({ draftId, name: 'ok.png', mime: 'image/png', base64: base64(justFits) })).mime).toBe('image/png');
  });

  it('keeps ids inside the data folder: traversal draft ids and asset ids are refused', async () => {
    for (const badDraft of ['../escape', '..', 'a/b', '%2e%2e']) {
      expect(await codeOf(assets.add({ draftId: badDraft, name: '', mime: '', base64: base64(PNG) }))).toBe('invalid_request');
      expect(await codeOf(assets.list({ draftId: badDraft }))).toBe('invalid_request');
    }
    for (const badAsset of ['../../draft.json', 'x'.repeat(64), `${'a'.repeat(64)}.png`]) {
      expect(await codeOf(assets.get({ draftId, assetId: badAsset }))).toBe('invalid_request');
    }
  });

  it('answers not_found for an unknown draft or asset', async () => {
    expect(await codeOf(assets.add({ draftId: 'zz-no-such-draft', name: '', mime: '', base64: base64(PNG) }))).toBe('not_found');
    expect(await codeOf(assets.get({ draftId, assetId: 'a'.repeat(64) }))).toBe('not_found');
  });

  it('turns a full disk into storage_full and leaves nothing half-written', async () => {
    const fs = faultyFileSystem(nodeFileSystem);
    const failing = new AssetsService({ dataDir: dir, readBytes: (path) => readFile(path), fs });
    fs.setPlan({ kind: 'writeFile', at: 1, code: 'ENOSPC' });
    expect(await codeOf(failing.add({ draftId, name: 'a.png', mime: 'image/png', base64: base64(PNG) }))).toBe('storage_full');
    expect(await readdir(join(dir, 'drafts', draftId, 'assets'))).toEqual([]);
    expect(await failing.list({ draftId })).toEqual([]);
  });
});
