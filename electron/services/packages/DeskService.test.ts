import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeskScan } from '../../../shared/api/packagesService';
import { MidadError } from '../../../shared/api/errors';
import { DeskService } from './DeskService';
import { article, CALLER, edit, startMachine, type Machine } from './testing/machine';

function deskFor(machine: Machine, folder: () => string, scans: DeskScan[] = []): DeskService {
  return new DeskService({
    packages: machine.packages,
    folder,
    pendingFile: join(machine.dir, 'packages', 'desk-pending.json'),
    readBytes: (path) => readFile(path),
    onDidArrive: (scan) => scans.push(scan),
  });
}

async function code(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => 'resolved',
    (error: unknown) => MidadError.revive(error).code,
  );
}

describe('DeskService', () => {
  let journalist: Machine;
  let editor: Machine;
  let folder: string;
  let id: string;

  beforeEach(async () => {
    journalist = await startMachine('سلمى');
    editor = await startMachine('المحرر');
    folder = join(journalist.dir, 'usb-stick');
    id = (await journalist.drafts.create({ headline: 'تفكيك خلية' })).meta.id;
  });
  afterEach(async () => {
    await journalist.close();
    await editor.close();
  });

  it('is off without a folder, and says so when sending', async () => {
    const desk = deskFor(journalist, () => '');
    expect(await desk.scan()).toEqual({ state: 'off', folder: '', arrivals: [], waiting: [] });
    expect(await code(desk.send({ id }))).toBe('desk_not_set');
  });

  it('follows a folder that appears and disappears, and shows arrivals that bring something new', async () => {
    const scans: DeskScan[] = [];
    const sending = deskFor(journalist, () => folder);
    const receiving = deskFor(editor, () => folder, scans);

    expect((await receiving.poll()).state).toBe('unreachable');
    expect(await code(sending.send({ id }))).toBe('desk_unreachable');

    await mkdir(folder);
    const sent = await sending.send({ id });
    expect(sent.path).toBe(join(folder, `${id}.midad`));
    expect(await readdir(folder)).toEqual([`${id}.midad`]);
    // A syncing client's half-copied file, a temp name and a stray file are not arrivals.
    await writeFile(join(folder, `.${id}.midad.0123456789ab.tmp`), 'half');
    await writeFile(join(folder, 'notes.txt'), 'x');
    const arrived = await receiving.poll();
    expect(arrived).toMatchObject({ state: 'reachable', arrivals: [{ file: `${id}.midad`, state: 'new', package: { draftId: id, sender: { name: 'سلمى' } } }] });
    // The sender has what it sent: nothing waits for it.
    expect((await sending.scan()).arrivals).toEqual([]);

    await rename(folder, `${folder}-away`);
    expect((await receiving.poll()).state).toBe('unreachable');
    await rename(`${folder}-away`, folder);
    expect((await receiving.poll()).arrivals).toHaveLength(1);
    expect(scans.map((scan) => scan.state)).toEqual(['unreachable', 'reachable', 'unreachable', 'reachable']);

    const taken = await receiving.take({ file: `${id}.midad` }, CALLER);
    expect(taken.outcome).toBe('created');
    expect((await receiving.poll()).arrivals).toEqual([]);
    expect(await code(receiving.take({ file: '../x.midad' }, CALLER))).toBe('invalid_request');
  });

  it('drops a story after a hand-over step, and later when the folder was away', async () => {
    const desk = deskFor(journalist, () => folder);
    const submitted = { ...(await journalist.drafts.list({ sort: 'updated' }))[0]!, status: 'submitted' as const };
    await desk.afterTransition(submitted);
    expect(await desk.scan()).toMatchObject({ state: 'unreachable', waiting: [id] });
    await mkdir(folder);
    expect(await readdir(folder)).toEqual([]);
    // Another process (the app after the CLI exited) finds the drop that waited.
    const later = deskFor(journalist, () => folder);
    expect((await later.poll()).waiting).toEqual([]);
    expect(await readdir(folder)).toEqual([`${id}.midad`]);

    await edit(journalist, id, article('تفكيك خلية', { para0001: 'نص جديد' }));
    await desk.afterTransition({ ...submitted, status: 'in_review' });
    const receiving = deskFor(editor, () => folder);
    await receiving.take({ file: `${id}.midad` }, CALLER);
    expect((await editor.drafts.revisions({ id })).length).toBe(1);
  });

  it('lists a package it cannot read as unreadable', async () => {
    await mkdir(folder);
    await writeFile(join(folder, `${id}.midad`), 'PK not really');
    expect((await deskFor(editor, () => folder).scan()).arrivals).toEqual([{ file: `${id}.midad`, state: 'unreadable' }]);
  });
});
