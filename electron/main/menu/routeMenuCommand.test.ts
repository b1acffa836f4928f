import { describe, expect, it } from 'vitest';
import { routeMenuCommand } from './routeMenuCommand';
import type { WindowCommand } from './menuTemplate';

function targets(focused: string | undefined) {
  const log: string[] = [];
  return {
    log,
    targets: {
      focused: () => focused,
      openLibrary: () => {
        log.push('open library');
        return 'library';
      },
      send: (window: string, command: WindowCommand) => log.push(`${command} → ${window}`),
    },
  };
}

describe('routeMenuCommand', () => {
  it('sends editing commands to the focused window only', () => {
    const { log, targets: t } = targets('editor-2');
    routeMenuCommand('save-checkpoint', t);
    routeMenuCommand('find', t);
    expect(log).toEqual(['save-checkpoint → editor-2', 'find → editor-2']);
  });

  it('opens the library itself', () => {
    const { log, targets: t } = targets('editor-2');
    routeMenuCommand('open-library', t);
    expect(log).toEqual(['open library']);
  });

  it('with no focused window, brings the library forward and asks it for a new draft, but not to save or close', () => {
    const { log, targets: t } = targets(undefined);
    routeMenuCommand('new-draft', t);
    routeMenuCommand('save-checkpoint', t);
    routeMenuCommand('close', t);
    expect(log).toEqual(['open library', 'new-draft → library', 'open library', 'open library']);
  });
});
