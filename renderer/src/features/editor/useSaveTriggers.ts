import { useEffect } from 'react';
import type { AutosaveController } from './autosaveController';

/**
 * Saves when the page is hidden or left (tab switch, window close, reload) and
 * asks the browser to warn before leaving with text that is not yet on disk.
 */
export function useSaveTriggers(controller: AutosaveController | undefined): void {
  useEffect(() => {
    if (!controller) return;
    const flush = () => void controller.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!controller.hasUnsavedChanges()) return;
      flush();
      event.preventDefault();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [controller]);
}
