import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MidadError } from '../../../shared/api/errors';
import { atomicWriteFile, isTempFileName } from './atomicWriteFile';
import { nodeFileSystem } from './FileSystem';
import { faultyFileSystem, type OperationKind } from './testing/faultyFileSystem';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'midad-atomic-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('atomicWriteFile', () => {
  it('writes through a temp file in the same directory and leaves only the target', async () => {
    const fs = faultyFileSystem(nodeFileSystem);
    const target = join(dir, 'draft.json');
    await atomicWriteFile(fs, target, 'مداد');
    expect(await readFile(target, 'utf8')).toBe('مداد');
    expect(await readdir(dir)).toEqual(['draft.json']);
    expect(fs.log.map((op) => op.kind)).toEqual(['open', 'writeFile', 'sync', 'close', 'rename', 'syncDir']);
    const tempPath = fs.log[0]!.path;
    expect(tempPath.startsWith(dir)).toBe(true);
    expect(isTempFileName(tempPath.slice(dir.length + 1))).toBe(true);
  });

  const steps: OperationKind[] = ['open', 'writeFile', 'sync', 'close', 'rename', 'syncDir'];
  const codes = [
    ['ENOSPC', 'storage_full'],
    ['EROFS', 'storage_read_only'],
    ['EIO', 'storage_failed'],
  ] as const;

  for (const kind of steps) {
    for (const [errno, code] of codes) {
      it(`maps ${errno} at ${kind} to ${code} and removes its temp file`, async () => {
        const target = join(dir, 'draft.json');
        await writeFile(target, 'old');
        const fs = faultyFileSystem(nodeFileSystem, { kind, at: 1, code: errno });
        const failure = await atomicWriteFile(fs, target, 'new').catch((error: unknown) => error);
        expect(failure).toBeInstanceOf(MidadError);
        expect((failure as MidadError).code).toBe(code);
        expect(await readdir(dir)).toEqual(['draft.json']);
        // Only a failed directory fsync comes after the rename that commits the new text.
        expect(await readFile(target, 'utf8')).toBe(kind === 'syncDir' ? 'new' : 'old');
      });
    }
  }

  it('fails cleanly when the directory is missing', async () => {
    const failure = await atomicWriteFile(nodeFileSystem, join(dir, 'missing', 'x.json'), 'x').catch((e: unknown) => e);
    expect((failure as MidadError).code).toBe('storage_failed');
  });
});
