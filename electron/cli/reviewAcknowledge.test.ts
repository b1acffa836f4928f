import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TransitionRecord } from '../../shared/api/reviewService';
import { createDocument } from '../../shared/editor/documentText';
import type { Draft } from '../../shared/model/draft';
import { createServices, type Services } from '../services/createServices';
import { createMemorySettingsStore } from '../services/settings/SettingsStore';
import { parseReviewCommand } from './parseReviewCommand';
import { runReviewCommand } from './runReviewCommand';

let services: Services;
const call = async <T>(channel: string, args: unknown): Promise<T> => {
  const reply = await services.dispatcher.call(channel, args, { clientId: 'cli' });
  if (!reply.ok) throw Object.assign(new Error(reply.error.code), reply.error);
  return reply.result as T;
};
const run = (...argv: string[]) => runReviewCommand(parseReviewCommand(argv)!, call, (key) => key, (iso) => iso);

beforeEach(async () => {
  services = await createServices({
    dataDir: mkdtempSync(join(tmpdir(), 'midad-cli-ack-')),
    settingsStore: createMemorySettingsStore({ userName: 'Salma', role: 'editor' }),
    host: 'cli',
    version: '0.0.0',
  });
});
afterEach(() => services.stop());

describe('midad submit/review --acknowledge', () => {
  it('records every error finding with the reason on the step, once per rule and text', async () => {
    const document = createDocument('ar', 'خبر', ['و أشادت الوزارة بالعمل, و أشادت الشرطة بالتعاون.']);
    const { meta } = await call<Draft>('drafts.create', { document });
    await run('submit', meta.id, '--acknowledge', 'نص البيان');
    await run('review', meta.id, '--approve');
    const [submitted, started, approved] = await call<TransitionRecord[]>('review.history', { id: meta.id });
    expect(submitted!.acknowledged).toEqual(
      expect.arrayContaining([
        { ruleId: 'detached-conjunction', text: 'و أشادت', reason: 'نص البيان' },
        { ruleId: 'latin-punctuation', text: ',', reason: 'نص البيان' },
      ]),
    );
    expect(submitted!.acknowledged!.filter((entry) => entry.ruleId === 'detached-conjunction')).toHaveLength(1);
    expect(started!.acknowledged).toBeUndefined();
    expect(approved!.acknowledged).toBeUndefined();
  });

  it('refuses the option where it does not belong', () => {
    expect(() => parseReviewCommand(['inbox', '--acknowledge', 'x'])).toThrow();
    expect(parseReviewCommand(['review', 'd', '--approve', '--acknowledge', 'سبب'])).toMatchObject({ verdict: 'approve', acknowledge: 'سبب' });
  });
});
