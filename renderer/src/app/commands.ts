import { useEffect, useRef } from 'react';
import type { windowCommands } from '../../../shared/api/midad';

export type WindowCommand = (typeof windowCommands)[number];

type Handler = () => void;
const handlers = new Map<WindowCommand, Handler[]>();

/**
 * Runs a command with the most recently mounted handler (the innermost view
 * wins, e.g. the editor's "close" over the app's). Returns false when nothing
 * handles it, so a keyboard shortcut can fall back to the browser's default.
 */
export function runCommand(command: WindowCommand): boolean {
  const stack = handlers.get(command);
  const handler = stack?.[stack.length - 1];
  if (!handler) return false;
  handler();
  return true;
}

/** Registers a handler for a menu command or shortcut while the component is mounted. */
export function useCommand(command: WindowCommand, handler: Handler): void {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    const entry: Handler = () => latest.current();
    const stack = handlers.get(command) ?? [];
    handlers.set(command, [...stack, entry]);
    return () => {
      handlers.set(command, (handlers.get(command) ?? []).filter((item) => item !== entry));
    };
  }, [command]);
}
