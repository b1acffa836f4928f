import { describe, expect, it } from 'vitest';
import { keyDispatchTimes, type TraceEvent } from './trace';

const dispatch = (type: string, ts: number, dur: number): TraceEvent => ({ name: 'EventDispatch', ph: 'X', ts, dur, args: { data: { type } } });

describe('keyDispatchTimes', () => {
  it('sums keydown, keypress and keyup per key in milliseconds and ignores other events', () => {
    const events = [
      dispatch('keyup', 3_000, 500),
      dispatch('keydown', 1_000, 2_000),
      dispatch('keypress', 2_000, 4_000),
      dispatch('input', 2_100, 3_000),
      { name: 'FunctionCall', ph: 'X', ts: 1_500, dur: 9_000 },
      dispatch('keydown', 10_000, 1_000),
      dispatch('keyup', 11_000, 250),
    ];
    expect(keyDispatchTimes(events)).toEqual([6.5, 1.25]);
  });

  it('drops slices before the first keydown (a key released from before the trace)', () => {
    expect(keyDispatchTimes([dispatch('keyup', 1, 1_000), dispatch('keydown', 2, 1_000)])).toEqual([1]);
  });
});
