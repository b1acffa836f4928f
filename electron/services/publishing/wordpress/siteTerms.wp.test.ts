import { mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { createFileSecretStore } from '../../secrets/fileSecretStore';
import { PublishingService } from '../PublishingService';
import { pngAssets } from '../testing/articles';
import { WordPressClient } from './WordPressClient';

const site = inject('wordpress');
const admin = new WordPressClient({ url: site.url, user: site.user, password: site.applicationPassword, restStyle: 'pretty' });

/** A service (not started: no outbox run is needed to list terms) with the target `site`. */
async function serviceFor(url: string, password: string) {
  const dataDir = await mkdtemp(join(tmpdir(), 'midad-terms-'));
  const service = new PublishingService({ dataDir, secrets: createFileSecretStore(dataDir), drafts: { read: async () => Promise.reject(new Error('unused')) }, assets: pngAssets, timeoutMs: 5_000 });
  await service.addTarget({ name: 'site', type: 'wordpress', url, user: site.user, password });
  return service;
}

/** A local address nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe(`the site's categories and tags, from WordPress ${site.version}`, () => {
  it('lists every category and tag by name, Arabic and escaped characters as written, past the first page of 100', async () => {
    const category = await admin.post<{ id: number }>('/wp/v2/categories', { name: 'اقتصاد & أعمال' });
    const tag = await admin.post<{ id: number }>('/wp/v2/tags', { name: 'الرباط' });
    // Enough tags for a second page, so the list is read to the end.
    const filler: number[] = [];
    for (let batch = 0; batch < 10; batch += 1) {
      const made = await Promise.all(Array.from({ length: 10 }, (_, index) => admin.post<{ id: number }>('/wp/v2/tags', { name: `وسم-${batch * 10 + index}` })));
      filler.push(...made.map((term) => term.id));
    }
    try {
      const terms = await (await serviceFor(site.url, site.applicationPassword)).siteTerms({ name: 'site' });
      expect(terms.categories.find((term) => term.name === 'اقتصاد & أعمال')?.id).toBe(category.id);
      expect(terms.categories.find((term) => term.id === site.categories.politics)).toBeDefined();
      expect(terms.tags.find((term) => term.name === 'الرباط')?.id).toBe(tag.id);
      expect(terms.tags.length).toBeGreaterThan(100);
      expect(new Set(terms.tags.map((term) => term.id)).size).toBe(terms.tags.length);
      expect(filler.every((id) => terms.tags.some((term) => term.id === id))).toBe(true);
    } finally {
      for (const id of [tag.id, ...filler]) await admin.request('DELETE', `/wp/v2/tags/${id}`, { query: { force: 'true' } });
      await admin.request('DELETE', `/wp/v2/categories/${category.id}`, { query: { force: 'true' } });
    }
  });

  it('says the password was refused, or the site unreachable, in words of their own', async () => {
    const refused = await serviceFor(site.url, 'aaaa bbbb cccc dddd eeee ffff');
    await expect(refused.siteTerms({ name: 'site' })).rejects.toMatchObject({ code: 'wp_auth_failed' });
    const away = await serviceFor(`http://127.0.0.1:${await closedPort()}`, site.applicationPassword);
    await expect(away.siteTerms({ name: 'site' })).rejects.toMatchObject({ code: 'wp_site_unreachable', params: { url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/) } });
  });
});
