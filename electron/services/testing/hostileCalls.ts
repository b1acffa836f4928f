import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { errorCodes } from '../../../shared/api/errors';
import { replySchema, type Reply } from '../../../shared/api/envelope';
import { midadContract } from '../../../shared/api/midad';

const TRAVERSAL = '../../etc/passwd';
const HUGE = 'خ'.repeat(10 * 1024 * 1024);

/** One field name for every kind of id and text the contract takes, all hostile. */
const hostileObject = Object.fromEntries(
  ['id', 'draftId', 'revisionId', 'assetId', 'sourceId', 'name', 'target', 'jobId', 'keep', 'remove', 'key', 'path'].map(
    (field) => [field, TRAVERSAL],
  ),
);

/** What a hostile or buggy caller may send: wrong types, missing fields, traversal ids, 10 MB strings. */
export const hostileArguments: readonly unknown[] = [
  undefined,
  null,
  42,
  'text',
  [],
  { unexpected: true },
  hostileObject,
  { ...hostileObject, query: HUGE, headline: HUGE, word: HUGE, value: HUGE, base64: HUGE },
];

/** Every method of the contract, plus names that are not methods. */
export function everyChannel(): string[] {
  const channels = Object.entries(midadContract).flatMap(([service, spec]) =>
    Object.keys(spec.methods).map((method) => `${service}.${method}`),
  );
  return [...channels, 'drafts.nope', 'nope.list', '__proto__.constructor', 'drafts', ''];
}

function listing(dir: string): string[] {
  return readdirSync(dir, { recursive: true }).map(String).sort();
}

/**
 * Calls every method with every hostile argument through a transport and checks
 * the host answered each with a reply (never a crash or an untyped failure), that
 * no reply was an internal error, and that nothing outside the data folder — nor
 * any path with `..` inside it — was written.
 */
export async function expectHostileCallsRefused(dataDir: string, call: (channel: string, args: unknown) => Promise<unknown>) {
  const sentinel = join(tmpdir(), `midad-hostile-${process.pid}.txt`);
  writeFileSync(sentinel, 'untouched');
  for (const channel of everyChannel()) {
    for (const args of hostileArguments) {
      const reply = replySchema.parse(await call(channel, args)) as Reply;
      if (!reply.ok) {
        expect(errorCodes, `${channel}(${JSON.stringify(args)?.slice(0, 80)})`).toContain(reply.error.code);
        expect(reply.error.code, `${channel} answered an internal error`).not.toBe('internal');
      }
    }
  }
  expect(readFileSync(sentinel, 'utf8')).toBe('untouched');
  expect(listing(dataDir).filter((path) => path.includes('..') || path.includes('passwd'))).toEqual([]);
}
