import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Milliseconds one call takes, with the result, so setup work can be timed and kept. */
export async function time<T>(action: () => T | Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await action();
  return { ms: performance.now() - start, result };
}

/** Times `action` once per iteration after `warmup` untimed calls. */
export async function sample(
  iterations: number,
  action: (iteration: number) => unknown,
  warmup = 0,
): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await action(i);
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    await action(warmup + i);
    samples.push(performance.now() - start);
  }
  return samples;
}

/**
 * Runs a full garbage collection now, between samples: a cold measurement
 * (the app opening its index at start) must not pay for collecting what the
 * bench's previous sample left behind, which no real start has.
 */
export function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}
