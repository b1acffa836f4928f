import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { json, midad } from './testing/runCli';

describe('midad submit, review, inbox', () => {
  it('submits as a journalist, refuses the journalist an approval, and lets the editor send back and approve', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'midad-cli-review-'));
    await midad(dataDir, 'settings', 'set', 'uiLanguage', 'en');
    await midad(dataDir, 'settings', 'set', 'userName', 'Salma');
    const { id } = await json<{ id: string }>(dataDir, 'drafts', 'new', '--headline', 'تفكيك خلية');

    expect(await json(dataDir, 'submit', id, '--message', 'ready')).toMatchObject({ id, status: 'submitted' });
    const refused = await midad(dataDir, 'review', id, '--approve');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/journalist cannot move the story from “submitted” to “in_review”/);
    const usage = await midad(dataDir, 'review', id);
    expect(usage.code).toBe(2);

    await midad(dataDir, 'settings', 'set', 'role', 'editor');
    await midad(dataDir, 'settings', 'set', 'userName', 'Desk');
    const inbox = await json<{ drafts: { meta: { id: string }; since: { by: string; message: string } }[] }>(dataDir, 'inbox');
    expect(inbox.drafts.map(({ meta, since }) => [meta.id, since.by, since.message])).toEqual([[id, 'Salma', 'ready']]);
    const human = await midad(dataDir, 'inbox');
    expect(human.stdout).toMatch(new RegExp(`^${id}\tsubmitted\t.*\tSalma\t.*\tready$`, 'm'));

    const sentBack = await midad(dataDir, 'review', id, '--request-changes', 'add a source');
    expect(sentBack.stdout.trim()).toBe(`Draft ${id} is now changes requested.`);
    expect(await json(dataDir, 'inbox')).toEqual({ drafts: [], desk: { state: 'off', folder: '', arrivals: [], waiting: [] } });

    await midad(dataDir, 'settings', 'set', 'role', 'journalist');
    await midad(dataDir, 'settings', 'set', 'userName', 'Salma');
    expect((await json<{ drafts: { meta: { id: string } }[] }>(dataDir, 'inbox')).drafts.map((entry) => entry.meta.id)).toEqual([id]);
    expect(await json(dataDir, 'submit', id)).toMatchObject({ status: 'submitted' });

    await midad(dataDir, 'settings', 'set', 'role', 'editor');
    expect(await json(dataDir, 'review', id, '--approve')).toMatchObject({ status: 'approved' });
    const revisions = await json<{ kind: string }[]>(dataDir, 'revisions', id);
    expect(revisions.filter((revision) => revision.kind === 'status')).toHaveLength(6);
  });
});
