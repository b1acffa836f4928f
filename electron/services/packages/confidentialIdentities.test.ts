import { mkdir, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MidadError } from '../../../shared/api/errors';
import type { DraftStatus } from '../../../shared/model/draft';
import type { Source } from '../../../shared/model/source';
import { carriesConfidentialIdentities, keepLocalIdentities, withoutConfidentialIdentities } from './confidentialIdentities';
import { DeskService } from './DeskService';
import { MANIFEST_ENTRY } from './manifest';
import { article, CALLER, edit, startMachine, type Machine } from './testing/machine';

const IDENTITY = 'العقيد فلان، مديرية الأمن الوطني';
const anonymous: Source = { id: 'src-anon-01', kind: 'person', name: 'مصدر أمني', title: '', organisation: '', aliases: [], anonymous: true, confidentialIdentity: IDENTITY };
const named: Source = { id: 'src-named-1', kind: 'person', name: 'الحافيظي', title: 'باحث', organisation: '', aliases: [], anonymous: false };

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return MidadError.revive(error).code;
  }
  return 'returned';
}

describe('carriesConfidentialIdentities', () => {
  it('keeps identities only in a hand-over to the editors (submitted)', () => {
    const statuses: DraftStatus[] = ['submitted', 'changes_requested', 'approved'];
    expect(statuses.map((status) => carriesConfidentialIdentities({ kind: 'handover' }, status))).toEqual([true, false, false]);
  });

  it('leaves them out of a package sent by hand unless an editor asks, and refuses a journalist who asks', () => {
    expect(carriesConfidentialIdentities({ kind: 'by_hand', role: 'editor', includeConfidential: false }, 'submitted')).toBe(false);
    expect(carriesConfidentialIdentities({ kind: 'by_hand', role: 'journalist', includeConfidential: false }, 'submitted')).toBe(false);
    expect(carriesConfidentialIdentities({ kind: 'by_hand', role: 'editor', includeConfidential: true }, 'draft')).toBe(true);
    expect(codeOf(() => carriesConfidentialIdentities({ kind: 'by_hand', role: 'journalist', includeConfidential: true }, 'draft'))).toBe('confidential_editors_only');
  });
});

describe('keepLocalIdentities', () => {
  it('gives a stripped source back the identity recorded here, and lets a carried one win', () => {
    const stripped = withoutConfidentialIdentities([anonymous, named]);
    expect(stripped[0]).not.toHaveProperty('confidentialIdentity');
    expect(keepLocalIdentities(stripped, [anonymous])).toEqual([anonymous, named]);
    const renamed = { ...anonymous, confidentialIdentity: 'هوية أحدث' };
    expect(keepLocalIdentities([renamed], [anonymous])).toEqual([renamed]);
    expect(keepLocalIdentities(stripped, [])).toEqual(stripped);
  });
});

