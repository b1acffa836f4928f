import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MidadError } from '../../../shared/api/errors';
import { Outbox, type JobExecutor } from './Outbox';

const fast = { baseDelayMs: 5, maxDelayMs: 20, offlinePollMs: 5, maxAttempts: 3 };
const newJob = { kind: 'publish' as const, draftId: 'draft-0001', target: 'site', options: { status: 'draft' as const }, headline: 'عنوان' };

async function outboxWith(execute: JobExecutor, dir?: string) {
  const outbox = new Outbox({ dir: dir ?? (await mkdtemp(join(tmpdir(), 'midad-outbox-'))), execute, policy: fast });
  await outbox.start();
  return outbox;
}

describe('Outbox', () => {
  it('runs a job to done, with its progress, checkpoint and the post\'s link persisted', async () => {
    const outbox = await outboxWith(async (_job, run) => {
      await run.progress('uploadingImages', { current: 1, total: 2 });
      await run.checkpoint({ postId: 42 });
      return { link: 'https://example.org/?p=42' };
    });
    const job = await outbox.enqueue(newJob);
    const done = await outbox.settled(job.id);
    expect(done).toMatchObject({ state: 'done', attempts: 1, checkpoint: { postId: 42 }, progress: { key: 'done' } });
    expect((await outbox.list())[0]).toMatchObject({ id: job.id, postId: 42, state: 'done', link: 'https://example.org/?p=42' });
    await outbox.stop();
  });

  it('backs off on server errors and fails after the last attempt with the error kept', async () => {
    let calls = 0;
    const outbox = await outboxWith(async () => {
      calls += 1;
      throw new MidadError('wp_server_error', { status: 502 });
    });
    const failed = await outbox.settled((await outbox.enqueue(newJob)).id);
    expect(calls).toBe(3);
    expect(failed).toMatchObject({ state: 'failed', attempts: 3, error: { code: 'wp_server_error', params: { status: 502 } } });
    await outbox.stop();
  });

  it('waits out an unreachable site without using up attempts, then succeeds', async () => {
    let calls = 0;
    const outbox = await outboxWith(async () => {
      calls += 1;
      if (calls <= 5) throw new MidadError('wp_unreachable', { url: 'http://x' });
    });
    const done = await outbox.settled((await outbox.enqueue(newJob)).id);
    expect(done).toMatchObject({ state: 'done', attempts: 1 });
    expect(calls).toBe(6);
    await outbox.stop();
  });

  it('fails at once on a wrong password, and a retried or edited job runs again', async () => {
    let password = 'wrong';
    const outbox = await outboxWith(async () => {
      if (password === 'wrong') throw new MidadError('wp_auth_failed');
    });
    const job = await outbox.enqueue(newJob);
    expect(await outbox.settled(job.id)).toMatchObject({ state: 'failed', attempts: 1, error: { code: 'wp_auth_failed' } });
    password = 'right';
    await outbox.retry(job.id);
    expect((await outbox.settled(job.id)).state).toBe('done');
    await expect(outbox.edit(job.id, { status: 'publish' })).rejects.toMatchObject({ code: 'job_not_retryable' });
    await outbox.stop();
  });

  it('cancels a waiting job', async () => {
    const outbox = await outboxWith(async () => {
      throw new MidadError('wp_auth_failed');
    });
    const job = await outbox.enqueue(newJob);
    await outbox.settled(job.id);
    expect((await outbox.cancel(job.id)).state).toBe('cancelled');
    await outbox.stop();
  });

  it('resumes a job cut by a crash from its checkpoint, in a new outbox on the same folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'midad-outbox-'));
    let crash = true;
    const seen: (number | undefined)[] = [];
    const first = await outboxWith(async (job, run) => {
      seen.push(job.checkpoint.postId);
      await run.checkpoint({ postId: 7 });
      if (crash) await new Promise(() => undefined);
    }, dir);
    const job = await first.enqueue(newJob);
    while ((await first.get(job.id)).checkpoint.postId === undefined) await new Promise((resolve) => setTimeout(resolve, 5));
    // The first process "dies": its job stays `running` and its lock names a pid that no longer exists.
    await writeFile(join(dir, `${job.id}.lock`), JSON.stringify({ pid: 2 ** 22 + 12_345 }));
    crash = false;
    const second = await outboxWith(async (resumed, run) => {
      seen.push(resumed.checkpoint.postId);
      await run.checkpoint({});
    }, dir);
    expect(await second.settled(job.id)).toMatchObject({ state: 'done', checkpoint: { postId: 7 } });
    expect(seen).toEqual([undefined, 7]);
    expect((await readdir(dir)).filter((name) => name.endsWith('.lock'))).toEqual([]);
    await second.stop();
  });
});
