import * as nodeFs from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The synchronous file calls an atomic write needs; tests inject failures through it. */
export type SyncFileSystem = Pick<
  typeof nodeFs,
  'openSync' | 'writeSync' | 'fsyncSync' | 'closeSync' | 'renameSync' | 'rmSync' | 'readFileSync' | 'copyFileSync' | 'mkdirSync'
>;

/**
 * Temp file in the same folder, fsync, rename over the target, fsync the folder:
 * a crash leaves either the old file or the new one, never a mix. Synchronous
 * because settings are repaired before the settings engine opens the file.
 */
export function atomicWriteFileSync(path: string, data: string, fs: SyncFileSystem = nodeFs): void {
  const folder = dirname(path);
  const temp = join(folder, `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  fs.mkdirSync(folder, { recursive: true });
  try {
    const fd = fs.openSync(temp, 'w', 0o600);
    try {
      fs.writeSync(fd, data);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, path);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
  fsyncFolder(folder, fs);
}

function fsyncFolder(folder: string, fs: SyncFileSystem): void {
  // Windows cannot open a directory for fsync; the rename is as durable as it gets there.
  if (process.platform === 'win32') return;
  const fd = fs.openSync(folder, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
