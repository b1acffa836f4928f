import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MidadError } from '../../../shared/api/errors';
import { createFileSecretStore, SECRETS_DIR, SECRETS_FILE } from './fileSecretStore';

const tempDir = () => mkdtemp(join(tmpdir(), 'midad-secrets-'));

describe('createFileSecretStore', () => {
  it('keeps secrets in a file only the user can read, across instances', async () => {
    const dataDir = await tempDir();
    const secrets = createFileSecretStore(dataDir);
    expect(secrets.kind).toBe('file');
    expect(await secrets.get('wp.site')).toBeUndefined();
    await Promise.all([secrets.set('wp.site', 'abcd efgh ثابت'), secrets.set('wp.other', 'x')]);
    const file = join(dataDir, SECRETS_DIR, SECRETS_FILE);
    if (process.platform !== 'win32') {
      expect((await stat(file)).mode & 0o777).toBe(0o600);
      expect((await stat(join(dataDir, SECRETS_DIR))).mode & 0o777).toBe(0o700);
    }
    const reopened = createFileSecretStore(dataDir);
    expect(await reopened.get('wp.site')).toBe('abcd efgh ثابت');
    expect(await reopened.get('wp.other')).toBe('x');
    await reopened.delete('wp.site');
    expect(await secrets.get('wp.site')).toBeUndefined();
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ 'wp.other': 'x' });
  });

  it('treats a damaged file as empty instead of failing every publish', async () => {
    const dataDir = await tempDir();
    const secrets = createFileSecretStore(dataDir);
    await secrets.set('a', '1');
    await writeFile(join(dataDir, SECRETS_DIR, SECRETS_FILE), '{"a":');
    expect(await secrets.get('a')).toBeUndefined();
  });

  it.each(['', '../etc', '__proto__', 'a b'])('refuses the name %j', async (name) => {
    const secrets = createFileSecretStore(await tempDir());
    await expect(secrets.set(name, 'x')).rejects.toThrow(MidadError);
    await expect(secrets.get(name)).rejects.toThrow(MidadError);
  });
});
