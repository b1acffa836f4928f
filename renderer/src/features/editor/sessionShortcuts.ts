/** Editor-window commands that are not text formatting: they act on the view, not the document. */
export type SessionCommand = 'replace' | 'focus-mode' | 'zoom-in' | 'zoom-out' | 'zoom-reset' | 'preview' | 'fields';

const PLAIN: Record<string, SessionCommand> = {
  KeyH: 'replace',
  Equal: 'zoom-in',
  NumpadAdd: 'zoom-in',
  Minus: 'zoom-out',
  NumpadSubtract: 'zoom-out',
  Digit0: 'zoom-reset',
  Numpad0: 'zoom-reset',
};
const SHIFTED: Record<string, SessionCommand> = {
  KeyF: 'focus-mode',
  KeyP: 'preview',
  KeyE: 'fields',
  // Ctrl+Shift+= is how most layouts type Ctrl++.
  Equal: 'zoom-in',
};

type KeyEvent = Pick<KeyboardEvent, 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

/** Matched on the physical key, so the Arabic layout does not break them. Ctrl+F is the app's `find`. */
export function sessionCommand(event: KeyEvent): SessionCommand | undefined {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return undefined;
  return (event.shiftKey ? SHIFTED : PLAIN)[event.code];
}

export const ZOOM_STEPS = [0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2] as const;

/** The next zoom step up or down from any value (a hand-edited setting may sit between steps). */
export function nextZoom(current: number, direction: 1 | -1): number {
  if (direction === 1) return ZOOM_STEPS.find((step) => step > current + 1e-9) ?? ZOOM_STEPS.at(-1)!;
  return [...ZOOM_STEPS].reverse().find((step) => step < current - 1e-9) ?? ZOOM_STEPS[0];
}
