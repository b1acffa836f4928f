import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { JobSummary } from '../../../shared/api/outboxService';

const site = inject('wordpress');
const BIN = join(import.meta.dirname, '../../cli/bin.mjs');

/** The real CLI through the package's bin, in English so messages can be matched. */
function midad(dataDir: string, args: string[], stdin?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [BIN, ...args], { env: { ...process.env, MIDAD_DATA_DIR: dataDir, NO_COLOR: '1' } }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin!.end(stdin ?? '');
  });
}

describe('midad targets, publish and outbox', () => {
  it('adds a target with the password on stdin, tests it, publishes a draft and lists the outbox', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'midad-cli-wp-'));
    expect((await midad(dataDir, ['settings', 'set', 'uiLanguage', 'en'])).code).toBe(0);
    const add = await midad(dataDir, ['targets', 'add', 'kifache', '--type', 'wordpress', '--url', site.url, '--user', site.user, '--password-stdin'], `${site.applicationPassword}\n`);
    expect(add, add.stderr).toMatchObject({ code: 0 });
    expect(add.stdout).not.toContain(site.applicationPassword);

    const test = await midad(dataDir, ['targets', 'test', 'kifache']);
    expect(test.stdout).toMatch(/Connected as admin\. May publish: yes\. May upload images: yes\./);

    const created = await midad(dataDir, ['drafts', 'new', '--headline', 'من سطر الأوامر كلمةفريدةو', '--json']);
    const { id } = JSON.parse(created.stdout) as { id: string };
    const published = await midad(dataDir, ['publish', id, '--target', 'kifache', '--status', 'pending']);
    expect(published, published.stderr).toMatchObject({ code: 0 });
    expect(published.stdout).toMatch(/^Sent: http:\/\/127\.0\.0\.1:\d+\/\?p=\d+/);

    const outbox = JSON.parse((await midad(dataDir, ['outbox', '--json'])).stdout) as JobSummary[];
    expect(outbox).toMatchObject([{ draftId: id, target: 'kifache', state: 'done', options: { status: 'pending' } }]);

    const pulled = await midad(dataDir, ['pull', '--target', 'kifache', '--json']);
    expect(pulled, pulled.stderr).toMatchObject({ code: 0 });
    const pulledDraft = (JSON.parse(pulled.stdout) as { draftId: string; postId: number }[]).find((entry) => published.stdout.includes(`?p=${entry.postId}`));
    const shown = JSON.parse((await midad(dataDir, ['drafts', 'show', pulledDraft!.draftId, '--json'])).stdout) as { meta: { headline: string } };
    expect(shown.meta.headline).toBe('من سطر الأوامر كلمةفريدةو');

    const list = await midad(dataDir, ['targets', 'list']);
    expect(list.stdout).toContain(`kifache\t${site.url}\tadmin`);
    expect((await midad(dataDir, ['targets', 'remove', 'kifache'])).code).toBe(0);
    const missing = await midad(dataDir, ['targets', 'test', 'kifache']);
    expect(missing).toMatchObject({ code: 1, stderr: 'midad: There is no publishing target named “kifache”.\n' });
  });

  it('refuses plain http to another machine', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'midad-cli-wp-'));
    await midad(dataDir, ['settings', 'set', 'uiLanguage', 'en']);
    const add = await midad(dataDir, ['targets', 'add', 'remote', '--url', 'http://news.example', '--user', 'u', '--password-stdin'], 'x');
    expect(add.code).toBe(1);
    expect(add.stderr).toMatch(/must start with https:\/\//);
  });
});
