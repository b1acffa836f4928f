import { describe, expect, it } from 'vitest';
import { nextZoom, sessionCommand } from './sessionShortcuts';

const key = (code: string, extra: Partial<KeyboardEvent> = {}) => ({ code, ctrlKey: true, metaKey: false, altKey: false, shiftKey: false, ...extra });

describe('sessionCommand', () => {
  it('maps physical keys with Ctrl or Cmd', () => {
    expect(sessionCommand(key('KeyH'))).toBe('replace');
    expect(sessionCommand(key('Equal', { shiftKey: true }))).toBe('zoom-in');
    expect(sessionCommand(key('Minus', { ctrlKey: false, metaKey: true }))).toBe('zoom-out');
    expect(sessionCommand(key('Digit0'))).toBe('zoom-reset');
    expect(sessionCommand(key('KeyF', { shiftKey: true }))).toBe('focus-mode');
  });

  it('leaves other keys, Alt combinations and plain typing alone', () => {
    expect(sessionCommand(key('KeyF'))).toBeUndefined();
    expect(sessionCommand(key('Digit0', { altKey: true }))).toBeUndefined();
    expect(sessionCommand(key('KeyH', { ctrlKey: false }))).toBeUndefined();
  });
});

describe('nextZoom', () => {
  it('steps up and down and stops at the ends', () => {
    expect(nextZoom(1, 1)).toBe(1.1);
    expect(nextZoom(1, -1)).toBe(0.9);
    expect(nextZoom(2, 1)).toBe(2);
    expect(nextZoom(0.8, -1)).toBe(0.8);
    expect(nextZoom(1.3, -1)).toBe(1.25);
  });
});
