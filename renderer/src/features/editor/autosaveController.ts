import { MidadError } from '../../../../shared/api/errors';
import type { ArticleDocument } from '../../../../shared/model/document';
import type { DraftMeta } from '../../../../shared/model/draft';

export type SaveKind = 'autosave' | 'checkpoint';

export type SaveStatus =
  | { state: 'saved' }
  | { state: 'unsaved' }
  | { state: 'saving' }
  | { state: 'failed'; error: MidadError }
  /** The stored text changed elsewhere: saving stops so nothing is overwritten, and the user is told. */
  | { state: 'conflict' };

/** What is stored now, compared with the revision this window's saves are based on. */
export interface StoredRevision {
  revisionId: string;
  /** Whether its text equals the base revision's (only the status or the revision id moved on). */
  sameText: boolean;
}

export interface AutosaveOptions {
  baseRevisionId: string;
  save(request: { baseRevisionId: string; document: ArticleDocument; kind: SaveKind }): Promise<DraftMeta>;
  /** Serializes the editor; called only when a save actually starts, never per keystroke. */
  snapshot(): ArticleDocument;
  onSaved?(meta: DraftMeta, document: ArticleDocument): void;
  /** Reads the stored revision for `reconcile`, given this window's base revision. */
  stored?(baseRevisionId: string): Promise<StoredRevision>;
  /**
   * The stored text was changed elsewhere (a package taken from the desk, a
   * conflict resolved in another window) while this window had nothing
   * unsaved: show that text instead. Without it, the window stops saving.
   */
  reload?(revisionId: string): void;
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
    if (this.status.state === 'conflict') return;
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

  /**
   * The draft changed on disk (drafts.onDidChange). Runs between saves, so this
   * window's own saves are never mistaken for someone else's: when only the
   * status moved on (a review step here, in another window or by the CLI),
   * the new revision becomes the base and saving carries on; when the text
   * differs, saving stops in the `conflict` state instead of failing forever.
   */
  reconcile(): Promise<void> {
    this.queue = this.queue.then(async () => {
      if (!this.options.stored || this.status.state === 'conflict') return;
      const stored = await this.options.stored(this.baseRevisionId).catch(() => undefined);
      if (!stored || stored.revisionId === this.baseRevisionId) return;
      if (!stored.sameText && this.options.reload && !this.hasUnsavedChanges()) {
        this.stop();
        this.options.reload(stored.revisionId);
        return;
      }
      if (!stored.sameText) {
        clearTimeout(this.retryTimer);
        this.retryTimer = undefined;
        this.setStatus({ state: 'conflict' });
        return;
      }
      this.adoptRevision(stored.revisionId);
    });
    return this.queue;
  }

  /**
   * Runs a step that moves the draft to a new revision without changing its
   * text (a review transition) after pending text is saved and before the next
   * save, then bases the following saves on the revision it returns.
   */
  async between(step: () => Promise<DraftMeta>): Promise<DraftMeta> {
    await this.flush();
    let result: DraftMeta | undefined;
    this.queue = this.queue.then(async () => {
      result = await step();
      this.adoptRevision(result.revisionId);
    });
    const settled = this.queue;
    // A refused step must not break the queue for later saves.
    this.queue = settled.catch(() => undefined);
    await settled;
    return result!;
  }

  private adoptRevision(revisionId: string): void {
    this.baseRevisionId = revisionId;
    // A save refused as a conflict with the old base can go again right away.
    if (this.status.state === 'failed' && this.retryTimer !== undefined) {
      clearTimeout(this.retryTimer);
      this.retryTimer = undefined;
      this.retryDelay = FIRST_RETRY_MS;
      void this.flush();
    }
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
    if (this.status.state === 'conflict') return;
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
