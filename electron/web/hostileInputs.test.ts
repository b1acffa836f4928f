import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, it } from 'vitest';
import { createServices, type Services } from '../services/createServices';
import { createMemorySettingsStore } from '../services/settings/SettingsStore';
import { expectHostileCallsRefused } from '../services/testing/hostileCalls';
import { startWebHost, type WebHost } from './startWebHost';
import { apiCall } from './testing/httpClient';

let services: Services | undefined;
let host: WebHost | undefined;
afterEach(async () => {
  await host?.close();
  await services?.stop();
});

describe('the web transport over the real services', () => {
  it('answers every method, given wrong types, missing fields, traversal ids and 10 MB strings, with a typed reply', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'midad-web-hostile-'));
    services = await createServices({ dataDir, settingsStore: createMemorySettingsStore(), host: 'web', version: '0.0.0' });
    const web = await startWebHost({ services, staticDir: mkdtempSync(join(tmpdir(), 'midad-web-static-')) });
    host = web;
    await expectHostileCallsRefused(dataDir, async (channel, args) =>
      JSON.parse((await apiCall(web.port, web.token, channel, args)).body),
    );
  }, 180_000);
});
