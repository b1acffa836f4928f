import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { appUrl, CONTENT_SECURITY_POLICY, isAppUrl, resolveAppRequest, serveAppRequest } from './appProtocol';

let root: string;
let outside: string;

beforeAll(() => {
  const base = mkdtempSync(join(tmpdir(), 'midad-protocol-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>م</title>');
  writeFileSync(join(root, 'assets', 'app-1.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'font.woff2'), 'w');
  writeFileSync(join(root, '.env'), 'SECRET=1');
  outside = join(base, 'secret.txt');
  writeFileSync(outside, 'outside the renderer');
});

const get = (url: string) => serveAppRequest({ url, method: 'GET' }, root, readFile);
const text = (body: Uint8Array | null) => (body ? Buffer.from(body).toString('utf8') : null);

describe('the midad:// protocol', () => {
  it('serves index.html for the origin root with the strict CSP', async () => {
    for (const url of ['midad://app/', 'midad://app/index.html', appUrl('/draft/abc')]) {
      const response = await get(url);
      expect(response.status).toBe(200);
      expect(text(response.body)).toBe(readFileSync(join(root, 'index.html'), 'utf8'));
      expect(response.headers['Content-Type']).toBe('text/html; charset=utf-8');
      expect(response.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('the CSP forbids remote code, plugins, framing and form posts', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(';').map((directive) => {
        const [name, ...values] = directive.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    // 'wasm-unsafe-eval' compiles WebAssembly (the speller) only; JavaScript eval stays forbidden.
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/(?<!wasm-)unsafe-eval|https?:|\*/);
  });

  it('sends each asset with its MIME type and nosniff', async () => {
    const script = await get('midad://app/assets/app-1.js');
    expect(script.headers['Content-Type']).toBe('text/javascript; charset=utf-8');
    expect(script.headers['X-Content-Type-Options']).toBe('nosniff');
    expect(text(script.body)).toBe('console.log(1)');
    expect((await get('midad://app/assets/font.woff2')).headers['Content-Type']).toBe('font/woff2');
  });

  it.each([
    'midad://app/../secret.txt',
    'midad://app/%2e%2e/secret.txt',
    'midad://app/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'midad://app/assets/..%5c..%5csecret.txt',
    'midad://app/%2Fetc%2Fpasswd',
    'midad://app/.env',
    'midad://app/index.html%00.js',
    'midad://app/C:%5cWindows%5cwin.ini',
  ])('never serves anything outside the renderer folder or hidden: %s', async (url) => {
    const response = await get(url);
    expect(response.status).not.toBe(200);
    expect(text(response.body)).toBeNull();
    expect(response.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers 404 for a missing file and a folder', async () => {
    expect((await get('midad://app/missing.js')).status).toBe(404);
    expect((await get('midad://app/assets')).status).toBe(404);
  });

  it('refuses other hosts, other schemes and writes', async () => {
    expect(resolveAppRequest({ url: 'midad://evil/index.html', method: 'GET' }, root)).toEqual({ kind: 'refused', status: 403 });
    expect(resolveAppRequest({ url: 'file:///etc/passwd', method: 'GET' }, root)).toEqual({ kind: 'refused', status: 403 });
    expect(resolveAppRequest({ url: 'midad://app/index.html', method: 'POST' }, root)).toEqual({ kind: 'refused', status: 405 });
    expect(resolveAppRequest({ url: 'not a url', method: 'GET' }, root)).toEqual({ kind: 'refused', status: 400 });
  });

  it('answers HEAD without a body', async () => {
    const response = await serveAppRequest({ url: 'midad://app/index.html', method: 'HEAD' }, root, readFile);
    expect(response.status).toBe(200);
    expect(response.body).toBeNull();
  });

  it('recognises only its own origin', () => {
    expect(isAppUrl('midad://app/index.html#/draft/x')).toBe(true);
    expect(isAppUrl('midad://app.evil/index.html')).toBe(false);
    expect(isAppUrl('midad://user:pw@app/')).toBe(false);
    expect(isAppUrl('https://app/')).toBe(false);
    expect(isAppUrl('file:///app/index.html')).toBe(false);
    expect(isAppUrl(undefined)).toBe(false);
    expect(isAppUrl('')).toBe(false);
  });
});
