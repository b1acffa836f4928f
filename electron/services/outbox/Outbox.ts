import type { JobSummary, JobState } from '../../../shared/api/outboxService';
import { MidadError } from '../../../shared/api/errors';
import type { PublishOptions } from '../../../shared/api/publishingService';
import { retryableCodes } from '../publishing/wordpress/wordpressErrors';
import { JobStore } from './JobStore';
import { jobSummary, newJobId, type ArticleSnapshot, type Checkpoint, type OutboxJob } from './outboxJob';
import { backoffDelay, defaultRetryPolicy, type RetryPolicy } from './retryPolicy';

/** What a running job can record as it goes. */
export interface JobRun {
  /** Saves what was done on the site before the next step may fail. */
  checkpoint(patch: Partial<Checkpoint>): Promise<void>;
  progress(key: string, params?: Record<string, string | number>): Promise<void>;
}

/** Runs one job; what it returns (the post's address) is kept with the finished job. */
export type JobExecutor = (job: OutboxJob, run: JobRun) => Promise<void | { link?: string }>;

export interface OutboxOptions {
  dir: string;
  execute: JobExecutor;
  policy?: Partial<RetryPolicy>;
  now?: () => number;
  onDidChange?(jobs: JobSummary[]): void;
}

export interface NewJob {
  kind: OutboxJob['kind'];
  draftId: string;
  target: string;
  options: PublishOptions;
  article?: ArticleSnapshot;
  headline: string;
}

const SETTLED: JobState[] = ['done', 'failed', 'cancelled'];

/**
 * The persisted queue every publish goes through. Jobs run one at a time;
 * timeouts and server errors back off exponentially, an unreachable site is
 * polled without using up attempts, anything that needs a person fails with
 * the site's answer in plain words. A job found `running` at start was cut by
 * a crash or a quit and runs again from its checkpoint.
 */
export class Outbox {
  private readonly store: JobStore;
  private readonly policy: RetryPolicy;
  private readonly now: () => number;
  private timer: NodeJS.Timeout | undefined;
  private pumping: Promise<void> | undefined;
  private stopped = true;
  private readonly waiters = new Set<() => void>();
  /** Jobs another process is running: looked at again after a poll interval, not in a busy loop. */
  private heldElsewhere = new Set<string>();

  constructor(private readonly options: OutboxOptions) {
    this.store = new JobStore(options.dir);
    this.policy = { ...defaultRetryPolicy, ...options.policy };
    this.now = options.now ?? Date.now;
  }

  async start(): Promise<void> {
    this.stopped = false;
    for (const job of await this.store.list()) {
      if (job.state === 'running' && (await this.store.claim(job.id))) {
        await this.store.release(job.id);
        await this.save({ ...job, state: 'queued' });
      }
    }
    this.kick();
  }

  /** Stops taking jobs and waits for the one running; it stays resumable. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.pumping;
  }

  async list(): Promise<JobSummary[]> {
    return (await this.store.list()).map(jobSummary);
  }

  async get(id: string): Promise<OutboxJob> {
    const job = await this.store.get(id);
    if (!job) throw new MidadError('not_found', {}, `job ${id}`);
    return job;
  }

  async enqueue(input: NewJob): Promise<OutboxJob> {
    const at = new Date(this.now()).toISOString();
    const job: OutboxJob = {
      id: newJobId(this.now()),
      ...input,
      state: 'queued',
      attempts: 0,
      checkpoint: { createAttempted: false, media: {}, attempted: [] },
      createdAt: at,
      updatedAt: at,
    };
    await this.save(job);
    this.kick();
    return job;
  }

  async retry(id: string): Promise<JobSummary> {
    const job = await this.get(id);
    if (job.state === 'done' || job.state === 'running') throw new MidadError('job_not_retryable', {});
    const queued = await this.save({ ...job, state: 'queued', attempts: 0, error: undefined, nextAttemptAt: undefined });
    this.kick();
    return jobSummary(queued);
  }

  async cancel(id: string): Promise<JobSummary> {
    const job = await this.get(id);
    if (job.state === 'done' || job.state === 'running') throw new MidadError('job_not_retryable', {});
    return jobSummary(await this.save({ ...job, state: 'cancelled', nextAttemptAt: undefined }));
  }

  async edit(id: string, options: PublishOptions): Promise<JobSummary> {
    const job = await this.get(id);
    if (job.state === 'done' || job.state === 'running') throw new MidadError('job_not_retryable', {});
    const queued = await this.save({ ...job, options, state: 'queued', attempts: 0, error: undefined, nextAttemptAt: undefined });
    this.kick();
    return jobSummary(queued);
  }

  /** Resolves when the job is done, failed or cancelled, or (if asked) waiting for the site. */
  async settled(id: string, { orWaiting = false } = {}): Promise<OutboxJob> {
    for (;;) {
      const changed = new Promise<void>((resolve) => this.waiters.add(resolve));
      const job = await this.get(id);
      if (SETTLED.includes(job.state) || (orWaiting && job.state === 'waiting-retry')) return job;
      await changed;
    }
  }

