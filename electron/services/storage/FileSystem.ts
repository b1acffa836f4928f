import { open, mkdir, readFile, readdir, rename, rm, stat, unlink } from 'node:fs/promises';

/** The part of an open file that an atomic write uses. */
export interface FileHandle {
  writeFile(data: string | Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export interface FileStat {
  size: number;
  mtimeMs: number;
  isDirectory(): boolean;
}

/**
 * The file-system calls the storage layer makes, injected so tests can fail any
 * one of them (EROFS, ENOSPC, EIO) without root being able to bypass the fault.
 */
export interface FileSystem {
  /** `flags` as in `fs.open`; atomic writes use `wx` so a temp name is never shared. */
  open(path: string, flags: string): Promise<FileHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  mkdir(path: string, options: { recursive: true }): Promise<void>;
  readdir(path: string): Promise<string[]>;
  readFile(path: string): Promise<string>;
  stat(path: string): Promise<FileStat>;
  rm(path: string, options: { recursive: true; force?: boolean }): Promise<void>;
  /** Flushes a directory's entries (a rename inside it) to disk. */
  syncDir(path: string): Promise<void>;
}

/** Errors some systems give for fsync on a directory, where it is not needed or not allowed. */
const DIR_SYNC_UNSUPPORTED = new Set(['EINVAL', 'EPERM', 'EISDIR', 'EACCES']);

export const nodeFileSystem: FileSystem = {
  async open(path, flags) {
    const handle = await open(path, flags, 0o644);
    return {
      writeFile: (data) => handle.writeFile(data),
      sync: () => handle.sync(),
      close: () => handle.close(),
    };
  },
  rename: (from, to) => rename(from, to),
  unlink: (path) => unlink(path),
  async mkdir(path, options) {
    await mkdir(path, options);
  },
  readdir: (path) => readdir(path),
  readFile: (path) => readFile(path, 'utf8'),
  stat: (path) => stat(path),
  rm: (path, options) => rm(path, options),
  async syncDir(path) {
    let handle;
    try {
      handle = await open(path, 'r');
      await handle.sync();
    } catch (error) {
      // Windows cannot open a directory and some file systems refuse fsync on
      // one; there the rename is as durable as the OS makes it.
      if (!DIR_SYNC_UNSUPPORTED.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
    } finally {
      await handle?.close();
    }
  },
};
