import type { z } from 'zod';
import type { ServiceImplementation, Unsubscribe } from '../../../shared/api/contract';
import { MidadError } from '../../../shared/api/errors';
import type { settingsService } from '../../../shared/api/midad';
import {
  defaultSettings,
  houseStyleSchema,
  settingsSchema,
  type SettingKey,
  type Settings,
  type SettingsNotice,
} from '../../../shared/model/settings';
import { createEmitter } from '../events';
import type { SettingsStore } from './SettingsStore';

export interface SettingsServiceOptions {
  store: SettingsStore;
  /** Notices gathered while the settings file was opened (see `prepareSettingsFile`). */
  notices?: SettingsNotice[];
}

/** The schema of one dotted key, without its default: `set` needs a value, not a reset. */
function schemaOfKey(key: SettingKey): z.ZodType {
  const [head, tail] = key.split('.') as [string, string | undefined];
  const schema = tail
    ? houseStyleSchema.shape[tail as keyof typeof houseStyleSchema.shape]
    : settingsSchema.shape[head as keyof typeof settingsSchema.shape];
  return schema.unwrap();
}

function withValue(settings: Settings, key: SettingKey, value: unknown): unknown {
  const [head, tail] = key.split('.') as [keyof Settings, string | undefined];
  if (!tail) return { ...settings, [head]: value };
  return { ...settings, [head]: { ...(settings[head] as object), [tail]: value } };
}

export class SettingsService implements ServiceImplementation<typeof settingsService> {
  readonly #store: SettingsStore;
  #notices: SettingsNotice[];
  readonly #changes = createEmitter<Settings>();

  constructor({ store, notices = [] }: SettingsServiceOptions) {
    this.#store = store;
    this.#notices = [...notices];
  }

  /**
   * The settings as they are now. The file is read each time because another
   * host (the CLI next to a running app) may have changed it; a file damaged
   * after start (or one that could not be repaired on a read-only disk) reads
   * as the defaults rather than stopping the app.
   */
  current(): Settings {
    let stored: unknown;
    try {
      stored = this.#store.read();
    } catch {
      stored = undefined;
    }
    const parsed = settingsSchema.safeParse(stored);
    return parsed.success ? parsed.data : structuredClone(defaultSettings);
  }

  onDidChange(listener: (settings: Settings) => void): Unsubscribe {
    return this.#changes.on(listener);
  }

  async get(): Promise<Settings> {
    return this.current();
  }

  async set({ key, value }: { key: SettingKey; value: unknown }): Promise<Settings> {
    const checked = schemaOfKey(key).safeParse(value);
    if (!checked.success) {
      throw new MidadError('invalid_request', { key }, checked.error.issues[0]?.message);
    }
    const next = settingsSchema.parse(withValue(this.current(), key, checked.data));
    this.#store.write(next);
    this.#changes.emit(next);
    return next;
  }

  async takeNotices(): Promise<SettingsNotice[]> {
    const notices = this.#notices;
    this.#notices = [];
    return notices;
  }
}
