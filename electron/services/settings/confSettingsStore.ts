import Conf from 'conf';
import { join } from 'node:path';
import type { Settings, SettingsNotice } from '../../../shared/model/settings';
import type { SettingsStore } from './SettingsStore';
import { prepareSettingsFile } from './prepareSettingsFile';

export const SETTINGS_FILE_NAME = 'settings.json';

export function settingsFilePath(dataDir: string): string {
  return join(dataDir, SETTINGS_FILE_NAME);
}

/**
 * The settings file of the web host and the CLI: the same file, format and
 * atomic writes as electron-store in the desktop app (which is built on conf),
 * so all three hosts share `<dataDir>/settings.json`.
 */
export async function openConfSettings(dataDir: string): Promise<{ store: SettingsStore; notices: SettingsNotice[] }> {
  const notice = await prepareSettingsFile(settingsFilePath(dataDir));
  const conf = new Conf<Record<string, unknown>>({ cwd: dataDir, configName: 'settings', projectName: 'midad' });
  return {
    store: {
      read: () => conf.store,
      write: (settings: Settings) => {
        conf.store = settings;
      },
    },
    notices: notice ? [notice] : [],
  };
}
