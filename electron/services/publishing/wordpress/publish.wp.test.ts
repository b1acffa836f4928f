import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { ArticleSnapshot } from '../../outbox/outboxJob';
import { createFileSecretStore } from '../../secrets/fileSecretStore';
import type { AssetReader } from '../assets';
import { serializeDocument } from '../gutenberg/serializeDocument';
import { PublishingService } from '../PublishingService';
import { image, pngAssets, sampleArticle } from '../testing/articles';
import { startDropResponseProxy } from '../testing/dropResponseProxy';
import { wordPressServer } from '../testing/wordpressSite';
import { WordPressClient } from './WordPressClient';

const site = inject('wordpress');
const admin = new WordPressClient({ url: site.url, user: site.user, password: site.applicationPassword, restStyle: 'pretty' });
const fastRetries = { baseDelayMs: 50, maxDelayMs: 200, offlinePollMs: 100, maxAttempts: 4 };
const citation = (attribution: { titleUsed?: string }) => attribution.titleUsed ?? '';

interface WpPost {
  id: number;
  status: string;
  date: string;
  date_gmt: string;
  slug: string;
  title: { raw: string };
  content: { raw: string };
  excerpt: { raw: string };
  categories: number[];
  tags: number[];
  featured_media: number;
}

const services: PublishingService[] = [];
afterEach(async () => {
  await Promise.all(services.splice(0).map((service) => service.stop()));
});

async function publishing(options: { dataDir?: string; assets?: AssetReader; articles: Map<string, ArticleSnapshot> }) {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'midad-publish-')));
  const service = new PublishingService({
    dataDir,
    secrets: createFileSecretStore(dataDir),
    drafts: { read: async (id) => options.articles.get(id)! },
    assets: options.assets ?? pngAssets,
    citation,
    policy: fastRetries,
    timeoutMs: 20_000,
  });
  services.push(service);
  await service.start();
  return { service, dataDir };
}

async function addSite(service: PublishingService, url = site.url, password = site.applicationPassword) {
  return service.addTarget({
    name: 'site',
    type: 'wordpress',
    url,
    user: site.user,
    password,
    mappings: {
      breaking: { category: site.categories.breaking, prefix: 'عاجل: ', suffix: '' },
      mediaTags: { photos: { tag: site.tags.morocco, prefix: '', suffix: ' (صور)' } },
      authors: {},
      sections: { politics: site.categories.politics },
    },
  });
}

const readPost = (id: number) => admin.get<WpPost>(`/wp/v2/posts/${id}`, { context: 'edit' });
const postsMatching = (word: string) => admin.get<WpPost[]>('/wp/v2/posts', { search: word, status: 'any', context: 'edit', per_page: 100 });

