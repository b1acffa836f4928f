import { describe, expect, it } from 'vitest';
import { createQuitSequence, type QuitSteps } from './quitSequence';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

describe('createQuitSequence', () => {
  it('closes windows, waits for the last save, then stops the services', async () => {
    const log: string[] = [];
    const lastSave = deferred();
    const steps: QuitSteps = {
      closeWindows: async () => void log.push('windows closed'),
      drainCalls: async () => {
        await lastSave.promise;
        log.push('saves done');
      },
      stop: async () => void log.push('services stopped'),
    };
    const quit = createQuitSequence(steps, { timeoutMs: 1_000, onTimeout: () => log.push('timeout') });
    const first = quit();
    const second = quit();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(log).toEqual(['windows closed']);
    lastSave.resolve();
    await Promise.all([first, second]);
    expect(log).toEqual(['windows closed', 'saves done', 'services stopped']);
  });

  it('still stops the services when a window never closes', async () => {
    const timeouts: string[] = [];
    let stopped = false;
    const quit = createQuitSequence(
      {
        closeWindows: () => new Promise(() => undefined),
        drainCalls: async () => undefined,
        stop: async () => void (stopped = true),
      },
      { timeoutMs: 30, onTimeout: (step) => timeouts.push(step) },
    );
    await quit();
    expect(timeouts).toEqual(['windows']);
    expect(stopped).toBe(true);
  });

  it('finishes even when stopping fails', async () => {
    const quit = createQuitSequence(
      { closeWindows: async () => undefined, drainCalls: async () => undefined, stop: () => Promise.reject(new Error('EROFS')) },
      { timeoutMs: 30, onTimeout: () => undefined },
    );
    await expect(quit()).resolves.toBeUndefined();
  });
});
