import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, it } from 'vitest';
import { createServices, type Services } from '../../services/createServices';
import { createMemorySettingsStore } from '../../services/settings/SettingsStore';
import { expectHostileCallsRefused } from '../../services/testing/hostileCalls';
import { createCallHandler } from './ipcBridge';

let services: Services | undefined;
afterEach(async () => {
  await services?.stop();
});

describe('the IPC transport over the real services', () => {
  it('answers every method, given wrong types, missing fields, traversal ids and 10 MB strings, with a typed reply', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'midad-ipc-hostile-'));
    services = await createServices({ dataDir, settingsStore: createMemorySettingsStore(), host: 'electron', version: '0.0.0' });
    const handle = createCallHandler({ dispatcher: services.dispatcher, isAppWindow: () => true });
    const window = { webContentsId: 1, frameUrl: 'midad://app/index.html#/', isMainFrame: true };
    await expectHostileCallsRefused(dataDir, (channel, args) => handle(window, channel, args));
  }, 120_000);
});
