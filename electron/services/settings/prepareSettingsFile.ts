import { basename, dirname, extname, join } from 'node:path';
import { defaultSettings, settingsSchema, type SettingsNotice } from '../../../shared/model/settings';
import { atomicWriteFile } from '../storage/atomicWriteFile';
import { nodeFileSystem, type FileSystem } from '../storage/FileSystem';
import { isNotFound, toStorageError } from '../storage/storageErrors';

/**
 * Runs before conf or electron-store open the settings file, because both
 * refuse to start on a file they cannot parse. A file that is not JSON or
 * fails the schema is moved aside (never deleted: the user may want their old
 * values back) and replaced with the defaults; the notice tells the user.
 * A missing file is fine: every setting has a default.
 */
export async function prepareSettingsFile(
  path: string,
  fs: FileSystem = nodeFileSystem,
  now: () => Date = () => new Date(),
): Promise<SettingsNotice | undefined> {
  let text: string;
  try {
    text = await fs.readFile(path);
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw toStorageError(error);
  }
  if (isValidSettingsText(text)) return undefined;

  const at = now();
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  const extension = extname(path);
  const backupPath = join(dirname(path), `${basename(path, extension)}.corrupt-${stamp}${extension || '.json'}`);
  // A rename keeps the damaged bytes exactly as they were, which a copy through a string would not.
  try {
    await fs.rename(path, backupPath);
  } catch (error) {
    throw toStorageError(error);
  }
  try {
    await atomicWriteFile(fs, path, `${JSON.stringify(defaultSettings, null, '\t')}\n`);
  } catch {
    // A missing file reads as the defaults too, so a full disk does not stop the app from starting.
  }
  return { kind: 'settings_reset', backupPath, at: at.toISOString() };
}

function isValidSettingsText(text: string): boolean {
  try {
    return settingsSchema.safeParse(JSON.parse(text)).success;
  } catch {
    return false;
  }
}
