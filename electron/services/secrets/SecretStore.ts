/**
 * Where credentials (publishing passwords, …) are kept. The desktop app keeps
 * them with the operating system's encryption (`keychain`); the web host and
 * the CLI, which cannot reach it, in a file only the user may read (`file`).
 * A secret saved by one kind is invisible to the other: a target added in the
 * desktop app asks for its password again the first time the CLI uses it.
 */
export interface SecretStore {
  readonly kind: SecretStoreKind;
  get(name: string): Promise<string | undefined>;
  set(name: string, value: string): Promise<void>;
  delete(name: string): Promise<void>;
}

export type SecretStoreKind = 'keychain' | 'file';

const secretNamePattern = /^[a-z0-9][a-z0-9._-]{0,99}$/i;

/** Secret names are keys of a JSON object: no `__proto__`, no paths, nothing surprising. */
export function isSecretName(name: string): boolean {
  return secretNamePattern.test(name);
}
