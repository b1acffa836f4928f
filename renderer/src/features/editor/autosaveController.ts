import { MidadError } from '../../../../shared/api/errors';
import type { ArticleDocument } from '../../../../shared/model/document';
import type { DraftMeta } from '../../../../shared/model/draft';

export type SaveKind = 'autosave' | 'checkpoint';

export type SaveStatus =
  | { state: 'saved' }
  | { state: 'unsaved' }
  | { state: 'saving' }
  | { state: 'failed'; error: MidadError };

export interface AutosaveOptions {
  baseRevisionId: string;
  save(request: { baseRevisionId: string; document: ArticleDocument; kind: SaveKind }): Promise<DraftMeta>;
  /** Serializes the editor; called only when a save actually starts, never per keystroke. */
  snapshot(): ArticleDocument;
  onSaved?(meta: DraftMeta, document: ArticleDocument): void;
  debounceMs?: number;
}

const FIRST_RETRY_MS = 2_000;
const MAX_RETRY_MS = 30_000;

/**
 * Keeps the text on disk and says honestly whether it is: every change bumps a
 * version, and "saved" is reported only when a save of exactly the current
 * version has resolved. Saves run one at a time, each based on the revision
 * the previous one returned. Failures keep the text, report the error and
 * retry with a growing delay.
 */
export class AutosaveController {
  private baseRevisionId: string;
  private version = 0;
  private savedVersion = 0;
  private queue: Promise<void> = Promise.resolve();
  private debounceTimer: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private retryDelay = FIRST_RETRY_MS;
  private status: SaveStatus = { state: 'saved' };
  private readonly listeners = new Set<() => void>();
  private stopped = false;

  constructor(private readonly options: AutosaveOptions) {
    this.baseRevisionId = options.baseRevisionId;
  }

  getStatus = (): SaveStatus => this.status;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  hasUnsavedChanges(): boolean {
    return this.version !== this.savedVersion;
  }

  /** The text changed: cheap, called on every edit. */
  markChanged(): void {
    this.version++;
    if (this.status.state === 'saved') this.setStatus({ state: 'unsaved' });
    // While a retry is pending it owns the schedule; typing must not defeat the backoff.
    if (this.retryTimer !== undefined) return;
    clearTimeout(this.debounceTimer);
    this.debounceTimer = setTimeout(() => void this.flush(), this.options.debounceMs ?? 1_000);
  }

  /** Saves now if anything is unsaved (blur, page hidden, close). */
  flush(): Promise<void> {
    return this.enqueue('autosave');
  }

  /** An explicit checkpoint: always written, as its own revision. */
  checkpoint(): Promise<void> {
    return this.enqueue('checkpoint');
  }

  /** Allows retries to be scheduled (again, after `stop`, as React's StrictMode remounts). */
  start(): void {
    this.stopped = false;
  }

  /** Stops timers and retries; a save already asked for (the final flush) still runs. */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.debounceTimer);
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
  }

  private enqueue(kind: SaveKind): Promise<void> {
    clearTimeout(this.debounceTimer);
    this.debounceTimer = undefined;
    this.queue = this.queue.then(() => this.run(kind));
    return this.queue;
  }

  private async run(kind: SaveKind): Promise<void> {
    if (kind === 'autosave' && !this.hasUnsavedChanges()) return;
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    const version = this.version;
    const document = this.options.snapshot();
    this.setStatus({ state: 'saving' });
    try {
      const meta = await this.options.save({ baseRevisionId: this.baseRevisionId, document, kind });
      this.baseRevisionId = meta.revisionId;
      this.savedVersion = version;
      this.retryDelay = FIRST_RETRY_MS;
      this.options.onSaved?.(meta, document);
      if (this.hasUnsavedChanges()) {
        this.setStatus({ state: 'unsaved' });
        this.debounceTimer = setTimeout(() => void this.flush(), this.options.debounceMs ?? 1_000);
      } else {
        this.setStatus({ state: 'saved' });
      }
    } catch (error) {
      this.setStatus({ state: 'failed', error: MidadError.revive(error) });
      if (this.stopped) return;
      this.retryTimer = setTimeout(() => {
        this.retryTimer = undefined;
        void this.enqueue(kind);
      }, this.retryDelay);
      this.retryDelay = Math.min(this.retryDelay * 2, MAX_RETRY_MS);
    }
  }

  private setStatus(status: SaveStatus): void {
    this.status = status;
    for (const listener of this.listeners) listener();
  }
}