  private async save(job: OutboxJob): Promise<OutboxJob> {
    const saved = { ...job, updatedAt: new Date(this.now()).toISOString() };
    await this.store.save(saved);
    this.options.onDidChange?.([jobSummary(saved)]);
    for (const wake of [...this.waiters]) {
      this.waiters.delete(wake);
      wake();
    }
    return saved;
  }

  private kick(): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.pumping ??= this.pump().finally(() => {
      this.pumping = undefined;
      this.schedule();
    });
  }

  private async schedule(): Promise<void> {
    if (this.stopped) return;
    const waiting = (await this.store.list()).filter((job) => job.state === 'waiting-retry' || job.state === 'queued');
    if (waiting.length === 0) return;
    const due = Math.min(
      ...waiting.map((job) =>
        this.heldElsewhere.has(job.id)
          ? this.now() + this.policy.offlinePollMs
          : job.nextAttemptAt
            ? Date.parse(job.nextAttemptAt)
            : this.now(),
      ),
    );
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.kick(), Math.max(0, due - this.now()));
    this.timer.unref?.();
  }

  private async pump(): Promise<void> {
    this.heldElsewhere = new Set();
    while (!this.stopped) {
      const due = (await this.store.list()).find(
        (job) =>
          !this.heldElsewhere.has(job.id) &&
          (job.state === 'queued' || (job.state === 'waiting-retry' && Date.parse(job.nextAttemptAt ?? '') <= this.now())),
      );
      if (!due) return;
      if (!(await this.store.claim(due.id))) {
        this.heldElsewhere.add(due.id);
        continue;
      }
      try {
        await this.runOne(due);
      } finally {
        await this.store.release(due.id);
      }
    }
  }

  private async runOne(claimed: OutboxJob): Promise<void> {
    let job = await this.save({ ...claimed, state: 'running', attempts: claimed.attempts + 1, nextAttemptAt: undefined });
    const run: JobRun = {
      checkpoint: async (patch) => {
        job = await this.save({ ...job, checkpoint: { ...job.checkpoint, ...patch } });
      },
      progress: async (key, params = {}) => {
        job = await this.save({ ...job, progress: { key, params } });
      },
    };
    try {
      const result = await this.options.execute(job, run);
      await this.save({ ...job, state: 'done', error: undefined, progress: { key: 'done', params: {} }, link: result?.link ?? job.link });
    } catch (thrown) {
      const error = MidadError.revive(thrown);
      const offline = error.code === 'wp_unreachable';
      const retryable = retryableCodes.has(error.code) && (offline || job.attempts < this.policy.maxAttempts);
      const delay = offline ? this.policy.offlinePollMs : backoffDelay(this.policy, job.attempts);
      await this.save({
        ...job,
        state: retryable ? 'waiting-retry' : 'failed',
        // Waiting for an offline site does not use up the attempts kept for server errors.
        attempts: offline ? job.attempts - 1 : job.attempts,
        error: { code: error.code, params: error.params },
        nextAttemptAt: retryable ? new Date(this.now() + delay).toISOString() : undefined,
      });
    }
  }
}
