import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import type { FileHandle, FileSystem } from './FileSystem';
import { toStorageError } from './storageErrors';

const TEMP_NAME = /^\..+\.[0-9a-f]{12}\.tmp$/;

/** Temp files left by an interrupted write; recovery removes them. */
export function isTempFileName(name: string): boolean {
  return TEMP_NAME.test(name);
}

/**
 * Replaces `path` so that a reader (or a crash at any instant) sees either the
 * old content or the new, never a mix: write a temp file beside it, fsync, close,
 * rename over the target, fsync the directory. Failures become `MidadError`s
 * (`storage_read_only`, `storage_full`, `storage_failed`) after the temp file
 * has been removed where the disk still allows it.
 */
export async function atomicWriteFile(fs: FileSystem, path: string, data: string | Uint8Array): Promise<void> {
  const directory = dirname(path);
  const temp = join(directory, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  let handle: FileHandle | undefined;
  try {
    handle = await fs.open(temp, 'wx');
    await handle.writeFile(data);
    await handle.sync();
    const closing = handle;
    handle = undefined;
    await closing.close();
    await fs.rename(temp, path);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.unlink(temp).catch(() => undefined);
    throw toStorageError(error);
  }
  try {
    await fs.syncDir(directory);
  } catch (error) {
    throw toStorageError(error);
  }
}
