import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ServiceImplementation } from '../../../shared/api/contract';
import { createDispatcher } from '../../../shared/api/dispatcher';
import { MidadError } from '../../../shared/api/errors';
import {
  midadContract,
  type appService,
  type libraryService,
  type settingsService,
  type windowsService,
} from '../../../shared/api/midad';
import { createDocument } from '../../../shared/editor/documentText';
import { defaultSettings } from '../../../shared/model/settings';
import { nodeFileSystem } from '../storage/FileSystem';
import { faultyFileSystem, type FaultyFileSystem } from '../storage/testing/faultyFileSystem';
import { startService, tempDataDir, type TestService } from './testing/harness';

const hostile = ['../../etc/passwd', '..', '../drafts', 'a/../../x', '/etc/passwd', 'C:\\Windows\\system.ini', '%2e%2e%2fetc', ''];
const client = { clientId: 'window-1' };

let dataDir: string;
let cleanup: () => Promise<void>;
let fs: FaultyFileSystem;
let t: TestService;

beforeEach(async () => {
  ({ dir: dataDir, cleanup } = await tempDataDir());
  fs = faultyFileSystem(nodeFileSystem);
  t = await startService(dataDir, { fs });
});
afterEach(async () => {
  await t.service.stop();
  await cleanup();
});

function expectOnlyInsideDataFolder() {
  const root = resolve(dataDir);
  for (const operation of fs.log) expect(resolve(operation.path).startsWith(root)).toBe(true);
}

describe('ids that try to leave the data folder', () => {
  it('are refused by the dispatcher as invalid_request before the service runs', async () => {
    const unused = async () => {
      throw new Error('not part of this test');
    };
    const dispatcher = createDispatcher(midadContract, {
      app: { info: unused } satisfies ServiceImplementation<typeof appService>,
      assets: { add: unused, get: unused, list: unused },
      compare: {} as never,
      drafts: t.service,
      library: { search: unused } satisfies ServiceImplementation<typeof libraryService>,
      outbox: {} as never,
      publishing: {} as never,
      import: {} as never,
      sources: {} as never,
      review: {} as never,
      desk: {} as never,
      packages: {} as never,
      proofreading: {} as never,
      settings: { get: async () => defaultSettings, set: unused, takeNotices: unused } satisfies ServiceImplementation<
        typeof settingsService
      >,
      windows: { openDraft: unused, openLibrary: unused } satisfies ServiceImplementation<typeof windowsService>,
    });
    const { meta } = await t.service.create({});
    const before = fs.log.length;
    const document = createDocument('ar', 'x');
    for (const id of hostile) {
      const calls: [string, unknown][] = [
        ['drafts.open', { id }],
        ['drafts.close', { id }],
        ['drafts.save', { id, baseRevisionId: meta.revisionId, document, kind: 'autosave' }],
        ['drafts.save', { id: meta.id, baseRevisionId: id, document, kind: 'autosave' }],
        ['drafts.delete', { id }],
        ['drafts.restoreFromTrash', { id }],
        ['drafts.revisions', { id }],
        ['drafts.revision', { id: meta.id, revisionId: id }],
        ['drafts.restoreRevision', { id, revisionId: meta.revisionId }],
      ];
      for (const [channel, args] of calls) {
        const reply = await dispatcher.call(channel, args, client);
        expect(reply, `${channel} ${JSON.stringify(args).slice(0, 80)}`).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
      }
    }
    expect(fs.log.length).toBe(before);
  });

  it('are refused by the service itself when called directly', async () => {
    const { meta } = await t.service.create({});
    const before = fs.log.length;
    for (const id of hostile) {
      const attempts = [
        () => t.service.open({ id, takeOver: false }, client),
        () => t.service.close({ id }, client),
        () => t.service.delete({ id }, client),
        () => t.service.restoreFromTrash({ id }),
        () => t.service.revisions({ id }),
        () => t.service.revision({ id: meta.id, revisionId: id }),
        () => t.service.save({ id, baseRevisionId: meta.revisionId, document: createDocument('ar'), kind: 'autosave' }, client),
      ];
      for (const attempt of attempts) {
        const error = await attempt().catch((reason: unknown) => reason);
        expect(error).toBeInstanceOf(MidadError);
        // revision() first reads the real draft, then refuses the id; never a file outside.
        expect(['invalid_request', 'not_found']).toContain((error as MidadError).code);
      }
    }
    expect(fs.log.slice(before).every((operation) => !operation.path.includes('passwd'))).toBe(true);
    expectOnlyInsideDataFolder();
  });
});
