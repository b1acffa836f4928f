import { isAbsolute, resolve } from 'node:path';

export const DRAFT_FILE_EXTENSION = '.midad';

/**
 * The `.midad` file the app was asked to open, from a command line such as
 * `Midad --flag /home/salma/article.midad` (how Windows and Linux pass a file
 * association, and what a second instance forwards). Relative paths are taken
 * from the launching process's folder, not ours.
 */
export function midadFileFromArgv(argv: readonly string[], cwd: string): string | undefined {
  const candidates = argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(DRAFT_FILE_EXTENSION) && !arg.includes('\0'));
  const file = candidates.at(-1);
  if (!file) return undefined;
  return isAbsolute(file) ? file : resolve(cwd, file);
}
