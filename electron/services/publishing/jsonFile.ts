import { dirname } from 'node:path';
import type { z } from 'zod';
import { atomicWriteFile } from '../storage/atomicWriteFile';
import { nodeFileSystem, type FileSystem } from '../storage/FileSystem';
import { toStorageError } from '../storage/storageErrors';

/**
 * A small JSON record on disk (a target list, a publication record, an outbox
 * job): read and checked against its schema, replaced atomically. A missing
 * file is `undefined`; a damaged one is too, so one bad file cannot stop publishing.
 */
export async function readJsonFile<S extends z.ZodType>(path: string, schema: S, fs: FileSystem = nodeFileSystem): Promise<z.output<S> | undefined> {
  let text: string;
  try {
    text = await fs.readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw toStorageError(error);
  }
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export async function writeJsonFile(path: string, value: unknown, fs: FileSystem = nodeFileSystem): Promise<void> {
  await fs.mkdir(dirname(path), { recursive: true }).catch((error: unknown) => {
    throw toStorageError(error);
  });
  await atomicWriteFile(fs, path, `${JSON.stringify(value, null, 2)}\n`);
}
