import type { WindowCommand } from './commands';

/**
 * Shortcuts match the physical key (`KeyboardEvent.code`) so they work with the
 * Arabic layout active, where Ctrl+S types `Ctrl+س` as far as `key` is concerned.
 */
const SHORTCUTS: Record<string, WindowCommand> = {
  KeyN: 'new-draft',
  KeyS: 'save-checkpoint',
  KeyF: 'find',
  Comma: 'open-settings',
};

export function shortcutCommand(event: Pick<KeyboardEvent, 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): WindowCommand | undefined {
  const primary = event.ctrlKey || event.metaKey;
  if (!primary || event.altKey || event.shiftKey) return undefined;
  return SHORTCUTS[event.code];
}
