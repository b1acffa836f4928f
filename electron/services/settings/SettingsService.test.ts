import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../shared/api/dispatcher';
import { midadContract } from '../../../shared/api/midad';
import { onlyServices } from '../../../shared/api/testing/onlyServices';
import { defaultSettings, type Settings } from '../../../shared/model/settings';
import { openConfSettings, settingsFilePath } from './confSettingsStore';
import { SettingsService } from './SettingsService';
import { createMemorySettingsStore } from './SettingsStore';

const context = { clientId: 'test' };

/** Routes through the real dispatcher so argument checks are the ones every host applies. */
function dispatcherFor(settings: SettingsService) {
  return createDispatcher(midadContract, onlyServices({ settings }));
}

describe('SettingsService', () => {
  it('reads the defaults from an empty store', async () => {
    const service = new SettingsService({ store: createMemorySettingsStore() });
    expect(await service.get()).toEqual(defaultSettings);
  });

  it('round-trips top-level and nested keys through conf on disk', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'midad-settings-'));
    const service = new SettingsService(await openConfSettings(dataDir));
    await service.set({ key: 'uiLanguage', value: 'en' });
    await service.set({ key: 'houseStyle.monthNames', value: 'maghreb' });

    const onDisk = JSON.parse(readFileSync(settingsFilePath(dataDir), 'utf8')) as Settings;
    expect(onDisk.uiLanguage).toBe('en');
    expect(onDisk.houseStyle.monthNames).toBe('maghreb');
    expect(onDisk.houseStyle.timeZone).toBe('Africa/Casablanca');

    const reopened = new SettingsService(await openConfSettings(dataDir));
    expect(await reopened.get()).toEqual({
      ...defaultSettings,
      uiLanguage: 'en',
      houseStyle: { ...defaultSettings.houseStyle, monthNames: 'maghreb' },
    });
  });

  it('emits the new settings after a change', async () => {
    const service = new SettingsService({ store: createMemorySettingsStore() });
    const seen: Settings[] = [];
    const unsubscribe = service.onDidChange((settings) => seen.push(settings));
    await service.set({ key: 'role', value: 'editor' });
    unsubscribe();
    await service.set({ key: 'role', value: 'journalist' });
    expect(seen.map((settings) => settings.role)).toEqual(['editor']);
  });

  it.each([
    ['uiLanguage', 'de'],
    ['houseStyle.digits', 'roman'],
    ['userName', 42],
    ['userName', 'x'.repeat(201)],
    ['theme', undefined],
    ['houseStyle.timeZone', ''],
  ])('refuses %s = %j as invalid_request and keeps the stored value', async (key, value) => {
    const store = createMemorySettingsStore({ userName: 'Salma' });
    const dispatcher = dispatcherFor(new SettingsService({ store }));
    const reply = await dispatcher.call('settings.set', { key, value }, context);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(store.read()).toEqual({ userName: 'Salma' });
  });

  it('refuses an unknown key before it reaches the service', async () => {
    const store = createMemorySettingsStore();
    const dispatcher = dispatcherFor(new SettingsService({ store }));
    for (const key of ['houseStyle', '__proto__.polluted', 'houseStyle.nope', 'nope']) {
      const reply = await dispatcher.call('settings.set', { key, value: 'x' }, context);
      expect(reply).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(store.read()).toEqual({});
  });

  it('reports a reset settings file once, and still starts with the defaults', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'midad-settings-'));
    writeFileSync(settingsFilePath(dataDir), '\u0000\u0000garbage');
    const service = new SettingsService(await openConfSettings(dataDir));
    expect(await service.get()).toEqual(defaultSettings);
    const notices = await service.takeNotices();
    expect(notices).toHaveLength(1);
    expect(readFileSync(notices[0]!.backupPath, 'utf8')).toBe('\u0000\u0000garbage');
    expect(await service.takeNotices()).toEqual([]);
  });

  it('reads a file damaged while running as the defaults instead of failing', async () => {
    const store = createMemorySettingsStore({ uiLanguage: 'klingon' });
    expect(await new SettingsService({ store }).get()).toEqual(defaultSettings);
    const unreadable = {
      read: () => {
        throw new SyntaxError('Unexpected token');
      },
      write: () => undefined,
    };
    expect(await new SettingsService({ store: unreadable }).get()).toEqual(defaultSettings);
  });
});
