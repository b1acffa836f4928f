import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Conflict, DeskScan, ImportResult } from '../../shared/api/packagesService';
import { documentText } from '../../shared/editor/documentText';
import type { ArticleDocument } from '../../shared/model/document';
import type { Draft, DraftMeta } from '../../shared/model/draft';
import type { Source } from '../../shared/model/source';
import frErrors from '../../shared/i18n/fr/errors.json';
import { paragraph } from '../services/packages/testing/machine';
import { createNodeServices } from '../services/createNodeServices';
import { json, midad } from './testing/runCli';

/** A paragraph added the way an editor window saves: through the drafts service of that data folder. */
async function addParagraph(dataDir: string, id: string, blockId: string, text: string): Promise<void> {
  const services = await createNodeServices(dataDir, 'web');
  try {
    const caller = { clientId: 'window' };
    const { draft } = await services.drafts.open({ id, takeOver: false }, caller);
    const document: ArticleDocument = { root: { ...draft.document.root, children: [...draft.document.root.children, paragraph(blockId, text)] } };
    await services.drafts.save({ id, baseRevisionId: draft.meta.revisionId, document, kind: 'checkpoint' }, caller);
    await services.drafts.close({ id }, caller);
  } finally {
    await services.stop();
  }
}

/** A draft quoting an anonymous source whose real identity this data folder knows, created as the app creates one. */
async function draftWithAnonymousSource(dataDir: string, identity: string): Promise<string> {
  const services = await createNodeServices(dataDir, 'web');
  try {
    const source: Source = { id: 'src-anon-01', kind: 'person', name: 'مصدر أمني', title: '', organisation: '', aliases: [], anonymous: true, confidentialIdentity: identity };
    return (await services.drafts.create({ headline: 'تفكيك خلية', sources: [source] })).meta.id;
  } finally {
    await services.stop();
  }
}

/** Every entry of a package (draft, revisions, manifest) as text. */
function packageText(path: string): string {
  return Object.values(unzipSync(readFileSync(path)))
    .map((bytes) => strFromU8(bytes))
    .join('\n');
}

async function bodyOf(dataDir: string, id: string): Promise<string[]> {
  return (await json<{ text: ReturnType<typeof documentText> }>(dataDir, 'drafts', 'show', id)).text.blocks;
}

