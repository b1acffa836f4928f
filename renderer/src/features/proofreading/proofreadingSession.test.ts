import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../../shared/proofreading/types';
import { startProofreading } from './proofreadingSession';
import { ProofreadingWorkers } from './proofreadingWorkers';
import type { FromWorker, ToWorker } from './workerProtocol';

/** Stands in for the worker thread: records what the page posts and answers when told. */
class FakeWorker {
  posted: ToWorker[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
  postMessage(message: ToWorker) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  answer(data: FromWorker) {
    this.onmessage?.({ data } as MessageEvent<FromWorker>);
  }
}

function fakeWorkers() {
  const spawned: FakeWorker[] = [];
  const workers = new ProofreadingWorkers(() => {
    const worker = new FakeWorker();
    spawned.push(worker);
    return worker as unknown as Worker;
  });
  return { workers, spawned };
}

const finding = (message: string) => ({ ruleId: 'spelling', message }) as unknown as Finding;

describe('proofreading sessions and their workers', () => {
  it('gives the next article in the same language the closed one\'s worker, reset, and keeps its dictionary request once', () => {
    const { workers, spawned } = fakeWorkers();
    const first = startProofreading('ar', workers);
    first.loadDictionary();
    first.dispose();
    expect(spawned).toHaveLength(1);
    expect(spawned[0]!.terminated).toBe(false);

    const second = startProofreading('ar', workers);
    expect(spawned).toHaveLength(1);
    expect(spawned[0]!.posted.map((message) => message.type)).toEqual(['dictionary', 'reset']);
    second.dispose();
  });

  it('ignores what the kept worker still says about the previous article until it confirms the reset', () => {
    const { workers, spawned } = fakeWorkers();
    startProofreading('ar', workers).dispose();
    const session = startProofreading('ar', workers);
    const worker = spawned[0]!;

    worker.answer({ type: 'findings', findings: [finding('المقال السابق')], ms: 1 });
    expect(session.findings.get()).toEqual([]);
    worker.answer({ type: 'reset' });
    worker.answer({ type: 'findings', findings: [finding('هذا المقال')], ms: 1 });
    expect(session.findings.get()).toEqual([finding('هذا المقال')]);
  });

  it('keeps one worker per language: another language gets its own, and a second kept one replaces the first', async () => {
    const { workers, spawned } = fakeWorkers();
    const arabic = startProofreading('ar', workers);
    const french = startProofreading('fr', workers);
    const otherArabic = startProofreading('ar', workers);
    expect(spawned).toHaveLength(3);

    const pending = arabic.suggest('الحكومه');
    arabic.dispose();
    await expect(pending).resolves.toEqual([]);
    otherArabic.dispose();
    expect(spawned[0]!.terminated).toBe(true);
    expect(spawned[2]!.terminated).toBe(false);
    french.dispose();
    expect(spawned[1]!.terminated).toBe(false);
  });
});
