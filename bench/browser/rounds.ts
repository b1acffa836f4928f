import { percentile, type Summary } from '../lib/stats';

/** The median of the rounds' p50 and of their p95: one round slowed by another process does not decide. */
export function medianOfRounds(rounds: readonly Summary[]): Summary {
  return {
    p50: percentile(rounds.map((round) => round.p50), 50),
    p95: percentile(rounds.map((round) => round.p95), 50),
  };
}
