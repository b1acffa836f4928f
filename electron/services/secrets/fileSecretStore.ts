import { chmod, mkdir, open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MidadError } from '../../../shared/api/errors';
import { atomicWriteFile } from '../storage/atomicWriteFile';
import { nodeFileSystem, type FileSystem } from '../storage/FileSystem';
import { isSecretName, type SecretStore } from './SecretStore';

export const SECRETS_DIR = 'secrets';
export const SECRETS_FILE = 'secrets.json';

/** Node's file system, but every file it creates is readable by its owner only. */
const privateFileSystem: FileSystem = {
  ...nodeFileSystem,
  async open(path, flags) {
    const handle = await open(path, flags, 0o600);
    return { writeFile: (data) => handle.writeFile(data), sync: () => handle.sync(), close: () => handle.close() };
  },
};

function checkName(name: string): string {
  if (!isSecretName(name)) throw new MidadError('invalid_request', {}, 'secret name');
  return name;
}

/**
 * Secrets for the hosts that run on plain Node, in `<dataDir>/secrets/secrets.json`
 * (folder 0700, file 0600, replaced atomically). Not encrypted: the protection
 * is the file's permissions, as for an SSH key; the README says so.
 */
export function createFileSecretStore(dataDir: string): SecretStore {
  const dir = join(dataDir, SECRETS_DIR);
  const file = join(dir, SECRETS_FILE);
  // One write at a time, so two `set`s in a row cannot lose one another.
  let queue: Promise<unknown> = Promise.resolve();

  async function read(): Promise<Record<string, string>> {
    try {
      const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
      return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, string>) : {};
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
      if (error instanceof SyntaxError) return {};
      throw new MidadError('storage_failed', {}, String(error));
    }
  }

  function update(change: (records: Record<string, string>) => void): Promise<void> {
    const next = queue.then(async () => {
      await mkdir(dir, { recursive: true, mode: 0o700 });
      await chmod(dir, 0o700);
      const records = await read();
      change(records);
      await atomicWriteFile(privateFileSystem, file, JSON.stringify(records));
    });
    queue = next.catch(() => undefined);
    return next;
  }

  return {
    kind: 'file',
    async get(name) {
      checkName(name);
      await queue;
      const records = await read();
      return Object.hasOwn(records, name) && typeof records[name] === 'string' ? records[name] : undefined;
    },
    set: (name, value) => update((records) => void (records[checkName(name)] = value)),
    delete: (name) => update((records) => void delete records[checkName(name)]),
  };
}
