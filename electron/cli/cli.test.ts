import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { draftMetaSchema, revisionSummarySchema } from '../../shared/model/draft';
import { defaultSettings, settingsSchema } from '../../shared/model/settings';
import { json, midad, type CliRun } from './testing/runCli';

function expectOneLineError(run: CliRun, code: number, pattern: RegExp): void {
  expect(run.code).toBe(code);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(pattern);
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

describe('midad CLI', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'midad-cli-'));
  });

  it('creates, lists, shows, deletes and restores a draft, with stable JSON shapes', async () => {
    const created = draftMetaSchema.parse(
      await json(dataDir, 'drafts', 'new', '--headline', 'تفكيك خلية إرهابية في الدار البيضاء', '--lang', 'ar'),
    );
    expect(created).toMatchObject({ headline: 'تفكيك خلية إرهابية في الدار البيضاء', language: 'ar', status: 'draft' });

    const listed = await json<unknown[]>(dataDir, 'drafts', 'list');
    expect(listed).toEqual([created]);

    const shown = await json<{ meta: unknown; text: { headline: string; kicker: string; lead: string; blocks: string[] } }>(
      dataDir,
      'drafts',
      'show',
      created.id,
    );
    expect(shown).toEqual({ meta: created, text: { headline: created.headline, kicker: '', lead: '', blocks: ['', '', ''] } });

    const revisions = await json<unknown[]>(dataDir, 'revisions', created.id);
    expect(revisions.map((revision) => revisionSummarySchema.parse(revision).draftId)).toContain(created.id);

    expect(await json(dataDir, 'drafts', 'delete', created.id)).toEqual({ ok: true });
    expect(await json(dataDir, 'drafts', 'list')).toEqual([]);
    expect(draftMetaSchema.parse(await json(dataDir, 'drafts', 'restore', created.id)).id).toBe(created.id);
    expect((await json<{ id: string }[]>(dataDir, 'drafts', 'list')).map((draft) => draft.id)).toEqual([created.id]);
  });

  it('prints human output in the UI language from settings', async () => {
    const created = await json<{ id: string }>(dataDir, 'drafts', 'new', '--headline', 'Municipales à Fès', '--lang', 'fr');

    const arabic = await midad(dataDir, 'drafts', 'list');
    expect(arabic.stdout).toContain('العنوان');
    expect(arabic.stdout).toContain(`${created.id}\tمسودة\tfr\t3\t`);

    // The confirmation is still in the language the command started in.
    expect((await midad(dataDir, 'settings', 'set', 'uiLanguage', 'en')).stdout).toBe('أصبحت قيمة uiLanguage: en.\n');
    const english = await midad(dataDir, 'drafts', 'show', created.id);
    expect(english.stdout.split('\n').slice(0, 2)).toEqual([
      'Municipales à Fès',
      expect.stringMatching(/^draft · French · 3 words · updated /),
    ]);
    expect((await midad(dataDir, 'drafts', 'delete', created.id)).stdout).toBe(`Moved draft ${created.id} to the trash.\n`);
  });

  it('gets and sets settings, by key and as a whole', async () => {
    expect(settingsSchema.parse(await json(dataDir, 'settings', 'get'))).toEqual(defaultSettings);
    const updated = await json<typeof defaultSettings>(dataDir, 'settings', 'set', 'houseStyle.quotationMarks', 'guillemets');
    expect(updated.houseStyle.quotationMarks).toBe('guillemets');
    expect(await json(dataDir, 'settings', 'get', 'houseStyle.quotationMarks')).toBe('guillemets');
    expect((await midad(dataDir, 'settings', 'get', 'houseStyle.timeZone')).stdout).toBe('Africa/Casablanca\n');
    const onDisk = JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8'));
    expect(onDisk.houseStyle.quotationMarks).toBe('guillemets');
  });

  it('answers a bad id, an unknown draft and a bad value with one line and exit code 1', async () => {
    const sentinel = join(tmpdir(), `midad-sentinel-${process.pid}`);
    writeFileSync(sentinel, 'untouched');
    for (const id of ['../../etc/passwd', `../../${sentinel}`, 'A', '']) {
      expectOneLineError(await midad(dataDir, 'drafts', 'delete', id), 1, /^midad: الطلب غير صالح/);
    }
    expect(readFileSync(sentinel, 'utf8')).toBe('untouched');
    const written = readdirSync(dataDir, { recursive: true }).map(String);
    expect(written.filter((path) => /passwd|etc|sentinel/.test(path))).toEqual([]);
    expectOneLineError(await midad(dataDir, 'drafts', 'show', 'abcdefgh1234'), 1, /^midad: لم يُعثر/);
    expectOneLineError(await midad(dataDir, 'settings', 'set', 'uiLanguage', 'de'), 1, /^midad: الطلب غير صالح/);
  });

  it('answers usage mistakes with one line and exit code 2', async () => {
    await midad(dataDir, 'settings', 'set', 'uiLanguage', 'fr');
    expectOneLineError(await midad(dataDir, 'drafts', 'burn'), 2, /^midad: commande inconnue « drafts burn »/);
    expectOneLineError(await midad(dataDir, 'drafts', 'show'), 2, /demande un identifiant de brouillon/);
    expectOneLineError(await midad(dataDir, 'drafts', 'new', '--lang', 'de'), 2, /--lang/);
    expectOneLineError(await midad(dataDir, 'drafts', 'list', '--force'), 2, /--force/);
    const help = await midad(dataDir, '--help');
    expect(help).toMatchObject({ code: 0, stderr: '' });
    expect(help.stdout).toContain('drafts new [--headline TEXTE] [--lang ar|fr|en]');
  });

  it('tells the user once that a corrupt settings file was reset, and still runs', async () => {
    writeFileSync(join(dataDir, 'settings.json'), '{ broken');
    const run = await midad(dataDir, 'drafts', 'list', '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([]);
    expect(run.stderr).toMatch(/^midad: كان ملف الإعدادات تالفًا؛ حُفظت نسخة منه في .*settings\.corrupt-.*\.json/);
    expect(readdirSync(dataDir).filter((name) => name.startsWith('settings.corrupt-'))).toHaveLength(1);
    expect((await midad(dataDir, 'drafts', 'list', '--json')).stderr).toBe('');
  });
});
