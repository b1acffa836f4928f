import { useCallback, useEffect, useRef, useState } from 'react';
import { useMidad, useSettings } from '../../app/AppContext';
import { useCommand } from '../../app/commands';
import { nextZoom, sessionCommand } from './sessionShortcuts';

export interface SessionView {
  openPanels: ReadonlySet<string>;
  togglePanel(id: string): void;
  focusMode: boolean;
  toggleFocusMode(): void;
  zoom: number;
  find: 'find' | 'replace' | undefined;
  closeFind(): void;
}

const PANELS_KEY = 'midad.editor.panels';
const ZOOM_SAVE_MS = 500;

function storedPanels(): Set<string> {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(PANELS_KEY) ?? '["fields"]');
    return new Set(Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : []);
  } catch {
    return new Set(['fields']);
  }
}

/**
 * How the editor window is arranged: open panels (remembered in this browser
 * profile), focus mode, zoom (a user setting, saved a moment after the last
 * step) and the find bar, with their keyboard shortcuts.
 */
export function useSessionView(): SessionView {
  const midad = useMidad();
  const settings = useSettings();
  const [openPanels, setOpenPanels] = useState(storedPanels);
  const [focusMode, setFocusMode] = useState(false);
  const [zoom, setZoom] = useState(settings.editorZoom);
  const [find, setFind] = useState<'find' | 'replace'>();
  const zoomTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const pendingZoom = useRef<number>(undefined);

  const togglePanel = useCallback((id: string) => {
    setOpenPanels((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      localStorage.setItem(PANELS_KEY, JSON.stringify([...next]));
      return next;
    });
  }, []);
  const toggleFocusMode = useCallback(() => setFocusMode((on) => !on), []);

  const saveZoom = useCallback(() => {
    const value = pendingZoom.current;
    pendingZoom.current = undefined;
    if (value !== undefined) void midad.settings.set({ key: 'editorZoom', value });
  }, [midad]);

  const changeZoom = useCallback(
    (next: number) => {
      setZoom(next);
      pendingZoom.current = next;
      clearTimeout(zoomTimer.current);
      zoomTimer.current = setTimeout(saveZoom, ZOOM_SAVE_MS);
    },
    [saveZoom],
  );

  useCommand('find', () => setFind((open) => (open === 'replace' ? 'replace' : 'find')));

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && focusMode && !event.defaultPrevented) {
        setFocusMode(false);
        return;
      }
      const command = sessionCommand(event);
      if (!command) return;
      event.preventDefault();
      if (command === 'replace') setFind('replace');
      else if (command === 'focus-mode') toggleFocusMode();
      else if (command === 'preview' || command === 'fields') togglePanel(command);
      else changeZoom(command === 'zoom-reset' ? 1 : nextZoom(zoom, command === 'zoom-in' ? 1 : -1));
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [focusMode, zoom, changeZoom, toggleFocusMode, togglePanel]);

  useEffect(
    () => () => {
      clearTimeout(zoomTimer.current);
      saveZoom();
    },
    [saveZoom],
  );

  return { openPanels, togglePanel, focusMode, toggleFocusMode, zoom, find, closeFind: () => setFind(undefined) };
}
