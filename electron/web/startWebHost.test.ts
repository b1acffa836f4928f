import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { CallContext } from '../../shared/api/contract';
import { createDispatcher } from '../../shared/api/dispatcher';
import { midadContract } from '../../shared/api/midad';
import { onlyServices } from '../../shared/api/testing/onlyServices';
import { defaultSettings } from '../../shared/model/settings';
import { createEmitter } from '../services/events';
import { SettingsService } from '../services/settings/SettingsService';
import { createMemorySettingsStore } from '../services/settings/SettingsStore';
import { startWebHost, type WebHost } from './startWebHost';
import { apiCall, rawRequest } from './testing/httpClient';

/** The transport under test over the real dispatcher; services are stand-ins that record who called. */
function transportServices() {
  const events = createEmitter<{ channel: string; payload: unknown }>();
  const calls: CallContext[] = [];
  const settings = new SettingsService({ store: createMemorySettingsStore() });
  settings.onDidChange((payload) => events.emit({ channel: 'settings.onDidChange', payload }));
  const implementations = onlyServices({
    app: { info: async (_args, context) => (calls.push(context), { host: 'web', version: '0.0.0', dataDir: '/d' }) },
    settings,
  });
  return {
    calls,
    emit: (channel: string, payload: unknown) => events.emit({ channel, payload }),
    services: {
      dispatcher: createDispatcher(midadContract, implementations),
      onEvent: (listener: (channel: string, payload: unknown) => void) =>
        events.on(({ channel, payload }) => listener(channel, payload)),
    },
  };
}

function openSocket(url: string, headers: Record<string, string>): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { headers });
    socket.once('open', () => resolve(socket));
    socket.once('unexpected-response', (_request, response) => reject(new Error(`refused ${response.statusCode}`)));
    socket.once('error', reject);
  });
}

function nextMessage(socket: WebSocket): Promise<unknown> {
  return new Promise((resolve) => socket.once('message', (data) => resolve(JSON.parse(String(data)))));
}