describe('packages and confidential identities', () => {
  let journalist: Machine;
  let editor: Machine;
  let folder: string;
  let id: string;

  const deskFor = (machine: Machine) =>
    new DeskService({ packages: machine.packages, folder: () => folder, pendingFile: join(machine.dir, 'packages', 'desk-pending.json'), readBytes: (path) => readFile(path) });

  /** Every JSON entry of the package (draft, revisions, manifest) as text, and its manifest. */
  const unpack = async (path: string) => {
    const files = unzipSync(await readFile(path));
    const text = Object.values(files).map((bytes) => strFromU8(bytes)).join('\n');
    return { text, manifest: JSON.parse(strFromU8(files[MANIFEST_ENTRY]!)) as { confidentialIdentities?: boolean } };
  };

  const move = async (machine: Machine, from: DraftStatus, to: DraftStatus) => {
    const meta = await machine.drafts.setStatus(id, to, { from, by: 'x', machine: 'x-pc' }, CALLER);
    await deskFor(machine).afterTransition(meta);
    return join(folder, `${id}.midad`);
  };

  const identities = async (machine: Machine) => {
    const { draft } = await machine.drafts.open({ id, takeOver: false }, CALLER);
    await machine.drafts.close({ id }, CALLER);
    return draft.sources.map((source) => source.confidentialIdentity);
  };

  beforeEach(async () => {
    journalist = await startMachine('سلمى');
    editor = await startMachine('المحرر', undefined, 'editor');
    folder = join(journalist.dir, 'desk');
    await mkdir(folder);
    id = (await journalist.drafts.create({ headline: 'تفكيك خلية', sources: [anonymous, named] })).meta.id;
    // A second revision: the package then carries an older revision file with its own copy of the sources.
    await edit(journalist, id, article('تفكيك خلية', { para0001: 'قال مصدر أمني إن الخلية فككت.' }));
  });
  afterEach(async () => {
    await journalist.close();
    await editor.close();
  });

  it('sends identities to the editors on submission, strips them when the story comes back, and the journalist keeps them', async () => {
    const submitted = await unpack(await move(journalist, 'draft', 'submitted'));
    expect(submitted.text).toContain(IDENTITY);
    expect(submitted.manifest.confidentialIdentities).toBe(true);
    await deskFor(editor).take({ file: `${id}.midad` }, CALLER);
    expect(await identities(editor)).toEqual([IDENTITY, undefined]);

    const returned = await unpack(await move(editor, 'submitted', 'changes_requested'));
    expect(returned.text).not.toContain(IDENTITY);
    expect(returned.manifest.confidentialIdentities).toBe(false);
    expect((await deskFor(journalist).take({ file: `${id}.midad` }, CALLER)).outcome).toBe('updated');
    expect(await identities(journalist)).toEqual([IDENTITY, undefined]);
  });

  it('sends a submission that waited for the folder to the editors as the hand-over it is, even through desk send', async () => {
    await rename(folder, `${folder}-away`);
    await move(journalist, 'draft', 'submitted');
    await rename(`${folder}-away`, folder);
    const sent = await deskFor(journalist).send({ id });
    expect((await unpack(sent.path)).text).toContain(IDENTITY);
    expect((await unpack((await deskFor(journalist).send({ id })).path)).text).not.toContain(IDENTITY);
  });

  it('keeps the local identity when a stripped version is chosen to settle a conflict', async () => {
    await move(journalist, 'draft', 'submitted');
    await deskFor(editor).take({ file: `${id}.midad` }, CALLER);
    await edit(editor, id, article('تفكيك خلية', { para0001: 'نص المحرر' }));
    await edit(journalist, id, article('تفكيك خلية', { para0001: 'نص الصحفية' }));
    await move(editor, 'submitted', 'approved');
    const taken = await deskFor(journalist).take({ file: `${id}.midad` }, CALLER);
    expect(taken.outcome).toBe('conflict');
    const [conflict] = await journalist.packages.conflicts({ id });
    expect(conflict!.sources[0]).not.toHaveProperty('confidentialIdentity');
    await journalist.packages.resolveConflict({ id, revisionId: conflict!.revisionId, whole: 'theirs', blocks: {} }, CALLER);
    expect(await identities(journalist)).toEqual([IDENTITY, undefined]);
  });

  it('exports without identities unless an editor asks for them; a journalist asking is refused', async () => {
    const path = join(journalist.dir, 'out.midad');
    await journalist.packages.export({ id, path });
    expect((await unpack(path)).text).not.toContain(IDENTITY);
    const refused = await journalist.packages.export({ id, path, includeConfidential: true }).catch((error: unknown) => MidadError.revive(error).code);
    expect(refused).toBe('confidential_editors_only');

    await editor.packages.import({ path: (await move(journalist, 'draft', 'submitted')) }, CALLER);
    const byEditor = join(editor.dir, 'to-editor.midad');
    await editor.packages.export({ id, path: byEditor });
    expect((await unpack(byEditor)).text).not.toContain(IDENTITY);
    await editor.packages.export({ id, path: byEditor, includeConfidential: true });
    const kept = await unpack(byEditor);
    expect(kept.text).toContain(IDENTITY);
    expect(kept.manifest.confidentialIdentities).toBe(true);
    const { base64 } = await editor.packages.exportBase64({ id });
    expect(Buffer.from(base64, 'base64').length).toBeGreaterThan(0);
    expect(strFromU8(unzipSync(Buffer.from(base64, 'base64'))['draft.json']!)).not.toContain(IDENTITY);
    const sent = await deskFor(editor).send({ id });
    expect((await unpack(sent.path)).text).not.toContain(IDENTITY);
  });
});
