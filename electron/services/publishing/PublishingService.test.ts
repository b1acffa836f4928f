import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFileSecretStore } from '../secrets/fileSecretStore';
import type { SecretStore } from '../secrets/SecretStore';
import { PublishingService } from './PublishingService';
import { pngAssets, sampleArticle } from './testing/articles';

/** The desktop app's keychain as seen from a test: a store of the other kind. */
function keychainStore(): SecretStore {
  const values = new Map<string, string>();
  return {
    kind: 'keychain',
    get: async (name) => values.get(name),
    set: async (name, value) => void values.set(name, value),
    delete: async (name) => void values.delete(name),
  };
}

function service(dataDir: string, secrets: SecretStore) {
  return new PublishingService({ dataDir, secrets, drafts: { read: async () => sampleArticle('خبر') }, assets: pngAssets });
}

const site = { name: 'site', type: 'wordpress' as const, url: 'https://news.example/', user: 'editor', password: 'abcd efgh' };

describe('PublishingService targets', () => {
  it('asks for the password again in the other kind of host, then remembers both', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'midad-publishing-'));
    const desktop = service(dataDir, keychainStore());
    expect(await desktop.addTarget(site)).toMatchObject({ url: 'https://news.example', passwordIn: ['keychain'] });

    const cli = service(dataDir, createFileSecretStore(dataDir));
    await expect(cli.publish({ draftId: 'draft-0001', target: 'site', options: { status: 'draft' } })).rejects.toMatchObject({
      code: 'target_password_required',
      params: { target: 'site', savedIn: 'keychain' },
    });
    expect(await cli.outbox.list()).toEqual([]);
    expect((await cli.setPassword({ name: 'site', password: 'abcd efgh' })).passwordIn).toEqual(['keychain', 'file']);
  });

  it('refuses plain http except to this machine, and duplicate names', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'midad-publishing-'));
    const publishing = service(dataDir, createFileSecretStore(dataDir));
    await expect(publishing.addTarget({ ...site, url: 'http://news.example' })).rejects.toMatchObject({ code: 'target_insecure_url' });
    await publishing.addTarget({ ...site, url: 'http://127.0.0.1:8080' });
    await expect(publishing.addTarget(site)).rejects.toMatchObject({ code: 'target_exists' });
    await publishing.removeTarget({ name: 'site' });
    expect(await publishing.listTargets()).toEqual([]);
    expect(await createFileSecretStore(dataDir).get('publishing.site')).toBeUndefined();
  });
});
