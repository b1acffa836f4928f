import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { MidadError } from '../../../shared/api/errors';
import { DraftLayout } from '../drafts/DraftLayout';

export interface AssetFile {
  data: Uint8Array;
  fileName: string;
  mimeType: string;
}

/** Reads a draft's image by asset id; the drafts service owns where assets live. */
export interface AssetReader {
  read(draftId: string, assetId: string): Promise<AssetFile>;
}

const MIME: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
};

/** Assets as files named `<assetId>.<ext>` in the draft's `assets/` folder. */
export function draftAssetReader(dataDir: string): AssetReader {
  const layout = new DraftLayout(dataDir);
  return {
    async read(draftId, assetId) {
      const dir = layout.assetsDir(draftId);
      const names = await readdir(dir).catch(() => [] as string[]);
      const name = names.find((candidate) => candidate === assetId || candidate.startsWith(`${assetId}.`));
      if (!name) throw new MidadError('not_found', {}, `asset ${assetId}`);
      const extension = extname(name).toLowerCase();
      return { data: await readFile(join(dir, name)), fileName: name, mimeType: MIME[extension] ?? 'application/octet-stream' };
    },
  };
}
