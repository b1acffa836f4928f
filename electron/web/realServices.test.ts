import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { createServices, type Services } from '../services/createServices';
import { createMemorySettingsStore } from '../services/settings/SettingsStore';
import { startWebHost, type WebHost } from './startWebHost';
import { apiCall } from './testing/httpClient';

/** Every path under a folder, to show a refused call wrote nothing. */
function listing(dir: string): string[] {
  return readdirSync(dir, { recursive: true }).map(String).sort();
}

describe('web host over the real services', () => {
  let dataDir: string;
  let services: Services;
  let host: WebHost;
  const call = async (channel: string, args: unknown, client = 'tab-1') =>
    JSON.parse((await apiCall(host.port, host.token, channel, args, { 'X-Midad-Client': client })).body);

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'midad-web-data-'));
    services = await createServices({ dataDir, settingsStore: createMemorySettingsStore(), host: 'web', version: '0.0.0' });
    host = await startWebHost({ services, staticDir: mkdtempSync(join(tmpdir(), 'midad-web-static-')) });
  });
  afterEach(async () => {
    await host.close();
    await services.stop();
  });

  it('refuses path-traversal ids on every draft method without touching any file', async () => {
    const sentinel = join(tmpdir(), `midad-sentinel-${process.pid}.txt`);
    writeFileSync(sentinel, 'untouched');
    const before = listing(dataDir);
    const bad = ['../../etc/passwd', `../../../${sentinel}`, '..', 'a/b/c/d/e/f', 'ABCDEFGH1234', 'abc\u0000defgh'];
    const channels = ['drafts.open', 'drafts.close', 'drafts.delete', 'drafts.restoreFromTrash', 'drafts.revisions'];
    for (const id of bad) {
      for (const channel of channels) {
        expect(await call(channel, { id })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
      }
      expect(await call('drafts.revision', { id, revisionId: id })).toMatchObject({ ok: false });
      expect(await call('windows.openDraft', { id })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    }
    expect(listing(dataDir)).toEqual(before);
    expect(readFileSync(sentinel, 'utf8')).toBe('untouched');
  });

  it('refuses a 10 MB headline and wrong document shapes with typed errors', async () => {
    expect(await call('drafts.create', { headline: 'خ'.repeat(10_000_000) })).toMatchObject({
      ok: false,
      error: { code: 'invalid_request' },
    });
    const created = await call('drafts.create', { headline: 'عنوان' });
    const { id, revisionId } = created.result.meta;
    for (const document of [null, 'text', { root: { type: 'paragraph' } }, { root: { type: 'root', version: 1, children: 'x' } }]) {
      expect(await call('drafts.save', { id, baseRevisionId: revisionId, document, kind: 'autosave' })).toMatchObject({
        ok: false,
        error: { code: 'invalid_request' },
      });
    }
    expect((await call('drafts.list', {})).result).toEqual([created.result.meta]);
  });

  it('tells windows apart by their client id: a second tab opens a held draft read-only', async () => {
    const created = await call('drafts.create', {});
    const { id } = created.result.meta;
    expect(await call('drafts.open', { id }, 'tab-1')).toMatchObject({ ok: true, result: { readOnly: false } });
    expect(await call('drafts.open', { id }, 'tab-2')).toMatchObject({ ok: true, result: { readOnly: true } });
  });

  it('pushes drafts.onDidChange to a connected tab when a draft is created', async () => {
    const socket = new WebSocket(`ws://127.0.0.1:${host.port}/events?token=${host.token}&client=tab-1`, {
      headers: { Host: `127.0.0.1:${host.port}`, Origin: `http://127.0.0.1:${host.port}` },
    });
    await new Promise((resolve) => socket.once('open', resolve));
    const messages: unknown[] = [];
    socket.on('message', (data) => messages.push(JSON.parse(String(data))));
    const created = await call('drafts.create', { headline: 'حدث' });
    await expect.poll(() => messages).toContainEqual({ channel: 'drafts.onDidChange', payload: { ids: [created.result.meta.id] } });
    socket.close();
  });
});
