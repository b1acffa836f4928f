import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFileSecretStore } from '../secrets/fileSecretStore';
import type { SecretStore } from '../secrets/SecretStore';
import { PublishingService } from './PublishingService';
import { exportDraft } from './exports/testing/exportDraft';
import { element, pngAssets, sampleArticle, text } from './testing/articles';

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

  it('adding the same site again in the other host gives it the password and keeps its mappings; a different site under the name is refused', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'midad-publishing-'));
    const desktop = service(dataDir, keychainStore());
    await desktop.addTarget(site);
    const mappings = { breaking: { category: 7, prefix: 'عاجل: ', suffix: '' }, mediaTags: {}, authors: {}, sections: {} };
    await desktop.setMappings({ name: 'site', mappings });

    const fileSecrets = createFileSecretStore(dataDir);
    const cli = service(dataDir, fileSecrets);
    await expect(cli.addTarget({ ...site, user: 'someone-else' })).rejects.toMatchObject({ code: 'target_exists' });
    expect(await cli.addTarget({ ...site, url: 'https://news.example' })).toMatchObject({ passwordIn: ['keychain', 'file'], mappings });
    expect(await fileSecrets.get('publishing.site')).toBe('abcd efgh');
    expect(await cli.listTargets()).toHaveLength(1);
    // Once this host has it, adding again is a mistake, not a password.
    await expect(cli.addTarget(site)).rejects.toMatchObject({ code: 'target_exists' });
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

describe('PublishingService checklist and exports', () => {
  const unattributed = sampleArticle('خبر', [element('paragraph', [element('midad-quote', [text('كلام بلا قائل')], { quoteKind: 'speech' })])]);

  async function publishing(article = unattributed) {
    const dataDir = await mkdtemp(join(tmpdir(), 'midad-publishing-'));
    const service = new PublishingService({
      dataDir,
      secrets: createFileSecretStore(dataDir),
      drafts: { read: async () => article, draft: async () => exportDraft() },
      assets: pngAssets,
      proofread: async () => [],
    });
    await service.addTarget(site);
    return service;
  }

  it('refuses to queue a story with checklist blockers, and records the override reason in the job', async () => {
    const service = await publishing();
    expect(await service.checklist({ draftId: 'draft-0001', options: { status: 'draft' } })).toEqual([
      { key: 'quoteUnattributed', severity: 'blocker', params: { quote: 'كلام بلا قائل' } },
    ]);
    await expect(service.publish({ draftId: 'draft-0001', target: 'site', options: { status: 'draft' } })).rejects.toMatchObject({
      code: 'publish_blocked',
      params: { items: 'quoteUnattributed' },
    });
    expect(await service.outbox.list()).toEqual([]);
    await service.publish({ draftId: 'draft-0001', target: 'site', options: { status: 'draft' }, override: { reason: 'المصدر طلب عدم ذكر اسمه' } });
    const [job] = await service.outbox.list();
    await service.stop();
    expect(job?.options.override).toEqual({ reason: 'المصدر طلب عدم ذكر اسمه', blockers: ['quoteUnattributed'] });
  });

  it('exports a draft as a file for download', async () => {
    const service = await publishing();
    const text = await service.export({ id: '0kxfxrgg1-z4hqz0ag', format: 'text' });
    expect(text).toMatchObject({ name: 'terror-cells.txt', mime: 'text/plain;charset=utf-8' });
    expect(Buffer.from(text.base64, 'base64').toString('utf8')).toContain('الرباط – تواصل المصالح الأمنية');
    const ninjs = JSON.parse(Buffer.from((await service.export({ id: '0kxfxrgg1-z4hqz0ag', format: 'ninjs' })).base64, 'base64').toString('utf8'));
    expect(ninjs.bodies[0].value).toContain('data:image/png;base64,');
    const html = Buffer.from((await service.export({ id: '0kxfxrgg1-z4hqz0ag', format: 'html' })).base64, 'base64').toString('utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    const blocks = Buffer.from((await service.export({ id: '0kxfxrgg1-z4hqz0ag', format: 'gutenberg' })).base64, 'base64').toString('utf8');
    expect(blocks).toContain('<!-- wp:heading -->');
    await service.stop();
  });
});
