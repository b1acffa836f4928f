import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CallContext, ServiceImplementation } from '../../../shared/api/contract';
import { MidadError } from '../../../shared/api/errors';
import type { JobSummary, outboxService } from '../../../shared/api/outboxService';
import type { publishingService, SiteTerms, Target } from '../../../shared/api/publishingService';
import type { z } from 'zod';
import type { ProofreadingFinding } from '../../../shared/api/proofreadingService';
import type { ArticleDocument } from '../../../shared/model/document';
import type { Draft } from '../../../shared/model/draft';
import type { ArticleLanguage } from '../../../shared/model/language';
import { detectLanguage } from '../../../shared/text/detectLanguage';
import { defaultSettings, type HouseStyle } from '../../../shared/model/settings';
import type { Attribution } from '../../../shared/model/source';
import { AssetsService } from '../assets/AssetsService';
import { Outbox } from '../outbox/Outbox';
import type { ArticleSnapshot, OutboxJob } from '../outbox/outboxJob';
import type { RetryPolicy } from '../outbox/retryPolicy';
import type { JobRun } from '../outbox/Outbox';
import type { SecretStore } from '../secrets/SecretStore';
import type { AssetReader } from './assets';
import { blockers, prePublishChecklist, type ChecklistItem } from './checklist';
import { exportArticle } from './exports/exportArticle';
import { PublicationStore } from './PublicationStore';
import { checkTargetUrl, TargetStore } from './TargetStore';
import { publishToWordPress } from './wordpress/publishJob';
import { pullPictures } from './wordpress/pulledMedia';
import { pulledDocument, type RemotePost } from './wordpress/pulledPost';
import { testConnection } from './wordpress/testConnection';
import { WordPressClient } from './wordpress/WordPressClient';

type Spec = typeof publishingService;
type Args<M extends keyof Spec['methods']> = z.output<Spec['methods'][M]['args']>;

/** Reads the article a publish job will send. */
export interface DraftSource {
  read(draftId: string): Promise<ArticleSnapshot>;
  /** The whole draft (language, status, sources), for file exports. */
  draft?(draftId: string): Promise<Draft>;
  /** Makes a new draft from a pulled post; its id. */
  create?(document: ArticleDocument, language: ArticleLanguage): Promise<string>;
}

export interface PublishingServiceOptions {
  dataDir: string;
  secrets: SecretStore;
  drafts: DraftSource;
  assets: AssetReader;
  /** Stores a pulled picture with a draft; its asset id. The assets service's own store when absent. */
  addAsset?: (draftId: string, bytes: Uint8Array) => Promise<string>;
  /** How a quote's attribution reads in `<cite>`; '' for anonymous sources. */
  citation?: (attribution: Attribution) => string;
  /** The house limits the checklist applies; the defaults when absent. */
  houseStyle?: () => HouseStyle;
  /** The proofreader's findings on the saved draft, for the checklist; none when absent. */
  proofread?: (draftId: string) => Promise<ProofreadingFinding[]>;
  policy?: Partial<RetryPolicy>;
  timeoutMs?: number;
  now?: () => number;
  onOutboxChange?(jobs: JobSummary[]): void;
}

function secretName(target: string): string {
  return `publishing.${target}`;
}

/**
 * Publishing targets (WordPress sites) and the publish/update jobs sent to
 * them through the outbox. Targets live in `<dataDir>/publishing/`, their
 * passwords in the host's secret store.
 */
export class PublishingService implements ServiceImplementation<Spec> {
  readonly targets: TargetStore;
  readonly publicationStore: PublicationStore;
  readonly outbox: Outbox;
  private readonly now: () => number;
  private readonly addAsset: NonNullable<PublishingServiceOptions['addAsset']>;

  constructor(private readonly options: PublishingServiceOptions) {
    const dir = join(options.dataDir, 'publishing');
    this.targets = new TargetStore(dir);
    this.publicationStore = new PublicationStore(dir);
    this.now = options.now ?? Date.now;
    const assets = new AssetsService({ dataDir: options.dataDir, readBytes: (path) => readFile(path) });
    this.addAsset = options.addAsset ?? (async (draftId, bytes) => (await assets.add({ draftId, name: '', mime: '', base64: Buffer.from(bytes).toString('base64') })).assetId);
    this.outbox = new Outbox({
      dir: join(options.dataDir, 'outbox'),
      execute: (job, run) => this.execute(job, run),
      policy: options.policy,
      now: this.now,
      onDidChange: options.onOutboxChange,
    });
  }

  start(): Promise<void> {
    return this.outbox.start();
  }

  stop(): Promise<void> {
    return this.outbox.stop();
  }

  async listTargets(): Promise<Target[]> {
    return this.targets.list();
  }

