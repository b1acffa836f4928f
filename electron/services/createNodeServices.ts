import { createRequire } from 'node:module';
import type { SettingsNotice } from '../../shared/model/settings';
import { createServices, type Services } from './createServices';
import { openConfSettings } from './settings/confSettingsStore';
import type { SettingsStore } from './settings/SettingsStore';

/** The version the desktop app reports through `app.getVersion()`, read from the same file. */
function packageVersion(): string {
  const pkg = createRequire(import.meta.url)('../../package.json') as { version: string };
  return pkg.version;
}

/**
 * The services of the hosts that run on plain Node (the web host and the CLI),
 * with settings through conf. A host that already opened the settings file
 * (to learn the UI language) passes it in so the reset notice is not lost.
 */
export async function createNodeServices(
  dataDir: string,
  host: 'web' | 'cli',
  settings?: { store: SettingsStore; notices: SettingsNotice[] },
): Promise<Services> {
  const { store, notices } = settings ?? (await openConfSettings(dataDir));
  return createServices({ dataDir, settingsStore: store, settingsNotices: notices, host, version: packageVersion() });
}