describe('a story between two data folders through a desk folder', () => {
  it('makes the round trip journalist → editor → journalist → editor, then keeps both sides of a concurrent edit', async () => {
    const root = mkdtempSync(join(tmpdir(), 'midad-cli-desk-'));
    const journalist = join(root, 'salma');
    const editor = join(root, 'desk');
    const desk = join(root, 'shared-folder');
    mkdirSync(desk);
    for (const [dir, name, role] of [[journalist, 'Salma', 'journalist'], [editor, 'Karim', 'editor']] as const) {
      await midad(dir, 'settings', 'set', 'uiLanguage', 'en');
      await midad(dir, 'settings', 'set', 'userName', name);
      await midad(dir, 'settings', 'set', 'role', role);
      expect((await midad(dir, 'settings', 'set', 'deskFolder', desk)).code).toBe(0);
    }

    const { id } = await json<DraftMeta>(journalist, 'drafts', 'new', '--headline', 'تفكيك خلية إرهابية');
    await json(journalist, 'submit', id, '--message', 'جاهزة');
    const file = `${id}.midad`;

    const waiting = await json<{ drafts: unknown[]; desk: DeskScan }>(editor, 'inbox');
    expect(waiting.drafts).toEqual([]);
    expect(waiting.desk.arrivals).toEqual([
      expect.objectContaining({ file, state: 'new', package: expect.objectContaining({ status: 'submitted', sender: expect.objectContaining({ name: 'Salma' }) }) }),
    ]);
    expect((await midad(editor, 'inbox')).stdout).toMatch(new RegExp(`^${file}\tnew\tsubmitted\t.*\tSalma\t`, 'm'));

    expect((await json<ImportResult>(editor, 'import', join(desk, file))).outcome).toBe('created');
    expect((await json<{ drafts: { meta: DraftMeta }[] }>(editor, 'inbox')).drafts.map((entry) => entry.meta.id)).toEqual([id]);
    await json(editor, 'review', id, '--request-changes', 'أضيفي مصدرًا');

    expect((await json<{ desk: DeskScan }>(journalist, 'inbox')).desk.arrivals).toEqual([
      expect.objectContaining({ file, state: 'update', package: expect.objectContaining({ status: 'changes_requested' }) }),
    ]);
    expect(await json<ImportResult>(journalist, 'desk', 'take', file)).toMatchObject({ outcome: 'updated', meta: { status: 'changes_requested' } });
    expect((await json<{ drafts: { meta: DraftMeta; since: { message: string } }[] }>(journalist, 'inbox')).drafts).toEqual([
      expect.objectContaining({ since: expect.objectContaining({ message: 'أضيفي مصدرًا', by: 'Karim' }) }),
    ]);

    await addParagraph(journalist, id, 'source01', 'وقال مصدر أمني إن الخلية كانت تخطط لهجمات.');
    await json(journalist, 'submit', id);
    expect(await json<ImportResult>(editor, 'desk', 'take', file)).toMatchObject({ outcome: 'updated', meta: { status: 'submitted' } });
    expect(await json(editor, 'review', id, '--approve')).toMatchObject({ status: 'approved' });
    expect(await json<ImportResult>(journalist, 'desk', 'take', file)).toMatchObject({ outcome: 'updated', meta: { status: 'approved' } });
    const statusSteps = async (dir: string) => (await json<{ kind: string }[]>(dir, 'revisions', id)).filter((revision) => revision.kind === 'status').length;
    expect(await statusSteps(journalist)).toBe(6);
    expect(await statusSteps(editor)).toBe(6);

    // Both change the story before they exchange it again.
    await addParagraph(editor, id, 'editor01', 'فقرة أضافها المحرر.');
    await addParagraph(journalist, id, 'salma001', 'فقرة أضافتها الصحافية.');
    const sent = await json<{ path: string }>(journalist, 'desk', 'send', id);
    expect(sent.path).toBe(join(desk, file));
    expect((await json<{ desk: DeskScan }>(editor, 'inbox')).desk.arrivals).toEqual([expect.objectContaining({ file, state: 'conflict' })]);
    const kept = await json<ImportResult>(editor, 'desk', 'take', file);
    expect(kept.outcome).toBe('conflict');
    expect(await bodyOf(editor, id)).toContain('فقرة أضافها المحرر.');

    const conflicts = await json<Conflict[]>(editor, 'conflicts', id);
    expect(conflicts.map((conflict) => conflict.package.sender.name)).toEqual(['Salma']);
    expect(documentText(conflicts[0]!.document).blocks).toContain('فقرة أضافتها الصحافية.');
    expect((await midad(editor, 'conflicts', id)).stdout).toMatch(/blocks that differ: .*editor01.*salma001|blocks that differ: .*salma001.*editor01/);

    const resolved = await json<DraftMeta>(editor, 'resolve', id, conflicts[0]!.revisionId, '--mine', '--block', 'salma001=theirs');
    expect(resolved.conflicts).toBeUndefined();
    const merged = await bodyOf(editor, id);
    expect(merged).toEqual(expect.arrayContaining(['فقرة أضافها المحرر.', 'فقرة أضافتها الصحافية.', 'وقال مصدر أمني إن الخلية كانت تخطط لهجمات.']));

    // The merge goes back as a plain update: the journalist's version is part of its history.
    await json(editor, 'desk', 'send', id);
    expect(await json<ImportResult>(journalist, 'desk', 'take', file)).toMatchObject({ outcome: 'updated' });
    expect(await bodyOf(journalist, id)).toEqual(merged);
    const shown = await json<{ meta: Draft['meta'] }>(journalist, 'drafts', 'show', id);
    expect(shown.meta.revisionId).toBe(resolved.revisionId);
    // About forty runs of the real bin, each starting Node and tsx: slow on a busy machine, not a speed test.
  }, 240_000);

  it('drops a story submitted while the desk folder was away once `midad desk` finds it back', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'midad-cli-away-'));
    const desk = join(dataDir, 'usb-stick');
    await midad(dataDir, 'settings', 'set', 'deskFolder', desk);
    const { id } = await json<DraftMeta>(dataDir, 'drafts', 'new', '--headline', 'عنوان');
    expect(await json(dataDir, 'submit', id)).toMatchObject({ status: 'submitted' });
    expect(await json<DeskScan>(dataDir, 'desk')).toMatchObject({ state: 'unreachable', waiting: [id] });
    mkdirSync(desk);
    expect(await json<DeskScan>(dataDir, 'desk')).toMatchObject({ state: 'reachable', waiting: [] });
    expect(existsSync(join(desk, `${id}.midad`))).toBe(true);
  });

  it('drops the identities of anonymous sources in the desk folder only when an editor asks, and tells a journalist why not', async () => {
    const root = mkdtempSync(join(tmpdir(), 'midad-cli-confidential-'));
    const desk = join(root, 'shared-folder');
    mkdirSync(desk);
    const identity = 'العقيد فلان، مديرية الأمن الوطني';
    const journalist = join(root, 'salma');
    const editor = join(root, 'desk');
    for (const [dir, role] of [[journalist, 'journalist'], [editor, 'editor']] as const) {
      await midad(dir, 'settings', 'set', 'role', role);
      await midad(dir, 'settings', 'set', 'deskFolder', desk);
    }

    // The journalist works in French: the refusal is in the language of the interface.
    await midad(journalist, 'settings', 'set', 'uiLanguage', 'fr');
    const id = await draftWithAnonymousSource(journalist, identity);
    const refused = await midad(journalist, 'desk', 'send', id, '--include-confidential');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(frErrors.confidential_editors_only);
    expect(existsSync(join(desk, `${id}.midad`))).toBe(false);

    const editorsOwn = await draftWithAnonymousSource(editor, identity);
    const plain = await json<{ path: string }>(editor, 'desk', 'send', editorsOwn);
    expect(packageText(plain.path)).not.toContain(identity);
    const withIdentities = await json<{ path: string }>(editor, 'desk', 'send', editorsOwn, '--include-confidential');
    expect(withIdentities.path).toBe(join(desk, `${editorsOwn}.midad`));
    expect(packageText(withIdentities.path)).toContain(identity);
    // Only `desk send` takes it: taking a package in has nothing to include.
    expect((await midad(editor, 'desk', 'take', `${editorsOwn}.midad`, '--include-confidential')).code).toBe(2);
  });

  it('refuses a damaged package with a clear message and an exit code', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'midad-cli-package-'));
    await midad(dataDir, 'settings', 'set', 'uiLanguage', 'en');
    const { id } = await json<DraftMeta>(dataDir, 'drafts', 'new', '--headline', 'عنوان');
    const out = join(dataDir, 'story.midad');
    // `--out story` means story.midad: the packages service writes nothing else.
    expect((await midad(dataDir, 'package', id, '--out', join(dataDir, 'story'))).stdout).toMatch(/^Wrote .*story\.midad \(\d+ bytes\) for draft/);
    writeFileSync(out, readFileSync(out).subarray(0, 100));
    const refused = await midad(dataDir, 'import', out);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/The package “story\.midad” is damaged or incomplete.*kept aside in .*packages[\\/]rejected/);
    expect((await midad(dataDir, 'resolve', id, 'x')).code).toBe(2);

    // Anonymous sources' identities: only an editor may ask for them.
    const asJournalist = await midad(dataDir, 'package', id, '--out', out, '--include-confidential');
    expect(asJournalist.code).toBe(1);
    expect(asJournalist.stderr).toMatch(/Only an editor may send the real identities of anonymous sources/);
    await midad(dataDir, 'settings', 'set', 'role', 'editor');
    expect((await json<{ path: string }>(dataDir, 'package', id, '--out', out, '--include-confidential')).path).toBe(out);
  });
});