  async addTarget(args: Args<'addTarget'>): Promise<Target> {
    const url = checkTargetUrl(args.url);
    // The same site added again from another host (the CLI after the desktop app) is that
    // host giving the password it asked for: the target and its mappings stay as they are.
    const existing = (await this.targets.list()).find((other) => other.name === args.name);
    if (existing && existing.url === url && existing.user === args.user && !existing.passwordIn.includes(this.options.secrets.kind)) {
      return this.setPassword({ name: args.name, password: args.password });
    }
    const target: Target = {
      name: args.name,
      type: 'wordpress',
      url,
      user: args.user,
      mappings: args.mappings ?? { mediaTags: {}, authors: {}, sections: {} },
      passwordIn: [this.options.secrets.kind],
      restStyle: 'pretty',
      createdAt: new Date(this.now()).toISOString(),
    };
    await this.targets.update((targets) => {
      if (targets.some((other) => other.name === args.name)) throw new MidadError('target_exists', { target: args.name });
      return [...targets, target];
    });
    await this.options.secrets.set(secretName(args.name), args.password);
    return target;
  }

  async setMappings(args: Args<'setMappings'>): Promise<Target> {
    return this.changeTarget(args.name, (target) => ({ ...target, mappings: args.mappings }));
  }

  async setPassword(args: Args<'setPassword'>): Promise<Target> {
    await this.targets.get(args.name);
    await this.options.secrets.set(secretName(args.name), args.password);
    const kind = this.options.secrets.kind;
    return this.changeTarget(args.name, (target) => ({ ...target, passwordIn: [...new Set([...target.passwordIn, kind])] }));
  }

  async removeTarget(args: Args<'removeTarget'>): Promise<{ ok: true }> {
    await this.targets.get(args.name);
    await this.targets.update((targets) => targets.filter((target) => target.name !== args.name));
    await this.options.secrets.delete(secretName(args.name));
    return { ok: true };
  }

  async testTarget(args: Args<'testTarget'>) {
    const target = await this.targets.get(args.name);
    const password = await this.password(target);
    const report = await testConnection((restStyle) => this.client(target, password, restStyle), target.restStyle);
    if (report.restStyle !== target.restStyle) await this.changeTarget(target.name, (stored) => ({ ...stored, restStyle: report.restStyle }));
    const { restStyle: _style, ...result } = report;
    return result;
  }

  async siteTerms(args: Args<'siteTerms'>): Promise<SiteTerms> {
    const target = await this.targets.get(args.name);
    try {
      // Through the connection test: WordPress lists terms to anyone, a refused password included,
      // and only `/users/me` says the password is wrong (it also finds the site's REST style).
      const { categories, tags } = await this.testTarget(args);
      return { categories, tags };
    } catch (error) {
      // The outbox's words for these ("the job waits") do not fit a list asked for while the editor watches.
      if (error instanceof MidadError && (error.code === 'wp_unreachable' || error.code === 'wp_timeout')) {
        throw new MidadError('wp_site_unreachable', { url: new URL(target.url).origin }, error.detail);
      }
      throw error;
    }
  }

  async publish(args: Args<'publish'>, _context?: CallContext): Promise<{ jobId: string }> {
    const target = await this.targets.get(args.target);
    // Asked now, while the editor is there to type it, rather than when the job runs.
    await this.password(target);
    const article = await this.options.drafts.read(args.draftId);
    const items = await this.runChecklist(args.draftId, article, args.options);
    const blocking = blockers(items).map((item) => item.key);
    if (blocking.length > 0 && !args.override) throw new MidadError('publish_blocked', { items: blocking.join(', ') });
    // The reason is kept with every item it overrode, warnings included.
    const overridden = items.map((item) => item.key);
    const options = overridden.length > 0 && args.override ? { ...args.options, override: { reason: args.override.reason, blockers: overridden } } : args.options;
    if (args.asNew) await this.publicationStore.remove(args.draftId, target.name);
    const job = await this.outbox.enqueue({
      kind: 'publish',
      draftId: args.draftId,
      target: target.name,
      options,
      article,
      headline: article.headline,
    });
    return { jobId: job.id };
  }

  async checklist(args: Args<'checklist'>): Promise<ChecklistItem[]> {
    return this.runChecklist(args.draftId, await this.options.drafts.read(args.draftId), args.options);
  }

  async export(args: Args<'export'>): Promise<{ name: string; mime: string; base64: string }> {
    if (!this.options.drafts.draft) throw new MidadError('not_found', { id: args.id }, 'this host cannot read whole drafts');
    const file = await exportArticle({
      draft: await this.options.drafts.draft(args.id),
      format: args.format,
      houseStyle: this.houseStyle(),
      assets: this.options.assets,
      citation: this.options.citation ?? (() => ''),
    });
    return { name: file.name, mime: file.mime, base64: Buffer.from(file.data).toString('base64') };
  }

