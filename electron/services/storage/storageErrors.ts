import { MidadError } from '../../../shared/api/errors';

export function errnoOf(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

export function isNotFound(error: unknown): boolean {
  return errnoOf(error) === 'ENOENT';
}

const READ_ONLY = new Set(['EROFS', 'EACCES', 'EPERM']);
const FULL = new Set(['ENOSPC', 'EDQUOT']);

/** Turns a file-system failure into the error the user is shown: read-only, full, or failed. */
export function toStorageError(error: unknown): MidadError {
  if (error instanceof MidadError) return error;
  const errno = errnoOf(error);
  const detail = error instanceof Error ? error.message : String(error);
  if (errno && READ_ONLY.has(errno)) return new MidadError('storage_read_only', {}, detail);
  if (errno && FULL.has(errno)) return new MidadError('storage_full', {}, detail);
  return new MidadError('storage_failed', {}, detail);
}
