import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Unsubscribe } from '../../shared/api/contract';
import type { Draft } from '../../shared/model/draft';
import { createServices, type Services, type WindowsImplementation } from './createServices';
import { createEmitter } from './events';
import { createMemorySettingsStore } from './settings/SettingsStore';

const context = { clientId: 'window-1' };
const notice = { kind: 'settings_reset' as const, backupPath: '/x/settings.corrupt.json', at: '2026-01-01T00:00:00.000Z' };

describe('createServices', () => {
  const running: Services[] = [];
  afterEach(async () => {
    await Promise.all(running.splice(0).map((services) => services.stop()));
  });

  async function start(options: { settings?: unknown; windows?: WindowsImplementation } = {}) {
    const dataDir = mkdtempSync(join(tmpdir(), 'midad-services-'));
    const services = await createServices({
      dataDir,
      settingsStore: createMemorySettingsStore(options.settings ?? {}),
      settingsNotices: [notice],
      host: 'web',
      version: '1.2.3',
      windows: options.windows,
    });
    running.push(services);
    const events: [string, unknown][] = [];
    services.onEvent((channel, payload) => events.push([channel, payload]));
    const call = async (channel: string, args: unknown) => {
      const reply = await services.dispatcher.call(channel, args, context);
      if (!reply.ok) throw new Error(`${channel}: ${reply.error.code}`);
      return reply.result;
    };
    return { dataDir, services, events, call };
  }

  it('answers app.info for its host and passes on the settings notices', async () => {
    const { dataDir, call } = await start();
    expect(await call('app.info', {})).toEqual({ host: 'web', version: '1.2.3', dataDir });
    expect(await call('settings.takeNotices', {})).toEqual([notice]);
  });

  it('creates drafts with the author and default language from settings, and finds them', async () => {
    const { call, events } = await start({ settings: { userName: 'سلمى', houseStyle: { defaultLanguage: 'fr' } } });
    const draft = (await call('drafts.create', { headline: 'Élection municipale à Fès' })) as Draft;
    expect(draft.meta.language).toBe('fr');
    expect(draft.meta.authors).toEqual(['سلمى']);
    expect(await call('drafts.list', {})).toEqual([draft.meta]);
    expect(events).toContainEqual(['drafts.onDidChange', { ids: [draft.meta.id] }]);
    const hits = (await call('library.search', { query: 'municipale' })) as { id: string }[];
    expect(hits.map((hit) => hit.id)).toEqual([draft.meta.id]);
  });

  it('emits settings changes as settings.onDidChange', async () => {
    const { call, events } = await start();
    await call('settings.set', { key: 'uiLanguage', value: 'en' });
    expect(events).toContainEqual(['settings.onDidChange', expect.objectContaining({ uiLanguage: 'en' })]);
  });

  it('has no windows to open outside the desktop app', async () => {
    const { call } = await start();
    expect(await call('windows.openDraft', { id: 'abcdefgh1234' })).toEqual({ opened: false });
    expect(await call('windows.openLibrary', {})).toEqual({ opened: false });
  });

  it("uses the host's windows and forwards their menu commands until stopped", async () => {
    const commands = createEmitter<{ command: 'new-draft' }>();
    const opened: string[] = [];
    const windows: WindowsImplementation = {
      openDraft: async ({ id }) => (opened.push(id), { opened: true }),
      openLibrary: async () => ({ opened: true }),
      onDidRequestCommand: (listener): Unsubscribe => commands.on(listener),
    };
    const { services, call, events } = await start({ windows });
    expect(await call('windows.openDraft', { id: 'abcdefgh1234' })).toEqual({ opened: true });
    expect(opened).toEqual(['abcdefgh1234']);
    commands.emit({ command: 'new-draft' });
    expect(events).toContainEqual(['windows.onDidRequestCommand', { command: 'new-draft' }]);
    await services.stop();
    await services.stop();
    commands.emit({ command: 'new-draft' });
    expect(events.filter(([channel]) => channel === 'windows.onDidRequestCommand')).toHaveLength(1);
  });
});