describe('web host', () => {
  let root: string;
  let staticDir: string;
  let host: WebHost;
  let fake: ReturnType<typeof transportServices>;
  let origin: string;
  let pageHeaders: Record<string, string>;

  beforeEach(async () => {
    root = mkdtempSync(join(tmpdir(), 'midad-web-'));
    staticDir = join(root, 'renderer');
    mkdirSync(join(staticDir, 'assets'), { recursive: true });
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Midad</title>');
    writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(root, 'secret.txt'), 'TOP SECRET');
    fake = transportServices();
    host = await startWebHost({ services: fake.services, staticDir });
    origin = `http://127.0.0.1:${host.port}`;
    pageHeaders = { Host: `127.0.0.1:${host.port}`, Origin: origin };
  });
  afterEach(() => host.close());

  it('listens on loopback with a fresh long token', async () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/`);
    expect(host.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const other = await startWebHost({ services: fake.services, staticDir });
    expect(other.token).not.toBe(host.token);
    expect(other.port).not.toBe(host.port);
    await other.close();
  });

  it('serves the renderer with its security headers and MIME types', async () => {
    const page = await rawRequest(host.port, { path: '/', headers: { Host: `localhost:${host.port}` } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Midad</title>');
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain(`connect-src 'self' ws://127.0.0.1:${host.port} ws://localhost:${host.port}`);
    expect(csp).toContain("frame-ancestors 'none'");

    const script = await rawRequest(host.port, { path: '/assets/app.js', headers: pageHeaders });
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    // Built assets are named by their content hash: a warm start takes them from the cache.
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(script.body).toBe('console.log(1)');
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt', '/%00index.html', '/%E0%A4%A'])(
    'refuses the static path %s without leaking files',
    async (path) => {
      const response = await rawRequest(host.port, { path, headers: pageHeaders });
      expect([400, 404]).toContain(response.status);
      expect(response.body).not.toContain('TOP SECRET');
    },
  );

  it.each(['evil.example', 'evil.example:PORT', '127.0.0.1:1', 'localhost', '127.0.0.1.evil.example:PORT'])(
    'refuses Host %j with 403, for pages and calls alike (DNS rebinding)',
    async (hostName) => {
      const hostHeader = hostName.replace('PORT', String(host.port));
      const page = await rawRequest(host.port, { path: '/', headers: { Host: hostHeader } });
      expect(page.status).toBe(403);
      const call = await apiCall(host.port, host.token, 'app.info', {}, { Host: hostHeader });
      expect(call.status).toBe(403);
      expect(JSON.parse(call.body)).toEqual({ ok: false, error: { code: 'unauthorized' } });
      expect(fake.calls).toEqual([]);
    },
  );

  it('refuses calls without the token, with a wrong one, or from another origin', async () => {
    const noToken = await apiCall(host.port, host.token, 'app.info', {}, { Authorization: '' });
    expect(noToken.status).toBe(401);
    expect(JSON.parse(noToken.body)).toEqual({ ok: false, error: { code: 'unauthorized' } });
    const wrong = await apiCall(host.port, `${host.token.slice(1)}x`, 'app.info', {});
    expect(wrong.status).toBe(401);
    for (const badOrigin of ['http://evil.example', `http://localhost:${host.port}`, 'null', '']) {
      const response = await apiCall(host.port, host.token, 'app.info', {}, { Origin: badOrigin });
      expect(response.status).toBe(403);
    }
    expect(fake.calls).toEqual([]);
  });

  it('answers a good call with the Reply and passes the client id as the call context', async () => {
    const response = await apiCall(host.port, host.token, 'app.info', {}, { 'X-Midad-Client': 'tab-1' });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ ok: true, result: { host: 'web', version: '0.0.0', dataDir: '/d' } });
    expect(fake.calls).toEqual([{ clientId: 'tab-1' }]);
    const badClient = await apiCall(host.port, host.token, 'app.info', {}, { 'X-Midad-Client': '../x' });
    expect(badClient.status).toBe(400);
    expect(fake.calls).toHaveLength(1);
  });

  it.each([
    ['an unknown method', 'drafts.format', {}, 'unknown_method'],
    ['an unknown service', 'fs.readFile', {}, 'unknown_method'],
    ['a prototype key as a method', 'settings.constructor', {}, 'unknown_method'],
    ['wrong types', 'settings.set', { key: 42, value: 'x' }, 'invalid_request'],
    ['missing fields', 'settings.set', {}, 'invalid_request'],
    ['an array instead of an object', 'settings.get', [1, 2], 'invalid_request'],
    ['a 10 MB string', 'settings.set', { key: 'userName', value: 'ب'.repeat(5_000_000) }, 'invalid_request'],
  ])('answers %s with a typed error and no stack', async (_label, channel, args, code) => {
    const response = await apiCall(host.port, host.token, channel, args);
    expect(response.status).toBe(200);
    const reply = JSON.parse(response.body);
    expect(reply).toMatchObject({ ok: false, error: { code } });
    expect(response.body).not.toMatch(/\bat .*\.ts:\d+/);
    const after = JSON.parse((await apiCall(host.port, host.token, 'settings.get', {})).body);
    expect(after).toEqual({ ok: true, result: defaultSettings });
  });

  it('answers a body that is not JSON with invalid_request', async () => {
    const response = await rawRequest(host.port, {
      method: 'POST',
      path: '/api/settings.get',
      headers: { ...pageHeaders, Authorization: `Bearer ${host.token}` },
      body: '{"oops": ',
    });
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body)).toEqual({ ok: false, error: { code: 'invalid_request' } });
  });

  it('refuses a body over 64 MB, declared or streamed, without keeping it', async () => {
    const declared = await rawRequest(host.port, {
      method: 'POST',
      path: '/api/settings.get',
      headers: { ...pageHeaders, Authorization: `Bearer ${host.token}`, 'Content-Length': 65 * 1024 * 1024 },
    }).catch((error: Error) => error);
    expect(declared).toMatchObject({ status: 413 });

    const streamed = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: host.port,
          method: 'POST',
          path: '/api/settings.get',
          headers: { ...pageHeaders, Authorization: `Bearer ${host.token}` },
          agent: false,
        },
        (res) => resolve(res.statusCode ?? 0),
      );
      req.on('error', reject);
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      let sent = 0;
      const pump = () => {
        while (sent < 70 && req.write(chunk)) sent += 1;
        if (sent < 70) req.once('drain', () => ((sent += 1), pump()));
        else req.end();
      };
      pump();
    });
    expect(streamed).toBe(413);
  });

  describe('events', () => {
    it('pushes each checked event to every connected tab', async () => {
      const url = `ws://127.0.0.1:${host.port}/events?token=${host.token}&client=tab-1`;
      const first = await openSocket(url, pageHeaders);
      const second = await openSocket(url.replace('tab-1', 'tab-2'), pageHeaders);
      const received = Promise.all([nextMessage(first), nextMessage(second)]);
      await apiCall(host.port, host.token, 'settings.set', { key: 'uiLanguage', value: 'fr' });
      const [a, b] = await received;
      expect(a).toMatchObject({ channel: 'settings.onDidChange', payload: { uiLanguage: 'fr' } });
      expect(b).toEqual(a);
      first.close();
      second.close();
    });

    it('drops desktop-only and malformed events', async () => {
      const socket = await openSocket(`ws://127.0.0.1:${host.port}/events?token=${host.token}`, pageHeaders);
      const message = nextMessage(socket);
      fake.emit('windows.onDidRequestCommand', { command: 'new-draft' });
      fake.emit('drafts.onDidChange', { ids: ['../../etc/passwd'] });
      fake.emit('nope.onDidThing', {});
      fake.emit('drafts.onDidChange', { ids: ['abcdefgh1234'] });
      expect(await message).toEqual({ channel: 'drafts.onDidChange', payload: { ids: ['abcdefgh1234'] } });
      socket.close();
    });

    it.each([
      ['no token', (port: number) => `ws://127.0.0.1:${port}/events`, {}, 401],
      ['a wrong token', (port: number) => `ws://127.0.0.1:${port}/events?token=nope`, {}, 401],
      ['another origin', (port: number) => `ws://127.0.0.1:${port}/events?token=TOKEN`, { Origin: 'http://evil.example' }, 403],
      ['another host', (port: number) => `ws://127.0.0.1:${port}/events?token=TOKEN`, { Host: 'evil.example' }, 403],
      ['another path', (port: number) => `ws://127.0.0.1:${port}/other?token=TOKEN`, {}, 403],
    ])('refuses a socket with %s', async (_label, url, headers, status) => {
      const attempt = openSocket(url(host.port).replace('TOKEN', host.token), { ...pageHeaders, ...headers });
      await expect(attempt).rejects.toThrow(`refused ${status}`);
    });
  });
});
