import type { Settings } from '../../../shared/model/settings';

/**
 * Where settings persist: electron-store in the desktop app, `conf` in the web
 * host, the CLI and tests. Both engines write atomically; this interface is
 * kept tiny so each host's adapter is a few lines.
 */
export interface SettingsStore {
  /** The stored object as it is on disk; the service validates it. */
  read(): unknown;
  write(settings: Settings): void;
}

/** An in-memory store, for tests and for hosts that must not touch the disk. */
export function createMemorySettingsStore(initial: unknown = {}): SettingsStore {
  let stored: unknown = structuredClone(initial);
  return {
    read: () => structuredClone(stored),
    write: (settings) => {
      stored = structuredClone(settings);
    },
  };
}