  async unpublish(args: Args<'unpublish'>): Promise<{ jobId: string }> {
    const target = await this.targets.get(args.target);
    const publication = await this.publicationStore.get(args.draftId, target.name);
    if (!publication) throw new MidadError('not_found', {}, `no publication of ${args.draftId} on ${target.name}`);
    const job = await this.outbox.enqueue({
      kind: 'unpublish',
      draftId: args.draftId,
      target: target.name,
      options: { status: 'draft' },
      headline: '',
    });
    return { jobId: job.id };
  }

  async publications(args: Args<'publications'>) {
    return this.publicationStore.list(args.draftId);
  }

  async pull(args: Args<'pull'>): Promise<{ draftId: string; postId: number }[]> {
    const create = this.options.drafts.create;
    if (!create) throw new MidadError('not_found', { id: args.target }, 'this host cannot create drafts');
    const target = await this.targets.get(args.target);
    const client = this.client(target, await this.password(target));
    const posts = await client.all<RemotePost>('/wp/v2/posts', { status: 'pending,draft', context: 'edit' });
    const pulled: { draftId: string; postId: number }[] = [];
    for (const post of posts) {
      // Pulled before: the draft (and whatever the editor did to it) stays the one linked to the post.
      const known = await this.publicationStore.findDraft(target.name, post.id);
      if (known) {
        pulled.push({ draftId: known, postId: post.id });
        continue;
      }
      const language = detectLanguage(`${post.title.raw}\n${post.excerpt.raw}\n${post.content.raw.replace(/<[^>]*>/g, ' ')}`);
      const document = pulledDocument(post, language);
      const { nodes, pictures } = await pullPictures(document.root.children, (url) => client.download(url));
      const draftId = await create({ root: { ...document.root, children: nodes } }, language);
      for (const picture of pictures) {
        const assetId = await this.addAsset(draftId, picture.bytes);
        if (assetId !== picture.assetId) throw new MidadError('internal', {}, `pulled picture stored as ${assetId}, not ${picture.assetId}`);
      }
      await this.publicationStore.put(draftId, {
        target: target.name,
        postId: post.id,
        link: post.link,
        status: post.status,
        // The site's own media: publishing the draft back reuses them instead of uploading copies.
        media: Object.fromEntries(pictures.map((picture) => [picture.assetId, picture.media])),
        updatedAt: new Date(this.now()).toISOString(),
      });
      pulled.push({ draftId, postId: post.id });
    }
    return pulled;
  }

  /** The outbox contract, for the composition root. */
  outboxImplementation(): ServiceImplementation<typeof outboxService> {
    return {
      list: () => this.outbox.list(),
      retry: ({ id }) => this.outbox.retry(id),
      cancel: ({ id }) => this.outbox.cancel(id),
      edit: ({ id, options }) => this.outbox.edit(id, options),
    };
  }

  private houseStyle(): HouseStyle {
    return this.options.houseStyle?.() ?? defaultSettings.houseStyle;
  }

  private async runChecklist(draftId: string, article: ArticleSnapshot, options: Args<'publish'>['options']): Promise<ChecklistItem[]> {
    const findings = this.options.proofread ? await this.options.proofread(draftId) : [];
    return prePublishChecklist({ document: article.document, fields: article.fields, options, houseStyle: this.houseStyle(), findings, now: this.now() });
  }

  private async password(target: Target): Promise<string> {
    const password = await this.options.secrets.get(secretName(target.name));
    if (password === undefined) {
      throw new MidadError('target_password_required', { target: target.name, savedIn: target.passwordIn.join(', ') || '-' });
    }
    return password;
  }

  private client(target: Target, password: string, restStyle = target.restStyle): WordPressClient {
    return new WordPressClient({ url: target.url, user: target.user, password, restStyle, timeoutMs: this.options.timeoutMs });
  }

  private async changeTarget(name: string, change: (target: Target) => Target): Promise<Target> {
    const targets = await this.targets.update((all) => all.map((target) => (target.name === name ? change(target) : target)));
    const changed = targets.find((target) => target.name === name);
    if (!changed) throw new MidadError('target_not_found', { target: name });
    return changed;
  }

  private async execute(job: OutboxJob, run: JobRun): Promise<{ link?: string }> {
    const target = await this.targets.get(job.target);
    const password = await this.password(target);
    return publishToWordPress({
      job,
      run,
      target,
      client: this.client(target, password),
      publications: this.publicationStore,
      assets: this.options.assets,
      citation: this.options.citation ?? (() => ''),
      now: this.now,
    });
  }
}
