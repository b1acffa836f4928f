import { createHash } from 'node:crypto';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { MidadError } from '../../../shared/api/errors';
import { MANIFEST_ENTRY, type Manifest } from './manifest';

/** A package's contents before zipping or after unzipping: entry name → bytes. */
export type Entries = Map<string, Uint8Array>;

/** Decompressed bytes a package may expand to: well above a long story with its pictures, far below a zip bomb. */
export const MAX_UNPACKED_BYTES = 1024 * 1024 * 1024;

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Pictures are compressed already: stored as they are, only JSON is deflated. */
export function zipPackage(manifest: Omit<Manifest, 'entries'>, entries: Entries): Uint8Array {
  const checksums = Object.fromEntries([...entries].map(([name, bytes]) => [name, sha256(bytes)]));
  const full: Manifest = { ...manifest, entries: checksums };
  const zippable: Zippable = { [MANIFEST_ENTRY]: [strToU8(JSON.stringify(full)), { level: 6 }] };
  for (const [name, bytes] of entries) zippable[name] = [bytes, { level: name.endsWith('.json') ? 6 : 0 }];
  return zipSync(zippable, { mtime: new Date(manifest.sentAt) });
}

/** The entries of a zip, refused as `package_corrupt` when it is not one, is cut off, or would expand past the limit. */
export function unzipPackage(bytes: Uint8Array, name: string, only?: (entry: string) => boolean): Entries {
  let unpacked = 0;
  try {
    const files = unzipSync(bytes, {
      filter: (file) => {
        unpacked += file.originalSize;
        if (unpacked > MAX_UNPACKED_BYTES) throw new Error('expands past the limit');
        return only ? only(file.name) : true;
      },
    });
    return new Map(Object.entries(files));
  } catch (error) {
    throw new MidadError('package_corrupt', { name }, error instanceof Error ? error.message : String(error));
  }
}

export function entryText(entries: Entries, entry: string): string | undefined {
  const bytes = entries.get(entry);
  return bytes && strFromU8(bytes);
}

export function textBytes(text: string): Uint8Array {
  return strToU8(text);
}