describe(`publishing to WordPress ${site.version}`, () => {
  it('tests the connection: the user, capabilities, categories and tags', async () => {
    const { service } = await publishing({ articles: new Map() });
    await addSite(service);
    const report = await service.testTarget({ name: 'site' });
    expect(report).toMatchObject({ user: 'admin', canPublish: true, canUpload: true });
    expect(report.categories.map((term) => term.name)).toEqual(expect.arrayContaining(['عاجل', 'سياسة']));
    expect(report.tags.map((term) => term.slug)).toContain('morocco');
  });

  it('publishes an Arabic story and reads back title, block markup byte for byte, citation, image and terms; an update changes the same post', async () => {
    const articles = new Map([
      ['draft-arabic-1', sampleArticle('تفكيك خلية إرهابية كلمةفريدةأ', [image('img-a', 'عناصر الأمن', 'تصوير: كيفاش', 'رجال أمن')], {
        breaking: true,
        mediaTags: ['photos'],
        section: 'politics',
        featuredImage: 'img-a',
      })],
    ]);
    const { service } = await publishing({ articles });
    await addSite(service);
    const { jobId } = await service.publish({ draftId: 'draft-arabic-1', target: 'site', options: { status: 'publish' } });
    const job = await service.outbox.settled(jobId);
    expect(job.state).toBe('done');

    const [publication] = await service.publications({ draftId: 'draft-arabic-1' });
    const post = await readPost(publication!.postId);
    const article = articles.get('draft-arabic-1')!;
    expect(post.title.raw).toBe('عاجل: تفكيك خلية إرهابية كلمةفريدةأ (صور)');
    expect(post.content.raw).toBe(serializeDocument(article.document, { media: (id) => publication!.media[id], citation }));
    expect(post.content.raw).toContain('<cite>الناطق الرسمي</cite>');
    expect(post.content.raw).toContain(`class="wp-image-${publication!.media['img-a']!.id}"`);
    expect(post.excerpt.raw).toBe('أعلنت السلطات صباح اليوم تفكيك خلية.');
    expect(post).toMatchObject({ status: 'publish', featured_media: publication!.media['img-a']!.id });
    expect(post.categories.sort()).toEqual([site.categories.breaking, site.categories.politics].sort());
    expect(post.tags).toEqual([site.tags.morocco]);
    expect(post.slug).not.toContain('midad-');
    const media = await admin.get<{ alt_text: string; caption: { raw: string } }>(`/wp/v2/media/${post.featured_media}`, { context: 'edit' });
    expect(media).toMatchObject({ alt_text: 'رجال أمن', caption: { raw: 'عناصر الأمن — تصوير: كيفاش' } });

    articles.set('draft-arabic-1', { ...article, headline: 'تحديث: تفكيك خلية كلمةفريدةأ', fields: { ...article.fields, breaking: false } });
    const update = await service.publish({ draftId: 'draft-arabic-1', target: 'site', options: { status: 'publish', correction: 'صُحّح اسم المدينة.' } });
    expect((await service.outbox.settled(update.jobId)).state).toBe('done');
    const posts = await postsMatching('كلمةفريدةأ');
    expect(posts.map((found) => found.id)).toEqual([post.id]);
    expect(posts[0]!.title.raw).toBe('تحديث: تفكيك خلية كلمةفريدةأ (صور)');
    expect(posts[0]!.content.raw).toContain('<p><em>صُحّح اسم المدينة.</em></p>');
    expect(await admin.get<unknown[]>('/wp/v2/media', { slug: 'midad-img-a' })).toHaveLength(1);

    const back = await service.unpublish({ draftId: 'draft-arabic-1', target: 'site' });
    expect((await service.outbox.settled(back.jobId)).state).toBe('done');
    expect((await readPost(post.id)).status).toBe('draft');
  });

  it('a post deleted on the site makes the update fail as "deleted", not retried; publishing as new makes a new post', async () => {
    const articles = new Map([['draft-deleted-1', sampleArticle('خبر سيحذف كلمةفريدةح')]]);
    const { service } = await publishing({ articles });
    await addSite(service);
    const first = await service.publish({ draftId: 'draft-deleted-1', target: 'site', options: { status: 'draft' } });
    expect((await service.outbox.settled(first.jobId)).state).toBe('done');
    const [publication] = await service.publications({ draftId: 'draft-deleted-1' });
    await admin.request('DELETE', `/wp/v2/posts/${publication!.postId}`, { query: { force: 'true' } });

    const update = await service.publish({ draftId: 'draft-deleted-1', target: 'site', options: { status: 'draft' } });
    expect(await service.outbox.settled(update.jobId)).toMatchObject({ state: 'failed', attempts: 1, error: { code: 'wp_post_deleted' } });

    const again = await service.publish({ draftId: 'draft-deleted-1', target: 'site', options: { status: 'draft' }, asNew: true });
    expect((await service.outbox.settled(again.jobId)).state).toBe('done');
    const posts = await postsMatching('كلمةفريدةح');
    expect(posts).toHaveLength(1);
    expect(posts[0]!.id).not.toBe(publication!.postId);
    expect((await service.publications({ draftId: 'draft-deleted-1' }))[0]!.postId).toBe(posts[0]!.id);
  });

  it('sends pending and scheduled posts; the scheduled time arrives in UTC whatever the site time zone', async () => {
    const articles = new Map([
      ['draft-pending-1', sampleArticle('قيد المراجعة كلمةفريدةب')],
      ['draft-future-1', sampleArticle('مجدول كلمةفريدةج')],
    ]);
    const { service } = await publishing({ articles });
    await addSite(service);
    const pending = await service.publish({ draftId: 'draft-pending-1', target: 'site', options: { status: 'pending' } });
    // Tomorrow at 09:30 in Riyadh (+03:00), on a site set to Casablanca.
    const at = new Date(Date.now() + 86_400_000);
    const riyadh = `${new Date(at.getTime() + 3 * 3_600_000).toISOString().slice(0, 11)}09:30:00+03:00`;
    const future = await service.publish({ draftId: 'draft-future-1', target: 'site', options: { status: 'future', at: riyadh } });
    for (const { jobId } of [pending, future]) expect((await service.outbox.settled(jobId)).state).toBe('done');

    const [pendingPost] = await postsMatching('كلمةفريدةب');
    expect(pendingPost!.status).toBe('pending');
    const [futurePost] = await postsMatching('كلمةفريدةج');
    expect(futurePost!.status).toBe('future');
    expect(futurePost!.date_gmt).toBe(new Date(riyadh).toISOString().slice(0, 19));
    // The site shows it at the same instant on its own clock (Casablanca).
    const casablanca = new Intl.DateTimeFormat('sv-SE', { timeZone: site.timezone, dateStyle: 'short', timeStyle: 'medium' }).format(new Date(riyadh));
    expect(site.timezone).toBe('Africa/Casablanca');
    expect(futurePost!.date).toBe(casablanca.replace(' ', 'T'));
  });

  it('a wrong password fails once with a plain message and is not retried', async () => {
    const articles = new Map([['draft-wrongpw-1', sampleArticle('كلمة مرور خاطئة')]]);
    const { service } = await publishing({ articles });
    await addSite(service, site.url, 'aaaa bbbb cccc dddd eeee ffff');
    await expect(service.testTarget({ name: 'site' })).rejects.toMatchObject({ code: 'wp_auth_failed' });
    const { jobId } = await service.publish({ draftId: 'draft-wrongpw-1', target: 'site', options: { status: 'publish' } });
    const job = await service.outbox.settled(jobId);
    expect(job).toMatchObject({ state: 'failed', attempts: 1, error: { code: 'wp_auth_failed' } });
  });

  it('a user without the right to publish gets "no permission"', async () => {
    const articles = new Map([['draft-contrib-1', sampleArticle('مساهم')]]);
    const { service } = await publishing({ articles });
    await service.addTarget({ name: 'site', type: 'wordpress', url: site.url, user: site.contributor.user, password: site.contributor.applicationPassword });
    const report = await service.testTarget({ name: 'site' });
    expect(report).toMatchObject({ canPublish: false, canUpload: false });
    const { jobId } = await service.publish({ draftId: 'draft-contrib-1', target: 'site', options: { status: 'publish' } });
    expect(await service.outbox.settled(jobId)).toMatchObject({ state: 'failed', error: { code: 'wp_forbidden' } });
  });

  it('the site stops in the middle of a run; after a restart of Midad and of the site the job resumes and makes exactly one post', async () => {
    const articles = new Map([
      ['draft-outage-1', sampleArticle('انقطاع كلمةفريدةد', ['img-o1', 'img-o2', 'img-o3'].map((id) => image(id, 'صورة من الموقع', 'تصوير: مداد')))],
    ]);
    let stopped = false;
    const stopOnSecondImage: AssetReader = {
      async read(draftId, assetId) {
        if (assetId === 'img-o2' && !stopped) {
          stopped = true;
          await wordPressServer(site, 'stop');
        }
        return pngAssets.read(draftId, assetId);
      },
    };
    const first = await publishing({ articles, assets: stopOnSecondImage });
    await addSite(first.service);
    const { jobId } = await first.service.publish({ draftId: 'draft-outage-1', target: 'site', options: { status: 'publish' } });
    try {
      const waiting = await first.service.outbox.settled(jobId, { orWaiting: true });
      expect(waiting).toMatchObject({ state: 'waiting-retry', error: { code: 'wp_unreachable' }, progress: { key: 'uploadingImages', params: { current: 2, total: 3 } } });
      expect(Object.keys(waiting.checkpoint.media)).toEqual(['img-o1']);
      // Midad quits while the site is down.
      await first.service.stop();
    } finally {
      await wordPressServer(site, 'start');
    }
    const second = await publishing({ articles, dataDir: first.dataDir });
    const done = await second.service.outbox.settled(jobId);
    expect(done.state).toBe('done');
    expect((await postsMatching('كلمةفريدةد')).length).toBe(1);
    for (const id of ['img-o1', 'img-o2', 'img-o3']) expect(await admin.get<unknown[]>('/wp/v2/media', { slug: `midad-${id}` })).toHaveLength(1);
  });

  it('the answer to the create request is lost; the retry finds the post instead of making a second one', async () => {
    const proxy = await startDropResponseProxy(site.url);
    try {
      const articles = new Map([['draft-lost-1', sampleArticle('جواب ضائع كلمةفريدةه')]]);
      const { service } = await publishing({ articles });
      await addSite(service, proxy.url);
      proxy.dropNext('POST /wp-json/wp/v2/posts HTTP');
      const { jobId } = await service.publish({ draftId: 'draft-lost-1', target: 'site', options: { status: 'publish' } });
      const job = await service.outbox.settled(jobId);
      expect(proxy.dropped).toBe(1);
      expect(job).toMatchObject({ state: 'done', attempts: 1 });
      const posts = await postsMatching('كلمةفريدةه');
      expect(posts.length).toBe(1);
      expect(posts[0]).toMatchObject({ status: 'publish', id: job.checkpoint.postId });
    } finally {
      await proxy.close();
    }
  });
});
