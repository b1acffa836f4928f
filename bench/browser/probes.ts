import type { BrowserContext, Page } from 'playwright-core';

/** Where an editor counts as open: its editing element, and words that show the whole text is there ('' = any). */
export interface OpenCondition {
  selector: string;
  marker: string;
}

export interface ProbeState {
  /** Keydown to the first task after the next frame, ms, one per key since the last reset. */
  frames: number[];
  /** Navigation start to the first frame where the open condition held, ms. */
  openedAt?: number;
}

declare global {
  interface Window {
    __bench: ProbeState;
    __benchOpenCondition?: () => Promise<OpenCondition | null>;
  }
}

/**
 * Runs in every page before the page's own scripts. The keydown listener is
 * capture-phase on window, so it sees the key before any editor does; the
 * time is taken in a task queued after the next frame (rAF, then a message),
 * i.e. once the browser has had the chance to paint the character.
 */
function probeScript(): void {
  const state: ProbeState = { frames: [] };
  window.__bench = state;
  window.addEventListener(
    'keydown',
    (event) => {
      const start = event.timeStamp;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => state.frames.push(performance.now() - start);
        channel.port2.postMessage(null);
      });
    },
    true,
  );
  const watch = (condition: OpenCondition) => {
    const check = () => {
      const element = document.querySelector<HTMLElement>(condition.selector);
      if (element?.isContentEditable && (!condition.marker || element.textContent?.includes(condition.marker))) {
        state.openedAt = performance.now();
      } else {
        requestAnimationFrame(check);
      }
    };
    requestAnimationFrame(check);
  };
  void window.__benchOpenCondition?.().then((condition) => condition && watch(condition));
}

export interface ProbedPage {
  page: Page;
  /** What the next navigation's open probe waits for. */
  expectOpen(condition: OpenCondition | null): void;
}

/** A tab with the probes, in its own context (own cache, own sessionStorage) at the bench's window size. */
export async function newProbedPage(context: BrowserContext): Promise<ProbedPage> {
  const page = await context.newPage();
  let condition: OpenCondition | null = null;
  await page.exposeFunction('__benchOpenCondition', () => condition);
  // tsx names functions with an `__name` helper that the page lacks; give the page a no-op one,
  // so this script and the functions the bench evaluates run as written.
  await page.addInitScript({ content: `globalThis.__name ??= (f) => f;\n(${probeScript.toString()})();` });
  page.on('dialog', (dialog) => void dialog.accept());
  return { page, expectOpen: (next) => (condition = next) };
}

/** Waits for the open probe and returns navigation start to editable, ms. */
export async function openedAt(page: Page, timeoutMs = 60_000): Promise<number> {
  const handle = await page.waitForFunction(() => window.__bench?.openedAt, undefined, { timeout: timeoutMs, polling: 50 });
  return (await handle.jsonValue()) as number;
}

export const BENCH_VIEWPORT = { width: 1280, height: 800 };
