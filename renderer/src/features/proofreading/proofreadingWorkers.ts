import type { ArticleLanguage } from '../../../../shared/model/language';

const spawnProofreadingWorker = () => new Worker(new URL('./proofreading.worker.ts', import.meta.url), { type: 'module' });

/**
 * Hands each open article a proofreading worker, and keeps one per language
 * once its article closes: the next article in that language then finds
 * Hunspell's dictionary already read (half a second of CPU otherwise, and its
 * spelling marks a second late), which matters to an editor going through a
 * queue of stories.
 */
export class ProofreadingWorkers {
  private readonly kept = new Map<ArticleLanguage, Worker>();

  constructor(private readonly spawn: () => Worker = spawnProofreadingWorker) {}

  /** A worker for a new article; `reused` when it served another one before and must be reset first. */
  take(language: ArticleLanguage): { worker: Worker; reused: boolean } {
    const kept = this.kept.get(language);
    this.kept.delete(language);
    return kept ? { worker: kept, reused: true } : { worker: this.spawn(), reused: false };
  }

  /** The article is closed: its worker waits for the next one in its language (one is kept per language). */
  keep(language: ArticleLanguage, worker: Worker): void {
    worker.onmessage = null;
    this.kept.get(language)?.terminate();
    this.kept.set(language, worker);
  }
}
