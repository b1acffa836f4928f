import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TransitionRecord } from '../../shared/api/reviewService';
import { createDocument } from '../../shared/editor/documentText';
import type { Draft } from '../../shared/model/draft';
import type { Services } from '../services/createServices';
import { callerOf, startTestServices, type Call } from '../services/testing/testServices';
import { parseReviewCommand } from './parseReviewCommand';
import { runReviewCommand } from './runReviewCommand';

let services: Services;
let call: Call;
const run = (...argv: string[]) => runReviewCommand(parseReviewCommand(argv)!, call, (key) => key, (iso) => iso);

beforeEach(async () => {
  ({ services } = await startTestServices('cli-ack', { userName: 'Salma', role: 'editor' }, 'cli'));
  call = callerOf(services, 'cli');
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
