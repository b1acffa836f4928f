import { MidadError } from '../../../shared/api/errors';
import { isSecretName, type SecretStore } from '../../services/secrets/SecretStore';

export type { SecretStore };

/** The OS encryption (Electron's `safeStorage` in the app). */
export interface Cipher {
  /** False when only a plain-text fallback exists (Linux without a keyring). */
  isAvailable(): boolean;
  encrypt(plainText: string): Uint8Array;
  decrypt(cipherText: Uint8Array): string;
}

/** Where the encrypted values persist, base64-encoded, by name. */
export interface SecretRecords {
  read(): Record<string, string>;
  write(records: Record<string, string>): void;
}

function checkName(name: string): string {
  if (!isSecretName(name)) throw new MidadError('invalid_request', {}, 'secret name');
  return name;
}

/**
 * Credentials (publishing passwords, …) kept encrypted by the operating system's keychain.
 * Refuses to store anything when the OS cannot encrypt it, rather than
 * writing a token to disk in the clear.
 */
export function createSecretStore(cipher: Cipher, records: SecretRecords): SecretStore {
  const requireCipher = () => {
    if (!cipher.isAvailable()) throw new MidadError('storage_failed', {}, 'no OS encryption for secrets');
  };
  return {
    kind: 'keychain',
    async get(name) {
      const stored = records.read()[checkName(name)];
      if (stored === undefined) return undefined;
      requireCipher();
      return cipher.decrypt(Buffer.from(stored, 'base64'));
    },
    async set(name, value) {
      checkName(name);
      requireCipher();
      records.write({ ...records.read(), [name]: Buffer.from(cipher.encrypt(value)).toString('base64') });
    },
    async delete(name) {
      const { [checkName(name)]: _removed, ...rest } = records.read();
      records.write(rest);
    },
  };
}
