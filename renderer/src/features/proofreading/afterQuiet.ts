import type { LexicalEditor } from 'lexical';

/**
 * Runs `run` once, the first time the article's text has not changed for
 * `quietMs` (counted from now, so an untouched article qualifies too).
 * Returns a function that cancels it.
 */
export function afterQuiet(editor: LexicalEditor, quietMs: number, run: () => void): () => void {
  let timer = setTimeout(fire, quietMs);
  const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
    if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
    clearTimeout(timer);
    timer = setTimeout(fire, quietMs);
  });
  function fire() {
    unregister();
    run();
  }
  return () => {
    clearTimeout(timer);
    unregister();
  };
}
