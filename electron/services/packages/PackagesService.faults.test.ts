import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MidadError } from '../../../shared/api/errors';
import { nodeFileSystem } from '../storage/FileSystem';
import { faultyFileSystem, type FaultyFileSystem } from '../storage/testing/faultyFileSystem';
import { article, CALLER, edit, startMachine, type Machine } from './testing/machine';

/** Every rename an import makes, failed in turn: the draft is as before or wholly the received one, never between. */
describe('an import cut short by a failing disk', () => {
  let journalist: Machine;
  let editor: Machine;
  let fs: FaultyFileSystem;
  let id: string;
  let path: string;

  beforeEach(async () => {
    journalist = await startMachine('سلمى');
    fs = faultyFileSystem(nodeFileSystem);
    editor = await startMachine('المحرر', fs);
    id = (await journalist.drafts.create({ headline: 'تفكيك خلية' })).meta.id;
    path = join(journalist.dir, 'story.midad');
    await journalist.packages.export({ id, path });
  });
  afterEach(async () => {
    fs.setPlan(undefined);
    await journalist.close();
    await editor.close();
  });

  async function importFailingRename(at: number): Promise<boolean> {
    fs.setPlan({ kind: 'rename', at, code: 'EIO' });
    try {
      await editor.packages.import({ path }, CALLER);
      return true;
    } catch (error) {
      expect(MidadError.revive(error).code).toBe('storage_failed');
      return false;
    } finally {
      fs.setPlan(undefined);
    }
  }

  it('leaves no draft behind when a new one fails to arrive', async () => {
    let at = 1;
    while (!(await importFailingRename(at))) {
      expect(await editor.drafts.list({ sort: 'updated' })).toEqual([]);
      expect(await readdir(join(editor.dir, 'drafts'))).toEqual([]);
      at += 1;
    }
    expect(at).toBeGreaterThan(2);
    expect((await editor.drafts.list({ sort: 'updated' })).map((meta) => meta.id)).toEqual([id]);
  });

  it('keeps the older version whole when an update fails to arrive', async () => {
    await editor.packages.import({ path }, CALLER);
    const before = (await editor.drafts.list({ sort: 'updated' }))[0]!.revisionId;
    const newer = await edit(journalist, id, article('تفكيك خلية إرهابية', { para0001: 'نص أحدث' }));
    await journalist.packages.export({ id, path });
    let at = 1;
    while (!(await importFailingRename(at))) {
      const [revision] = await editor.drafts.revisions({ id });
      expect([before, newer]).toContain(revision!.id);
      if (revision!.id === newer) break;
      at += 1;
    }
    expect((await editor.drafts.revisions({ id }))[0]!.id).toBe(newer);
  });
});
