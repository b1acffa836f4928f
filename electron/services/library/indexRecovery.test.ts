import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { libraryIndexDir, type Services } from '../createServices';
import { createNodeServices } from '../createNodeServices';
import { LibraryIndex } from './LibraryIndex';

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

async function call(services: Services, channel: string, args: unknown) {
  const reply = await services.dispatcher.call(channel, args, { clientId: 'test' });
  if (!reply.ok) throw new Error(`${channel}: ${reply.error.code}`);
  return reply.result as Record<string, unknown>;
}

describe('a damaged search index', () => {
  it('is rebuilt from the drafts on the next start, so search still finds everything', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'midad-index-recovery-'));
    folders.push(dataDir);
    let services = await createNodeServices(dataDir, 'cli');
    const first = await call(services, 'drafts.create', { language: 'ar', headline: 'حرب المغرب على الإرهاب مستمرة' });
    await call(services, 'drafts.create', { language: 'ar', headline: 'البوناني.. تأهب أمني' });
    const firstId = (first.meta as { id: string }).id;
    await services.stop();

    // Compact into a snapshot, then damage only its search part: the catalog still reads
    // fine, so only a rebuild (not the per-draft reconcile) can bring search back.
    const indexDir = libraryIndexDir(dataDir);
    const index = await LibraryIndex.open({ dir: indexDir });
    await index.compact();
    const snapshotPath = join(indexDir, 'snapshot.json');
    const [header, metas, search = ''] = (await readFile(snapshotPath, 'utf8')).split('\n');
    // Same length, so the snapshot's framing still checks out and the damage shows only when search parses it.
    await writeFile(snapshotPath, `${header}\n${metas}\n${'x'.repeat(search.length)}\n`);

    services = await createNodeServices(dataDir, 'cli');
    try {
      const listed = (await services.dispatcher.call('drafts.list', {}, { clientId: 'test' })) as {
        ok: true;
        result: { id: string }[];
      };
      expect(listed.result).toHaveLength(2);
      const search = async (query: string) => {
        const reply = await services.dispatcher.call('library.search', { query }, { clientId: 'test' });
        return reply.ok ? (reply.result as { id: string }[]).map((hit) => hit.id) : [];
      };
      // The first search finds the damage; the reindex it triggers runs in the background.
      await search('الارهاب');
      await expect.poll(() => search('الارهاب'), { timeout: 10_000 }).toEqual([firstId]);
      expect(await search('بوناني')).toHaveLength(1);
    } finally {
      await services.stop();
    }
  });
});
