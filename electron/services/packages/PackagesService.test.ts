import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MidadError } from '../../../shared/api/errors';
import { documentText } from '../../../shared/editor/documentText';
import type { CommentThread } from '../../../shared/model/comment';
import { article, CALLER, edit, PNG, startMachine, type Machine } from './testing/machine';

function comment(id: string, author: string, text: string): CommentThread {
  return { id, target: { kind: 'text' }, quote: 'خلية', status: 'open', orphaned: false, messages: [{ id: `${id}m`, author, at: '2026-11-22T10:00:00.000Z', text }] };
}

async function refusal(promise: Promise<unknown>): Promise<MidadError> {
  try {
    await promise;
  } catch (error) {
    return MidadError.revive(error);
  }
  throw new Error('expected a refusal');
}

describe('PackagesService', () => {
  let journalist: Machine;
  let editor: Machine;
  let id: string;
  let assetId: string;
  let outbox: string;

  beforeEach(async () => {
    journalist = await startMachine('سلمى');
    editor = await startMachine('المحرر');
    id = (await journalist.drafts.create({ headline: 'تفكيك خلية إرهابية' })).meta.id;
    ({ assetId } = await journalist.assets.add({ draftId: id, name: 'photo.png', mime: 'image/png', base64: Buffer.from(PNG).toString('base64') }));
    const image = { type: 'midad-image', version: 1, assetId, caption: 'عناصر أمنية', $: { blockId: 'image001' } };
    await edit(journalist, id, article('تفكيك خلية إرهابية', { para0001: 'أعلنت السلطات الأمنية تفكيك خلية.' }, [image]));
    outbox = join(journalist.dir, 'out.midad');
  });
  afterEach(async () => {
    await journalist.close();
    await editor.close();
  });

  const send = async (from: Machine, to: Machine, name = 'story.midad') => {
    const path = join(from.dir, name);
    await from.packages.export({ id, path });
    return to.packages.import({ path }, CALLER);
  };

  it('carries a draft with its pictures and history to another data folder, with the same revision ids', async () => {
    const exported = await journalist.packages.export({ id, path: outbox });
    expect(exported.package).toMatchObject({ draftId: id, sender: { name: 'سلمى', machine: 'سلمى-pc' }, headline: 'تفكيك خلية إرهابية' });

    const result = await editor.packages.import({ path: outbox }, CALLER);
    expect(result.outcome).toBe('created');
    const mine = await journalist.drafts.revisions({ id });
    expect((await editor.drafts.revisions({ id })).map((revision) => revision.id)).toEqual(mine.map((revision) => revision.id));
    const older = await editor.drafts.revision({ id, revisionId: mine.at(-1)!.id });
    expect(documentText(older.document).headline).toBe('تفكيك خلية إرهابية');
    const { draft } = await editor.drafts.open({ id, takeOver: false }, CALLER);
    expect(documentText(draft.document).blocks).toContain('أعلنت السلطات الأمنية تفكيك خلية.');
    expect(await editor.assets.get({ draftId: id, assetId })).toEqual({ mime: 'image/png', base64: Buffer.from(PNG).toString('base64') });
    expect((await editor.drafts.list({ sort: 'updated' })).map((meta) => meta.id)).toEqual([id]);

    expect((await editor.packages.import({ path: outbox }, CALLER)).outcome).toBe('up_to_date');
  });

  it('travels as base64 for a browser window, refusals included', async () => {
    const { fileName, base64 } = await journalist.packages.exportBase64({ id });
    expect(fileName).toBe(`${id}.midad`);
    expect((await editor.packages.importBase64({ name: fileName, base64 }, CALLER)).outcome).toBe('created');
    const error = await refusal(editor.packages.importBase64({ name: '../dropped.midad', base64: base64.slice(0, 200) }, CALLER));
    expect(error.code).toBe('package_corrupt');
    expect(error.params.name).toBe('dropped.midad');
  });

  describe('refuses a damaged package, keeps it aside and imports nothing', () => {
    const rewrite = async (change: (files: Record<string, Uint8Array>) => void) => {
      await journalist.packages.export({ id, path: outbox });
      const files = unzipSync(await readFile(outbox));
      change(files);
      await writeFile(outbox, zipSync(files));
    };

    const expectRefused = async (code: string) => {
      const error = await refusal(editor.packages.import({ path: outbox }, CALLER));
      expect(error.code).toBe(code);
      const keptIn = String(error.params.keptIn);
      expect(existsSync(keptIn)).toBe(true);
      expect(JSON.parse(await readFile(`${keptIn}.reason.json`, 'utf8'))).toMatchObject({ code });
      expect(await editor.drafts.list({ sort: 'updated' })).toEqual([]);
      expect(await readdir(join(editor.dir, 'drafts'))).toEqual([]);
      return error;
    };

    it('when it is cut off', async () => {
      await journalist.packages.export({ id, path: outbox });
      const bytes = await readFile(outbox);
      await writeFile(outbox, bytes.subarray(0, Math.floor(bytes.length / 2)));
      await expectRefused('package_corrupt');
    });

    it('when it is not a zip at all', async () => {
      await writeFile(outbox, 'ceci n’est pas un paquet');
      await expectRefused('package_corrupt');
    });

    it('when an entry no longer matches its checksum', async () => {
      await rewrite((files) => {
        const draft = JSON.parse(strFromU8(files['draft.json']!)) as { meta: { headline: string } };
        draft.meta.headline = 'عنوان مزوّر';
        files['draft.json'] = strToU8(JSON.stringify(draft));
      });
      await expectRefused('package_tampered');
    });

    it('when a newer Midad made it', async () => {
      await rewrite((files) => {
        const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as Record<string, unknown>;
        files['manifest.json'] = strToU8(JSON.stringify({ ...manifest, formatVersion: 99, layout: 'unknown' }));
      });
      const error = await expectRefused('package_from_future');
      expect(error.params.version).toBe(99);
    });

    it('when a picture its text shows is missing', async () => {
      await rewrite((files) => {
        const name = Object.keys(files).find((entry) => entry.startsWith('assets/'))!;
        delete files[name];
        const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as { entries: Record<string, string> };
        delete manifest.entries[name];
        files['manifest.json'] = strToU8(JSON.stringify(manifest));
      });
      const error = await expectRefused('package_missing_images');
      expect(error.params.count).toBe(1);
    });
  });

  it('moves a draft forward when the package was built on the local revision, keeping local history', async () => {
    await send(journalist, editor);
    const editorRevision = await edit(editor, id, article('تفكيك خلية إرهابية بالدار البيضاء', { para0001: 'أعلنت السلطات تفكيك خلية.' }));
    const result = await send(editor, journalist);
    expect(result.outcome).toBe('updated');
    expect(result.meta.revisionId).toBe(editorRevision);
    const { draft } = await journalist.drafts.open({ id, takeOver: false }, CALLER);
    expect(documentText(draft.document).headline).toBe('تفكيك خلية إرهابية بالدار البيضاء');
    await journalist.drafts.close({ id }, CALLER);
    expect((await journalist.drafts.revisions({ id })).map((revision) => revision.id)).toEqual(
      (await editor.drafts.revisions({ id })).map((revision) => revision.id),
    );
    expect((await send(editor, journalist)).outcome).toBe('up_to_date');
  });

  it('keeps both versions when both changed since they last met, and resolves per block into a revision with both parents', async () => {
    await send(journalist, editor);
    const theirs = await edit(editor, id, article('عنوان المحرر', { para0001: 'فقرة عدّلها المحرر.', para0002: 'فقرة أضافها المحرر.' }), [
      comment('thread01', 'المحرر', 'من المصدر؟'),
    ]);
    const mine = await edit(journalist, id, article('عنوان الصحافية', { para0001: 'فقرة عدّلتها الصحافية.' }), [comment('thread02', 'سلمى', 'أضفت التاريخ')]);

    const result = await send(editor, journalist);
    expect(result.outcome).toBe('conflict');
    expect(result.meta).toMatchObject({ revisionId: mine, conflicts: [theirs] });
    expect((await send(editor, journalist, 'again.midad')).outcome).toBe('up_to_date');
    const [conflict] = await journalist.packages.conflicts({ id });
    expect(conflict).toMatchObject({ revisionId: theirs, package: { sender: { name: 'المحرر' } } });
    expect(documentText(conflict!.document).headline).toBe('عنوان المحرر');
    expect(conflict!.comments.map((thread) => thread.id)).toEqual(['thread01']);

    const resolved = await journalist.packages.resolveConflict(
      { id, revisionId: theirs, whole: 'mine', blocks: { b0000000: 'theirs', para0002: 'theirs' } },
      CALLER,
    );
    expect(resolved.conflicts).toBeUndefined();
    const { draft } = await journalist.drafts.open({ id, takeOver: false }, CALLER);
    expect(draft.comments.map((thread) => thread.id).sort()).toEqual(['thread01', 'thread02']);
    const text = documentText(draft.document);
    expect(text.headline).toBe('عنوان المحرر');
    expect(text.blocks).toEqual(expect.arrayContaining(['فقرة عدّلتها الصحافية.', 'فقرة أضافها المحرر.']));
    await journalist.drafts.close({ id }, CALLER);
    const history = await journalist.drafts.revisions({ id });
    expect(history[0]).toMatchObject({ id: resolved.revisionId, mergedFrom: theirs });
    expect(history[1]!.id).toBe(mine);
    expect(history.map((revision) => revision.id)).toContain(theirs);
    expect((await journalist.drafts.revision({ id, revisionId: theirs })).document.root.children).toHaveLength(5);
    expect(await journalist.packages.conflicts({ id })).toEqual([]);

    // The editor had `theirs`: the merged version is a plain update there.
    expect((await send(journalist, editor)).outcome).toBe('updated');
  });
});
