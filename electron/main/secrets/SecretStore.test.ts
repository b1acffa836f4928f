import { describe, expect, it } from 'vitest';
import { MidadError } from '../../../shared/api/errors';
import { createSecretStore, type Cipher, type SecretRecords } from './SecretStore';

/** A reversible stand-in for the OS keychain: XOR with a key, so stored bytes differ from the secret. */
function fakeCipher(available = true): Cipher {
  const key = 0x5a;
  return {
    isAvailable: () => available,
    encrypt: (text) => Buffer.from(text, 'utf8').map((byte) => byte ^ key),
    decrypt: (bytes) => Buffer.from(bytes.map((byte) => byte ^ key)).toString('utf8'),
  };
}

function memoryRecords(): SecretRecords & { raw: Record<string, string> } {
  const store = { raw: {} as Record<string, string> };
  return Object.assign(store, { read: () => ({ ...store.raw }), write: (records: Record<string, string>) => void (store.raw = records) });
}

describe('createSecretStore', () => {
  it('round-trips a secret without ever storing it in the clear', async () => {
    const records = memoryRecords();
    const secrets = createSecretStore(fakeCipher(), records);
    await secrets.set('publishing.wordpress', 'tok-ثابت-123');
    expect(await secrets.get('publishing.wordpress')).toBe('tok-ثابت-123');
    expect(JSON.stringify(records.raw)).not.toContain('tok-');
    expect(await secrets.get('missing')).toBeUndefined();
    await secrets.delete('publishing.wordpress');
    expect(await secrets.get('publishing.wordpress')).toBeUndefined();
    expect(records.raw).toEqual({});
  });

  it('refuses to store a secret when the OS cannot encrypt it', async () => {
    const records = memoryRecords();
    const secrets = createSecretStore(fakeCipher(false), records);
    await expect(secrets.set('token', 'x')).rejects.toThrow(MidadError);
    expect(records.raw).toEqual({});
  });

  it.each(['', '../etc', '__proto__/x', 'a b', 'x'.repeat(101)])('refuses the name %j', async (name) => {
    const secrets = createSecretStore(fakeCipher(), memoryRecords());
    await expect(secrets.set(name, 'x')).rejects.toThrow(MidadError);
    await expect(secrets.get(name)).rejects.toThrow(MidadError);
  });
});
