import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { ServiceImplementation } from '../../../shared/api/contract';
import { assetIdSchema, MAX_ASSET_BYTES, type AssetMime, type AssetSummary, type assetsService } from '../../../shared/api/assetsService';
import { MidadError } from '../../../shared/api/errors';
import { DraftLayout } from '../drafts/DraftLayout';
import { atomicWriteFile } from '../storage/atomicWriteFile';
import { nodeFileSystem, type FileSystem } from '../storage/FileSystem';
import { isNotFound, toStorageError } from '../storage/storageErrors';
import { extensionOf, sniffImage } from './sniffImage';

/** Binary reads: the storage `FileSystem` reads text, pictures are bytes. */
export type ReadBytes = (path: string) => Promise<Uint8Array>;

export interface AssetsServiceOptions {
  dataDir: string;
  readBytes: ReadBytes;
  fs?: FileSystem;
  maxBytes?: number;
}

type Implementation = ServiceImplementation<typeof assetsService>;
type Args<M extends keyof Implementation> = Parameters<Implementation[M]>[0];
type Result<M extends keyof Implementation> = ReturnType<Implementation[M]>;

const ASSET_FILE = /^([0-9a-f]{64})\.(png|jpg|gif|webp)$/;
const mimeOfExtension = Object.fromEntries(Object.entries(extensionOf).map(([mime, extension]) => [extension, mime])) as Record<
  string,
  AssetMime
>;

/** Bytes a base64 string decodes to, computed without decoding it. */
function decodedLength(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}

/**
 * Pictures in `drafts/<id>/assets/<sha256>.<ext>`, beside the draft they belong
 * to (so trash, restore and export carry them along). Content-addressed: a
 * file, once written, never changes, and adding the same picture twice is a no-op.
 */
export class AssetsService implements Implementation {
  private readonly layout: DraftLayout;
  private readonly fs: FileSystem;
  private readonly maxBytes: number;

  constructor(private readonly options: AssetsServiceOptions) {
    this.layout = new DraftLayout(options.dataDir);
    this.fs = options.fs ?? nodeFileSystem;
    this.maxBytes = options.maxBytes ?? MAX_ASSET_BYTES;
  }

  async add({ draftId, base64 }: Args<'add'>): Result<'add'> {
    const tooLarge = () => new MidadError('asset_too_large', { max: Math.round(this.maxBytes / (1024 * 1024)) });
    if (decodedLength(base64) > this.maxBytes) throw tooLarge();
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) throw new MidadError('invalid_request', {}, 'asset data is not base64');
    const bytes = Buffer.from(base64, 'base64');
    if (bytes.length > this.maxBytes) throw tooLarge();
    const mime = sniffImage(bytes);
    if (!mime) throw new MidadError('asset_unsupported_type');
    await this.requireDraft(draftId);
    const assetId = createHash('sha256').update(bytes).digest('hex');
    const dir = this.layout.assetsDir(draftId);
    const path = join(dir, `${assetId}.${extensionOf[mime]}`);
    if (!(await this.exists(path))) {
      await this.fs.mkdir(dir, { recursive: true }).catch((error: unknown) => {
        throw toStorageError(error);
      });
      await atomicWriteFile(this.fs, path, bytes);
    }
    return { assetId, mime };
  }

  async get({ draftId, assetId }: Args<'get'>): Result<'get'> {
    if (!assetIdSchema.safeParse(assetId).success) throw new MidadError('invalid_request', {}, 'asset id');
    const asset = (await this.list({ draftId })).find((candidate) => candidate.assetId === assetId);
    if (!asset) throw new MidadError('not_found', {}, `asset ${assetId}`);
    const bytes = await this.options.readBytes(join(this.layout.assetsDir(draftId), `${asset.assetId}.${extensionOf[asset.mime]}`));
    return { mime: asset.mime, base64: Buffer.from(bytes).toString('base64') };
  }

  async list({ draftId }: Args<'list'>): Promise<AssetSummary[]> {
    await this.requireDraft(draftId);
    let names: string[];
    try {
      names = await this.fs.readdir(this.layout.assetsDir(draftId));
    } catch (error) {
      if (isNotFound(error)) return [];
      throw toStorageError(error);
    }
    const assets: AssetSummary[] = [];
    for (const name of names.sort()) {
      const match = ASSET_FILE.exec(name);
      if (!match) continue;
      const { size } = await this.fs.stat(join(this.layout.assetsDir(draftId), name));
      assets.push({ assetId: match[1]!, mime: mimeOfExtension[match[2]!]!, size });
    }
    return assets;
  }

  private async requireDraft(draftId: string): Promise<void> {
    if (!(await this.exists(this.layout.draftFile(draftId)))) throw new MidadError('not_found', {}, `draft ${draftId}`);
  }

  private async exists(path: string): Promise<boolean> {
    try {
      await this.fs.stat(path);
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw toStorageError(error);
    }
  }
}
