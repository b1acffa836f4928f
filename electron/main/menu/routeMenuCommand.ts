import type { WindowCommand } from './menuTemplate';

export interface CommandTargets<W> {
  focused(): W | undefined;
  openLibrary(): W;
  send(window: W, command: WindowCommand): void;
}

/**
 * Where a menu command goes. Opening the library is main's own job; every
 * other command acts on what the user is looking at, the focused window.
 * With no window focused (macOS keeps running with none open) the library
 * comes forward, and a new draft is asked of it.
 */
export function routeMenuCommand<W>(command: WindowCommand, targets: CommandTargets<W>): void {
  if (command === 'open-library') {
    targets.openLibrary();
    return;
  }
  const focused = targets.focused();
  if (focused) {
    targets.send(focused, command);
    return;
  }
  const library = targets.openLibrary();
  if (command === 'new-draft' || command === 'open-settings') targets.send(library, command);
}
