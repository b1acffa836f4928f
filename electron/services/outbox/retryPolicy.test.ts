import { describe, expect, it } from 'vitest';
import { backoffDelay, defaultRetryPolicy } from './retryPolicy';

describe('backoffDelay', () => {
  it('doubles from the base delay and stops at the cap', () => {
    const policy = { ...defaultRetryPolicy, baseDelayMs: 1_000, maxDelayMs: 10_000 };
    expect([1, 2, 3, 4, 5, 9].map((attempt) => backoffDelay(policy, attempt))).toEqual([1_000, 2_000, 4_000, 8_000, 10_000, 10_000]);
  });
});
