import { safeStorage } from 'electron';
import Store from 'electron-store';
import { settingsFilePath } from '../../services/settings/confSettingsStore';
import { prepareSettingsFile } from '../../services/settings/prepareSettingsFile';
import type { SettingsStore } from '../../services/settings/SettingsStore';
import type { SettingsNotice } from '../../../shared/model/settings';
import type { Cipher, SecretRecords } from '../secrets/SecretStore';
import type { WindowKind, WindowStateStore } from '../windows/WindowManager';
import { parseWindowState } from '../windows/windowState';

/**
 * The desktop app's settings: electron-store on `<dataDir>/settings.json`, the
 * very file the web host and the CLI open through conf. A damaged file is
 * repaired first, because electron-store refuses to open one.
 */
export async function openElectronStoreSettings(
  dataDir: string,
): Promise<{ store: SettingsStore; notices: SettingsNotice[] }> {
  const notice = await prepareSettingsFile(settingsFilePath(dataDir));
  const store = new Store<Record<string, unknown>>({ cwd: dataDir, name: 'settings' });
  return {
    store: {
      read: () => store.store,
      write: (settings) => {
        store.store = settings;
      },
    },
    notices: notice ? [notice] : [],
  };
}

/** Window positions: worth nothing next to the drafts, so a damaged file is simply started afresh. */
export function openWindowStateStore(dataDir: string): WindowStateStore {
  const store = new Store<Record<string, unknown>>({ cwd: dataDir, name: 'window-state', clearInvalidConfig: true });
  return {
    get: (kind: WindowKind) => parseWindowState(store.get(kind)),
    set: (kind: WindowKind, state) => store.set(kind, state),
  };
}

/** Encrypted secrets, opened on first use so a damaged file cannot stop the app from starting. */
export function secretRecords(dataDir: string): SecretRecords {
  let store: Store<Record<string, string>> | undefined;
  const open = () => (store ??= new Store<Record<string, string>>({ cwd: dataDir, name: 'secrets' }));
  return {
    read: () => ({ ...open().store }),
    write: (records) => {
      open().store = records;
    },
  };
}

/**
 * Electron's safeStorage. On Linux without a keyring it falls back to a
 * hard-coded key (`basic_text`), which is no protection: treated as unavailable.
 */
export const safeStorageCipher: Cipher = {
  isAvailable: () =>
    safeStorage.isEncryptionAvailable() &&
    (process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text'),
  encrypt: (plainText) => safeStorage.encryptString(plainText),
  decrypt: (cipherText) => safeStorage.decryptString(Buffer.from(cipherText)),
};
