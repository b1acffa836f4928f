import { describe, expect, it } from 'vitest';
import { shortcutCommand } from './shortcuts';

const key = (code: string, extra: Partial<KeyboardEvent> = {}) => ({
  code,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...extra,
});

describe('shortcutCommand', () => {
  it('matches physical keys with Ctrl or Cmd whatever the layout types', () => {
    expect(shortcutCommand(key('KeyS', { ctrlKey: true, key: 'س' }))).toBe('save-checkpoint');
    expect(shortcutCommand(key('KeyN', { metaKey: true }))).toBe('new-draft');
    expect(shortcutCommand(key('Comma', { ctrlKey: true }))).toBe('open-settings');
    expect(shortcutCommand(key('KeyF', { ctrlKey: true }))).toBe('find');
  });

  it('ignores plain typing and other modifier combinations', () => {
    expect(shortcutCommand(key('KeyS'))).toBeUndefined();
    expect(shortcutCommand(key('KeyS', { ctrlKey: true, shiftKey: true }))).toBeUndefined();
    expect(shortcutCommand(key('KeyB', { ctrlKey: true }))).toBeUndefined();
  });
});
