import { readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MidadError } from '../../../shared/api/errors';
import { arabicArticle, FakeClock, startService, tempDataDir, type TestService } from './testing/harness';
import { MemoryIndex } from './testing/MemoryIndex';

const editor = { clientId: 'window-1' };
const second = { clientId: 'window-2' };

let dataDir: string;
let cleanup: () => Promise<void>;
let clock: FakeClock;
let running: TestService[];

beforeEach(async () => {
  ({ dir: dataDir, cleanup } = await tempDataDir());
  clock = new FakeClock();
  running = [];
});
afterEach(async () => {
  for (const { service } of running) await service.stop();
  await cleanup();
});

async function instance(author: string): Promise<TestService> {
  const started = await startService(dataDir, { clock: clock.now, author, index: new MemoryIndex() });
  running.push(started);
  return started;
}

async function code(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => 'resolved',
    (error: unknown) => (error instanceof MidadError ? error.code : String(error)),
  );
}

describe('DraftsService: one editor per draft', () => {
  it('opens a draft read-only in a second window, refuses its saves, and lets it take over', async () => {
    const { service } = await instance('سلمى');
    const { meta } = await service.create({});
    expect(await service.open({ id: meta.id, takeOver: false }, editor)).toMatchObject({ readOnly: false });
    const shown = await service.open({ id: meta.id, takeOver: false }, second);
    expect(shown).toMatchObject({ readOnly: true, heldBy: 'سلمى' });
    expect(shown.draft.meta).toEqual(meta);

    const save = { id: meta.id, baseRevisionId: meta.revisionId, document: arabicArticle(10, 1), kind: 'autosave' as const };
    expect(await code(service.save(save, second))).toBe('draft_locked');
    expect(await code(service.delete({ id: meta.id }, second))).toBe('draft_locked');

    expect(await service.open({ id: meta.id, takeOver: true }, second)).toMatchObject({ readOnly: false });
    expect(await code(service.save(save, editor))).toBe('draft_locked');
    const saved = await service.save(save, second);
    expect(saved.wordCount).toBe(10);
  });

  it('frees the draft when its window closes', async () => {
    const { service } = await instance('سلمى');
    const { meta } = await service.create({});
    await service.open({ id: meta.id, takeOver: false }, editor);
    await service.close({ id: meta.id }, editor);
    expect(await service.open({ id: meta.id, takeOver: false }, second)).toMatchObject({ readOnly: false });
  });

  it('tells two app instances on one data folder apart, and lets the second take over', async () => {
    const first = await instance('سلمى');
    const other = await instance('كريم');
    const { meta } = await first.service.create({});
    await first.service.open({ id: meta.id, takeOver: false }, editor);

    const shown = await other.service.open({ id: meta.id, takeOver: false }, editor);
    expect(shown).toMatchObject({ readOnly: true, heldBy: `سلمى (${hostname()})` });
    const document = arabicArticle(15, 2);
    const save = { id: meta.id, baseRevisionId: meta.revisionId, document, kind: 'checkpoint' as const };
    expect(await code(other.service.save(save, editor))).toBe('draft_locked');

    expect(await other.service.open({ id: meta.id, takeOver: true }, editor)).toMatchObject({ readOnly: false });
    expect(await code(first.service.save(save, editor))).toBe('draft_locked');
    const saved = await other.service.save(save, editor);
    // The first instance sees the other's save as the current text, not its own older one.
    expect((await first.service.open({ id: meta.id, takeOver: false }, second)).draft.meta).toEqual(saved);
  });

  it('treats the lock of an instance that stopped, crashed or went silent as free', async () => {
    const first = await instance('سلمى');
    const { meta } = await first.service.create({});
    await first.service.open({ id: meta.id, takeOver: false }, editor);
    const lockPath = join(dataDir, 'drafts', meta.id, 'lock.json');
    const lock = JSON.parse(await readFile(lockPath, 'utf8'));

    const other = await instance('كريم');
    // A dead process on this host.
    await writeFile(lockPath, JSON.stringify({ ...lock, instanceId: 'crashed-00000000', pid: 2 ** 22 + 12_345 }));
    expect(await other.service.open({ id: meta.id, takeOver: false }, editor)).toMatchObject({ readOnly: false });

    // Another machine whose heartbeat stopped more than two minutes ago.
    await writeFile(lockPath, JSON.stringify({ ...lock, instanceId: 'far-away-0000000', host: 'newsroom-pc-7' }));
    expect(await other.service.open({ id: meta.id, takeOver: false }, second)).toMatchObject({
      readOnly: true,
      heldBy: 'سلمى (newsroom-pc-7)',
    });
    clock.advance(3 * 60_000);
    expect(await other.service.open({ id: meta.id, takeOver: false }, second)).toMatchObject({ readOnly: false });
  });
});
