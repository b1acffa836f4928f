import { describe, expect, it } from 'vitest';
import { parseWindowState } from './windowState';

describe('parseWindowState', () => {
  it('reads a stored state, defaulting maximized', () => {
    expect(parseWindowState({ bounds: { x: -1800, y: 20, width: 900, height: 700 } })).toEqual({
      bounds: { x: -1800, y: 20, width: 900, height: 700 },
      maximized: false,
    });
  });

  it.each([
    undefined,
    null,
    'x',
    { bounds: { x: 0, y: 0, width: 0, height: 10 } },
    { bounds: { x: Number.NaN, y: 0, width: 10, height: 10 } },
    { bounds: { x: 0, y: 0, width: 1e9, height: 10 } },
    { bounds: { x: '0', y: 0, width: 10, height: 10 } },
    { bounds: { x: 0, y: 0, width: 10, height: 10 }, maximized: 'yes' },
  ])('ignores %j', (raw) => {
    expect(parseWindowState(raw)).toBeUndefined();
  });
});
