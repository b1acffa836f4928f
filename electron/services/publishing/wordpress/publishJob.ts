import type { Publication, Target } from '../../../../shared/api/publishingService';
import type { JobRun } from '../../outbox/Outbox';
import type { OutboxJob } from '../../outbox/outboxJob';
import type { AssetReader } from '../assets';
import { captionText, type RemoteMedia } from '../gutenberg/mediaBlocks';
import { documentImages, serializeDocument } from '../gutenberg/serializeDocument';
import { escapeText } from '../gutenberg/markup';
import type { ImageFields } from '../gutenberg/nodes';
import type { CitationText } from '../gutenberg/quoteBlock';
import { paragraphBlock } from '../gutenberg/textBlocks';
import { mapArticleFields, scheduledDateGmt } from '../postFields';
import type { PublicationStore } from '../PublicationStore';
import type { WordPressClient } from './WordPressClient';

interface WpPost {
  id: number;
  link: string;
  status: string;
  slug: string;
}

interface WpMedia {
  id: number;
  source_url: string;
}

export interface PublishJobContext {
  job: OutboxJob;
  run: JobRun;
  target: Target;
  client: WordPressClient;
  publications: PublicationStore;
  assets: AssetReader;
  citation: CitationText;
  now: () => number;
}

/**
 * The slug a new post carries until the job's last step: the one thing a stock
 * WordPress lets us look a post up by exactly, so a create whose answer was
 * lost is found instead of made twice.
 */
export function markerSlug(jobId: string): string {
  return `midad-${jobId}`;
}

function mediaSlug(assetId: string): string {
  return `midad-${assetId.toLowerCase().replace(/[^a-z0-9-]/g, '-')}`;
}

/** Uploads each image once per site: known uploads are reused, lost answers are looked up first. */
async function uploadImages(context: PublishJobContext, images: ImageFields[], known: Record<string, RemoteMedia>) {
  const { job, run, client } = context;
  const media = { ...known, ...job.checkpoint.media };
  // Local copies: `job` is the job as it started, the checkpoint grows as images go up.
  const attempted = [...job.checkpoint.attempted];
  const uploadedNow = { ...job.checkpoint.media };
  const missing = images.filter((image, index) => !media[image.assetId] && images.findIndex((other) => other.assetId === image.assetId) === index);
  for (const [index, image] of missing.entries()) {
    await run.progress('uploadingImages', { current: index + 1, total: missing.length });
    const slug = mediaSlug(image.assetId);
    let uploaded: WpMedia | undefined;
    if (attempted.includes(image.assetId)) {
      [uploaded] = await client.get<WpMedia[]>('/wp/v2/media', { slug, context: 'edit' });
    }
    if (!uploaded) {
      attempted.push(image.assetId);
      await run.checkpoint({ attempted });
      const file = await context.assets.read(job.draftId, image.assetId);
      const extension = file.fileName.includes('.') ? file.fileName.slice(file.fileName.lastIndexOf('.')) : '';
      uploaded = await client.uploadMedia<WpMedia>(file.data, `${slug}${extension}`, file.mimeType);
    }
    const caption = captionText(image);
    await client.post(`/wp/v2/media/${uploaded.id}`, { alt_text: image.alt, caption: escapeText(caption), title: image.caption || slug });
    media[image.assetId] = uploadedNow[image.assetId] = { id: uploaded.id, url: uploaded.source_url };
    await run.checkpoint({ media: uploadedNow });
  }
  return media;
}

/** Finds the post a previous try of this job may have created before its answer was lost. */
async function findCreatedPost(context: PublishJobContext): Promise<WpPost | undefined> {
  const posts = await context.client.get<WpPost[]>('/wp/v2/posts', { slug: markerSlug(context.job.id), status: 'any', context: 'edit' });
  return posts[0];
}

/**
 * Publishes or updates one draft on a WordPress site. Every step is safe to
 * repeat: images already uploaded are reused, and a post is created only
 * after making sure an earlier try did not create it already. The post is
 * created as a private draft marked with the job, then given its real status.
 */
export async function publishToWordPress(context: PublishJobContext): Promise<{ link?: string }> {
  const { job, run, target, client, publications } = context;
  const existing = await publications.get(job.draftId, target.name);

  if (job.kind === 'unpublish') {
    if (!existing) return {};
    await run.progress('updatingPost');
    const post = await client.post<WpPost>(`/wp/v2/posts/${existing.postId}`, { status: 'draft' });
    await publications.put(job.draftId, { ...existing, status: post.status, updatedAt: new Date(context.now()).toISOString() });
    return { link: post.link };
  }

  const article = job.article!;
  const dateGmt = scheduledDateGmt(job.options, context.now());
  const images = documentImages(article.document);
  const featured = article.fields.featuredImage;
  if (featured && !images.some((image) => image.assetId === featured)) images.push({ assetId: featured, caption: '', credit: '', alt: '' });
  const media = await uploadImages(context, images, existing?.media ?? {});

  let content = serializeDocument(article.document, { media: (assetId) => media[assetId], citation: context.citation });
  if (job.options.correction?.trim()) {
    content += `\n\n${paragraphBlock(`<em>${escapeText(job.options.correction.trim())}</em>`)}`;
  }
  const mapped = mapArticleFields(article.headline, article.fields, target.mappings);
  const post: Record<string, unknown> = {
    title: mapped.title,
    content,
    excerpt: article.lead,
    status: job.options.status,
    categories: mapped.categories.length > 0 ? mapped.categories : undefined,
    tags: mapped.tags,
    featured_media: featured ? (media[featured]?.id ?? 0) : 0,
    author: mapped.author,
    date_gmt: dateGmt,
  };
  if (article.fields.slug) post.slug = article.fields.slug;

  let postId = job.checkpoint.postId ?? existing?.postId;
  if (postId === undefined) {
    await run.progress('creatingPost');
    let created = job.checkpoint.createAttempted ? await findCreatedPost(context) : undefined;
    if (!created) {
      await run.checkpoint({ createAttempted: true });
      created = await client.post<WpPost>('/wp/v2/posts', { ...post, status: 'draft', date_gmt: undefined, slug: markerSlug(job.id) });
    }
    postId = created.id;
    await run.checkpoint({ postId });
  }
  // A post this job created still has the marker slug: it goes with the last step,
  // and WordPress makes the real one from the title.
  if (!existing) post.slug ??= '';

  await run.progress('updatingPost');
  const updated = await client.post<WpPost>(`/wp/v2/posts/${postId}`, post);
  const publication: Publication = {
    target: target.name,
    postId,
    link: updated.link,
    status: updated.status,
    media,
    updatedAt: new Date(context.now()).toISOString(),
  };
  await publications.put(job.draftId, publication);
  return { link: updated.link };
}
