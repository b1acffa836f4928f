import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProofreadingFinding } from '../../../shared/api/proofreadingService';
import type { Draft } from '../../../shared/model/draft';
import { createServices, type Services } from '../createServices';
import { createMemorySettingsStore } from '../settings/SettingsStore';

const context = { clientId: 'window-1' };
let services: Services;

async function call<T>(channel: string, args: unknown): Promise<T> {
  const reply = await services.dispatcher.call(channel, args, context);
  if (!reply.ok) throw new Error(`${channel}: ${reply.error.code}`);
  return reply.result as T;
}

beforeAll(async () => {
  services = await createServices({
    dataDir: mkdtempSync(join(tmpdir(), 'midad-proofreading-')),
    settingsStore: createMemorySettingsStore({ proofreadingRules: { hamza: false } }),
    host: 'cli',
    version: '0.0.0',
  });
}, 30_000);
afterAll(() => services.stop());

describe('ProofreadingService through the dispatcher', () => {
  it('checks a saved draft with the house style, the rule switches and the newsroom dictionary', async () => {
    const draft = await call<Draft>('drafts.create', { language: 'ar', headline: 'حرب المغرب على الإرهاب مستمرة' });
    await call('drafts.open', { id: draft.meta.id });
    const document = structuredClone(draft.document);
    document.root.children.push({
      type: 'paragraph',
      version: 1,
      children: [{ type: 'text', version: 1, text: 'و أشادت واشنطن بجهود الحافيظي خلال العشرية الاخيرة في في المغرب.' }],
    });
    await call('drafts.save', { id: draft.meta.id, baseRevisionId: draft.meta.revisionId, document, kind: 'checkpoint' });

    const check = () => call<{ findings: ProofreadingFinding[] }>('proofreading.checkDraft', { id: draft.meta.id });
    const before = (await check()).findings.map((finding) => [finding.ruleId, finding.text]);
    expect(before).toEqual([
      ['detached-conjunction', 'و أشادت'],
      ['spelling', 'الحافيظي'],
      ['repeated-word', ' في'],
    ]);
    await call('proofreading.addWord', { word: 'الحافيظي' });
    expect((await check()).findings.map((finding) => finding.ruleId)).toEqual(['detached-conjunction', 'repeated-word']);
  });

  it('checks plain blocks, and imports and exports the word list', async () => {
    const { findings } = await call<{ findings: ProofreadingFinding[] }>('proofreading.checkText', {
      language: 'ar',
      blocks: [{ id: 'p', kind: 'paragraph', text: 'قال الوزير أن 35شخصا اعتقلوا' }],
    });
    expect(findings.map((finding) => [finding.ruleId, finding.fix?.replacement, finding.blockIndex])).toEqual([
      ['reporting-verb-particle', 'إن', 0],
      ['number-unit-space', '35 ', 0],
    ]);
    expect(await call('proofreading.importWords', { text: 'تارودانتي\n# comment\nكيفاش\n' })).toMatchObject({ added: 1 });
    const { text } = await call<{ text: string }>('proofreading.exportWords', {});
    expect(text.split('\n')).toEqual(expect.arrayContaining(['تارودانتي', 'كيفاش', 'الحافيظي', 'واخا']));
    await expect(call('proofreading.checkDraft', { id: 'd-missing0000' })).rejects.toThrow(/not_found|invalid_request/);
  });
});
