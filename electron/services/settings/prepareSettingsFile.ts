import * as nodeFs from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { defaultSettings, settingsSchema, type SettingsNotice } from '../../../shared/model/settings';
import { atomicWriteFileSync, type SyncFileSystem } from './atomicWriteFileSync';

/**
 * Runs before conf or electron-store open the settings file, because both
 * refuse to start on a file they cannot parse. A file that is not JSON or
 * fails the schema is copied aside (never deleted: the user may want their
 * old values back) and replaced with the defaults; the notice tells the user.
 * A missing file is fine: every setting has a default.
 */
export function prepareSettingsFile(
  path: string,
  fs: SyncFileSystem = nodeFs,
  now: () => Date = () => new Date(),
): SettingsNotice | undefined {
  let text: string;
  try {
    text = fs.readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  if (isValidSettingsText(text)) return undefined;

  const at = now();
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  const extension = extname(path);
  const backupPath = join(dirname(path), `${basename(path, extension)}.corrupt-${stamp}${extension || '.json'}`);
  fs.copyFileSync(path, backupPath);
  atomicWriteFileSync(path, `${JSON.stringify(defaultSettings, null, '\t')}\n`, fs);
  return { kind: 'settings_reset', backupPath, at: at.toISOString() };
}

function isValidSettingsText(text: string): boolean {
  try {
    return settingsSchema.safeParse(JSON.parse(text)).success;
  } catch {
    return false;
  }
}
