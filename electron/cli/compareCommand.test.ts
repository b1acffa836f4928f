import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Draft, DraftMeta } from '../../shared/model/draft';
import type { Comparison } from '../../shared/review/compare/comparison';
import { createServices } from '../services/createServices';
import { createMemorySettingsStore } from '../services/settings/SettingsStore';
import { midad } from './testing/runCli';

const FIXTURE = join(import.meta.dirname, '../../shared/import/fixtures/kifache-2021-12-21-terror-cells.txt');

/** Saves an edited text as a checkpoint, as the editor would: the CLI itself has no editing command. */
async function saveEdited(dataDir: string, id: string, edit: (draft: Draft) => Draft['document']): Promise<void> {
  const services = await createServices({ dataDir, settingsStore: createMemorySettingsStore({}), host: 'cli', version: '0.0.0' });
  try {
    const call = async <T>(channel: string, args: unknown) => {
      const reply = await services.dispatcher.call(channel, args, { clientId: 'test' });
      if (!reply.ok) throw new Error(reply.error.code);
      return reply.result as T;
    };
    const { draft } = await call<{ draft: Draft }>('drafts.open', { id });
    await call<DraftMeta>('drafts.save', { id, baseRevisionId: draft.meta.revisionId, document: edit(draft), kind: 'checkpoint' });
  } finally {
    await services.stop();
  }
}

describe('midad compare', () => {
  it('prints the changed headline, whole words replaced and the moved paragraph; --json prints the Comparison', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'midad-cli-compare-'));
    await midad(dataDir, 'settings', 'set', 'uiLanguage', 'en');
    const imported = await midad(dataDir, 'import', FIXTURE, '--json');
    const { meta } = JSON.parse(imported.stdout) as { meta: DraftMeta };
    await saveEdited(dataDir, meta.id, ({ document }) => {
      const edited = JSON.parse(
        JSON.stringify(document).replace('واخا ما كاين بوناني', 'رغم غياب الاحتفالات').replace('الأسوع', 'الأسبوع').replace('و أشادت', 'وأشادت'),
      ) as Draft['document'];
      const blocks = edited.root.children;
      const last = blocks.pop()!;
      blocks.splice(4, 0, last);
      return edited;
    });

    const human = await midad(dataDir, 'compare', meta.id, meta.revisionId, 'current');
    expect(human.code, human.stderr).toBe(0);
    expect(human.stdout).toContain('headline: واخا ما كاين بوناني.. حرب المغرب على الإرهاب مستمرة → رغم غياب الاحتفالات.. حرب المغرب على الإرهاب مستمرة');
    expect(human.stdout).toMatch(/^ {4}- الأسوع\n {4}\+ الأسبوع$/mu);
    expect(human.stdout).toMatch(/^ {4}- و أشادت\n {4}\+ وأشادت$/mu);
    expect(human.stdout).toMatch(/moved from position \d+ to 5/u);

    const json = await midad(dataDir, 'compare', meta.id, meta.revisionId, 'current', '--json');
    const comparison = JSON.parse(json.stdout) as Comparison;
    expect(comparison.counts).toEqual({ added: 0, removed: 0, changed: 3, moved: 1 });
    expect(comparison.fieldsKnown).toBe(true);

    const usage = await midad(dataDir, 'compare', meta.id, meta.revisionId);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/needs two revisions/u);
  });
});
