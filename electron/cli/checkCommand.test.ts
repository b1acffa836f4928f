import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProofreadingFinding } from '../../shared/api/proofreadingService';
import { MidadError } from '../../shared/api/errors';
import type { Draft } from '../../shared/model/draft';
import { createServices, type Services } from '../services/createServices';
import { createMemorySettingsStore } from '../services/settings/SettingsStore';
import { parseCheckCommand } from './parseCheckCommand';
import { runCheckCommand } from './runCheckCommand';
import { createTranslator, UsageError, type Translate } from './translator';

let services: Services;
let t: Translate;
const dir = mkdtempSync(join(tmpdir(), 'midad-check-'));

async function call<T>(channel: string, args: unknown): Promise<T> {
  const reply = await services.dispatcher.call(channel, args, { clientId: 'cli' });
  if (!reply.ok) throw MidadError.fromData(reply.error);
  return reply.result as T;
}

beforeAll(async () => {
  services = await createServices({ dataDir: dir, settingsStore: createMemorySettingsStore({ uiLanguage: 'en' }), host: 'cli', version: '0.0.0' });
  t = await createTranslator('en');
}, 30_000);
afterAll(() => services.stop());

describe('midad check', () => {
  it('parses FILE|ID and --json, and refuses a missing or extra argument', () => {
    expect(parseCheckCommand(['check', 'a.txt', '--json'])).toEqual({ kind: 'check', json: true, target: 'a.txt' });
    expect(parseCheckCommand(['drafts', 'list'])).toBeUndefined();
    expect(() => parseCheckCommand(['check'])).toThrow(UsageError);
    expect(() => parseCheckCommand(['check', 'a', 'b'])).toThrow(UsageError);
  });

  it('checks a text file line by line and an HTML file, with positions and fixes', async () => {
    const text = join(dir, 'story.txt');
    writeFileSync(text, 'عنوان الخبر\n\nو أشادت واشنطن بالجهود\nاعتقال 35شخصا\n');
    const output = await runCheckCommand({ kind: 'check', json: true, target: text }, call, t);
    const { findings } = output.json as { findings: ProofreadingFinding[] };
    expect(findings.map((f) => [f.ruleId, f.blockIndex, f.start, f.end, f.fix?.replacement])).toEqual([
      ['detached-conjunction', 1, 0, 7, 'وأشادت'],
      ['number-unit-space', 2, 7, 9, '35 '],
    ]);
    expect(output.human.split('\n')).toEqual([
      expect.stringMatching(/^Error \[detached-conjunction\] paragraph 1, 0–7: “و أشادت” .* → “وأشادت”$/),
      expect.stringMatching(/^Error \[number-unit-space\] paragraph 2, 7–9/),
      '2 error(s), 0 warning(s), 0 advice',
    ]);
    const html = join(dir, 'story.html');
    writeFileSync(html, '<html><body><h1>عنوان</h1><p>قال الوزير أن الحكومة ماضية</p></body></html>');
    const fromHtml = (await runCheckCommand({ kind: 'check', json: true, target: html }, call, t)).json as { findings: ProofreadingFinding[] };
    expect(fromHtml.findings.map((f) => [f.ruleId, f.text])).toEqual([['reporting-verb-particle', 'أن']]);
  });

  it('checks a draft by id, and answers a clean one with "no findings"', async () => {
    const draft = await call<Draft>('drafts.create', { language: 'ar', headline: 'المغرب.. حرب على الإرهاب' });
    const output = await runCheckCommand({ kind: 'check', json: false, target: draft.meta.id }, call, t);
    expect(output.human).toBe('No findings.');
    await expect(runCheckCommand({ kind: 'check', json: false, target: 'd-0000000000' }, call, t)).rejects.toMatchObject({ code: 'not_found' });
  });
});
