import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentText, documentWordCount } from '../../../shared/editor/documentText';
import { crashVersions } from './testing/crashVersions';
import { startService, tempFilesUnder } from './testing/harness';
import { MemoryIndex } from './testing/MemoryIndex';
// Seeded, so a failing kill offset can be replayed.
import { mulberry32 } from '../../../shared/util/random';

const KILLS = 200;
/** Independent data folders killed side by side, to use both cores of a CI machine. */
const LANES = 2;
const MAX_DELAY_MS = 40;
const SEED = 20_211_221;

let workDir: string;
let bundle: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'midad-crash-'));
  bundle = join(workDir, 'saveLoop.mjs');
  // Built once per run: spawning a plain .mjs keeps each of the 200 children cheap.
  await build({
    entryPoints: [join(import.meta.dirname, 'testing', 'saveLoop.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: bundle,
    logLevel: 'silent',
  });
});
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

/** Starts the writer, waits until it is saving, lets it run `delay` ms, and kills it. */
function runAndKill(args: string[], delay: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let errors = '';
    child.stdout.on('data', (chunk: Buffer) => {
      const wasReady = output.includes('ready');
      output += chunk.toString();
      if (!wasReady && output.includes('ready')) setTimeout(() => child.kill('SIGKILL'), delay);
    });
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve();
      else reject(new Error(`the writer exited by itself (${String(code)}): ${errors.slice(0, 2_000)}`));
    });
  });
}

interface LaneResult {
  versions: Set<number>;
  revisions: Set<string>;
  /** Kills after which recovery found a save cut short (temp file or stale index). */
  interrupted: number;
}

async function lane(number: number, kills: number): Promise<LaneResult> {
  const dataDir = join(workDir, `data-${number}`);
  const indexFile = join(workDir, `index-${number}`, 'index.json');
  await mkdir(join(workDir, `index-${number}`), { recursive: true });
  const [a, b] = crashVersions();

  const setup = await startService(dataDir, { index: await MemoryIndex.load(indexFile) });
  const { meta } = await setup.service.create({});
  await setup.service.open({ id: meta.id, takeOver: false }, { clientId: 'setup' });
  await setup.service.save(
    { id: meta.id, baseRevisionId: meta.revisionId, document: a.document, kind: 'checkpoint' },
    { clientId: 'setup' },
  );
  await setup.service.stop();

  const random = mulberry32(SEED + number);
  const result: LaneResult = { versions: new Set(), revisions: new Set(), interrupted: 0 };
  for (let kill = 0; kill < kills; kill++) {
    const delay = Math.floor(random() * (MAX_DELAY_MS + 1));
    await runAndKill([dataDir, meta.id, indexFile], delay);

    const index = await MemoryIndex.load(indexFile);
    const { service, recovery } = await startService(dataDir, { index });
    try {
      const context = `lane ${number}, kill ${kill}, ${delay} ms after ready`;
      expect(recovery.full, context).toBe(true);
      const { draft } = await service.open({ id: meta.id, takeOver: false }, { clientId: 'checker' });
      const version = [a, b].find((candidate) => candidate.wordCount === draft.meta.wordCount);
      expect(version, context).toBeDefined();
      expect(isDeepStrictEqual(draft.document, version!.document), context).toBe(true);
      expect(draft.meta.headline, context).toBe(documentText(draft.document).headline);
      expect(documentWordCount(draft.document), context).toBe(draft.meta.wordCount);

      // The current revision is read from draft.json; every other kept revision has its own whole file.
      const revision = await service.revision({ id: meta.id, revisionId: draft.meta.revisionId });
      expect(isDeepStrictEqual(revision.document, draft.document), context).toBe(true);
      expect(revision.wordCount, context).toBe(draft.meta.wordCount);
      expect(index.get(meta.id)?.revisionId, context).toBe(draft.meta.revisionId);
      expect(await tempFilesUnder(dataDir), context).toEqual([]);
      const listed = await service.revisions({ id: meta.id });
      const onDisk = new Set((await readdir(join(dataDir, 'drafts', meta.id, 'revisions'))).map((name) => name.slice(0, -5)));
      for (const summary of listed.slice(1)) {
        expect(onDisk.has(summary.id), context).toBe(true);
        const kept = await service.revision({ id: meta.id, revisionId: summary.id });
        expect(documentWordCount(kept.document), context).toBe(summary.wordCount);
        expect(documentText(kept.document).headline, context).toBe(summary.headline);
      }
      // Pruned revisions are gone: no file outside the listed history.
      const listedIds = new Set(listed.map((summary) => summary.id));
      expect([...onDisk].filter((id) => !listedIds.has(id)), context).toEqual([]);

      if (recovery.tempFilesRemoved > 0 || recovery.reindexed.length > 0) {
        result.interrupted++;
      }
      result.versions.add(draft.meta.wordCount);
      result.revisions.add(draft.meta.revisionId);
    } finally {
      await service.stop();
    }
  }
  return result;
}

describe('a writer killed with SIGKILL while saving', () => {
  it(`leaves one complete version after each of ${KILLS} kills at seeded offsets`, { timeout: 180_000 }, async () => {
    const results = await Promise.all(Array.from({ length: LANES }, (_, number) => lane(number, KILLS / LANES)));
    const [a, b] = crashVersions();
    for (const result of results) {
      // The kills landed among saves of both versions, some of them mid-save (how many depends on the machine's load).
      expect(result.versions).toEqual(new Set([a.wordCount, b.wordCount]));
      expect(result.revisions.size).toBeGreaterThan(10);
      expect(result.interrupted).toBeGreaterThan(0);
    }
  });
});
