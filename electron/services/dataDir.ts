import { homedir } from 'node:os';
import { join, resolve, win32 } from 'node:path';

/** The desktop app's name; Electron derives its userData folder from it. */
export const APP_NAME = 'Midad';

export interface DataDirEnvironment {
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  home: string;
}

/**
 * `$MIDAD_DATA_DIR`, else the folder Electron's `app.getPath('userData')`
 * gives the desktop app, computed without Electron so the web host and the
 * CLI open the same drafts and settings as the app.
 */
export function resolveDataDir(
  { env, platform, home }: DataDirEnvironment = { env: process.env, platform: process.platform, home: homedir() },
): string {
  if (env.MIDAD_DATA_DIR) return resolve(env.MIDAD_DATA_DIR);
  switch (platform) {
    case 'darwin':
      return join(home, 'Library', 'Application Support', APP_NAME);
    case 'win32':
      return win32.join(env.APPDATA ?? win32.join(home, 'AppData', 'Roaming'), APP_NAME);
    default:
      return join(env.XDG_CONFIG_HOME || join(home, '.config'), APP_NAME);
  }
}
