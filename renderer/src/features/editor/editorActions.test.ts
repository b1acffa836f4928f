import { describe, expect, it } from 'vitest';
import { actionForKey, shortcutLabel } from './editorActions';

const press = (code: string, modifiers: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) => ({
  code,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...modifiers,
});

describe('actionForKey', () => {
  it('matches physical keys whatever the layout types', () => {
    expect(actionForKey(press('KeyB', { ctrlKey: true }))?.id).toBe('bold');
    expect(actionForKey(press('KeyK', { metaKey: true }))?.id).toBe('link');
    expect(actionForKey(press('Digit2', { ctrlKey: true, altKey: true }))?.id).toBe('h2');
  });

  it('tells shortcuts apart by their modifiers', () => {
    expect(actionForKey(press('KeyZ', { ctrlKey: true }))?.id).toBe('undo');
    expect(actionForKey(press('KeyZ', { ctrlKey: true, shiftKey: true }))?.id).toBe('redo');
    expect(actionForKey(press('KeyY', { ctrlKey: true }))?.id).toBe('redo');
    expect(actionForKey(press('Digit2', { ctrlKey: true }))).toBeUndefined();
  });

  it('ignores keys without the primary modifier', () => {
    expect(actionForKey(press('KeyB'))).toBeUndefined();
    expect(actionForKey(press('KeyB', { altKey: true }))).toBeUndefined();
  });
});

describe('shortcutLabel', () => {
  it('names the keys as printed', () => {
    expect(shortcutLabel({ code: 'Digit2', alt: true }, false)).toBe('Ctrl+Alt+2');
    expect(shortcutLabel({ code: 'KeyZ', shift: true }, true)).toBe('⌘+⇧+Z');
  });
});
