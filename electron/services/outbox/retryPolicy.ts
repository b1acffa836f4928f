export interface RetryPolicy {
  /** First delay after a timeout or a server error; doubled each time. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** How often an offline job looks again for the site. */
  offlinePollMs: number;
  /** Timeouts and server errors in a row before the job is reported as failed. */
  maxAttempts: number;
}

export const defaultRetryPolicy: RetryPolicy = {
  baseDelayMs: 5_000,
  maxDelayMs: 10 * 60_000,
  offlinePollMs: 15_000,
  maxAttempts: 10,
};

/** Exponential backoff: base, 2×base, 4×base … capped; `attempt` counts from 1. */
export function backoffDelay(policy: RetryPolicy, attempt: number): number {
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
}
