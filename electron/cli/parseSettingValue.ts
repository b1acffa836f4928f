import { defaultSettings, type SettingKey } from '../../shared/model/settings';
import { UsageError } from './translator';

/**
 * A setting typed on the command line is a string; the settings service
 * checks values against their schema, so `true`, `120` or a JSON object are
 * turned into what the key holds, judged by the type of its default value.
 */
export function parseSettingValue(key: SettingKey, raw: string): unknown {
  const current = key.split('.').reduce<unknown>((value, part) => (value as Record<string, unknown>)[part], defaultSettings);
  switch (typeof current) {
    case 'boolean':
      if (raw !== 'true' && raw !== 'false') throw new UsageError('settingNeedsBoolean', { key, value: raw });
      return raw === 'true';
    case 'number':
      if (!/^-?\d+(\.\d+)?$/.test(raw)) throw new UsageError('settingNeedsNumber', { key, value: raw });
      return Number(raw);
    case 'object':
      try {
        return JSON.parse(raw) as unknown;
      } catch {
        throw new UsageError('settingNeedsJson', { key, value: raw });
      }
    default:
      return raw;
  }
}
