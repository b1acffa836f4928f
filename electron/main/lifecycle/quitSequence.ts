export interface QuitSteps {
  /** Closes every window; each renderer saves its draft as it closes. */
  closeWindows(): Promise<void>;
  /** Resolves when no API call (a last save) is still running. */
  drainCalls(): Promise<void>;
  /** Stops the services: index flushed, locks released. */
  stop(): Promise<void>;
}

export interface QuitOptions {
  timeoutMs: number;
  /** Told which step gave up waiting, for the log. */
  onTimeout(step: 'windows' | 'services'): void;
}

function within(work: Promise<void>, timeoutMs: number, onTimeout: () => void): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      onTimeout();
      resolve();
    }, timeoutMs);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * The order that keeps the last words: windows close (and save) first, then
 * every save in flight finishes, and only then do the services stop. A hung
 * renderer cannot keep the app open forever, but it cannot skip the services'
 * shutdown either. Running it twice (quit pressed again) waits for the first run.
 */
export function createQuitSequence(steps: QuitSteps, { timeoutMs, onTimeout }: QuitOptions): () => Promise<void> {
  let running: Promise<void> | undefined;
  return () =>
    (running ??= (async () => {
      const windowsDone = steps.closeWindows().then(() => steps.drainCalls());
      await within(windowsDone.catch(() => undefined), timeoutMs, () => onTimeout('windows'));
      await within(steps.stop().catch(() => undefined), timeoutMs, () => onTimeout('services'));
    })());
}
