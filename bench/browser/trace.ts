import type { Page } from 'playwright-core';

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  args?: { data?: { type?: string } };
}

const KEY_EVENTS = new Set(['keydown', 'keypress', 'keyup']);

/**
 * Milliseconds of keydown+keypress+keyup dispatch per key (each keydown starts
 * a key), from the renderer's `EventDispatch` trace slices; the input events a
 * keypress fires run inside its slice, so the editor's whole handling counts.
 */
export function keyDispatchTimes(events: readonly TraceEvent[]): number[] {
  const keys: number[] = [];
  const slices = events
    .filter((event) => event.name === 'EventDispatch' && event.ph === 'X' && KEY_EVENTS.has(event.args?.data?.type ?? ''))
    .sort((a, b) => a.ts - b.ts);
  for (const slice of slices) {
    if (slice.args?.data?.type === 'keydown') keys.push(0);
    if (keys.length > 0) keys[keys.length - 1]! += (slice.dur ?? 0) / 1_000;
  }
  return keys;
}

/** Runs `action` under a Chromium `devtools.timeline` trace and returns the per-key dispatch times. */
export async function traceKeyDispatch(page: Page, action: () => Promise<void>): Promise<number[]> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline'], excludedCategories: ['*'] },
    transferMode: 'ReportEvents',
  });
  try {
    await action();
  } finally {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
  }
  return keyDispatchTimes(events);
}
