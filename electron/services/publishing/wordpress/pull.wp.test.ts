import { createHash } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { articleFieldsSchema } from '../../../../shared/model/article';
import type { ArticleDocument } from '../../../../shared/model/document';
import type { ArticleLanguage } from '../../../../shared/model/language';
import type { ArticleSnapshot } from '../../outbox/outboxJob';
import { createFileSecretStore } from '../../secrets/fileSecretStore';
import { articleSnapshot } from '../articleSnapshot';
import { PublishingService } from '../PublishingService';
import { pngAssets, TINY_PNG } from '../testing/articles';
import { WordPressClient } from './WordPressClient';

const site = inject('wordpress');
const admin = new WordPressClient({ url: site.url, user: site.user, password: site.applicationPassword, restStyle: 'pretty' });

const columns =
  '<!-- wp:columns -->\n<div class="wp-block-columns"><!-- wp:column -->\n<div class="wp-block-column"><!-- wp:paragraph -->\n' +
  '<p>عمود &amp; <em>أول</em></p>\n<!-- /wp:paragraph --></div>\n<!-- /wp:column --></div>\n<!-- /wp:columns -->';
/** Embeds as the block editor of WordPress 6.1 saves them (with their previews, for YouTube and X). */
const editorEmbed = (url: string, provider: { type: string; slug: string; className?: string }) => {
  const json = JSON.stringify({ url, type: provider.type, providerNameSlug: provider.slug, responsive: true, ...(provider.className && { className: provider.className }) });
  const classes = `wp-block-embed is-type-${provider.type} is-provider-${provider.slug} wp-block-embed-${provider.slug}${provider.className ? ` ${provider.className}` : ''}`;
  return `<!-- wp:embed ${json} -->\n<figure class="${classes}"><div class="wp-block-embed__wrapper">\n${url}\n</div></figure>\n<!-- /wp:embed -->`;
};
const embeds = [
  editorEmbed('https://www.youtube.com/watch?v=abc', { type: 'video', slug: 'youtube', className: 'wp-embed-aspect-16-9 wp-has-aspect-ratio' }),
  editorEmbed('https://twitter.com/midad/status/1', { type: 'rich', slug: 'twitter' }),
  editorEmbed('https://www.facebook.com/midad/posts/1', { type: 'rich', slug: 'facebook' }),
  editorEmbed('https://www.instagram.com/p/abc/', { type: 'rich', slug: 'instagram' }),
];
const content = [
  '<!-- wp:paragraph -->\n<p>فقرة قبل التعديل</p>\n<!-- /wp:paragraph -->',
  ...embeds,
  '<!-- wp:quote -->\n<blockquote class="wp-block-quote"><!-- wp:paragraph -->\n<p>لن نتراجع</p>\n<!-- /wp:paragraph --><cite>الوزير</cite></blockquote>\n<!-- /wp:quote -->',
  columns,
].join('\n\n');

/** A publishing service whose drafts live in a map, with the test site added as `site`. */
async function pullingService() {
  const dataDir = await mkdtemp(join(tmpdir(), 'midad-pull-'));
  const drafts = new Map<string, ArticleSnapshot & { language: ArticleLanguage }>();
  const assets = new Map<string, Uint8Array>();
  const service = new PublishingService({
    dataDir,
    addAsset: async (draftId, bytes) => {
      const assetId = createHash('sha256').update(bytes).digest('hex');
      assets.set(`${draftId}/${assetId}`, bytes);
      return assetId;
    },
    secrets: createFileSecretStore(dataDir),
    drafts: {
      read: async (id) => drafts.get(id)!,
      create: async (document: ArticleDocument, language: ArticleLanguage) => {
        const id = `draft-pulled-${drafts.size + 1}`;
        drafts.set(id, { ...articleSnapshot(document, articleFieldsSchema.parse({})), language });
        return id;
      },
    },
    assets: pngAssets,
    citation: (attribution) => attribution.titleUsed ?? '',
  });
  await service.start();
  await service.addTarget({ name: 'site', type: 'wordpress', url: site.url, user: site.user, password: site.applicationPassword });
  return { service, drafts, assets };
}

describe(`pulling from WordPress ${site.version}`, () => {
  it('pulls a pending post into a draft; an edit published back updates the same post and keeps the unknown block and the embeds byte for byte', async () => {
    const created = await admin.post<{ id: number }>('/wp/v2/posts', { title: 'مقال للمراجعة سحبمقالفريد', excerpt: 'مقدمة المقال', content, status: 'pending' });
    const { service, drafts } = await pullingService();
    try {
      const pulled = await service.pull({ target: 'site' });
      const mine = pulled.find((entry) => entry.postId === created.id)!;
      const article = drafts.get(mine.draftId)!;
      expect(article.headline).toBe('مقال للمراجعة سحبمقالفريد');
      const body = article.document.root.children;
      expect(body.find((node) => node.type === 'midad-lead')?.children?.[0]).toMatchObject({ text: 'مقدمة المقال' });
      expect(body.find((node) => node.type === 'midad-pullquote')).toMatchObject({ attribution: { titleUsed: 'الوزير' } });
      expect(body.filter((node) => node.type === 'midad-embed').map((node) => node.url)).toHaveLength(embeds.length);

      const edited: ArticleDocument = {
        root: {
          ...article.document.root,
          children: body.map((node) =>
            node.type === 'paragraph' ? { ...node, children: [{ type: 'text', version: 1, text: 'فقرة بعد التعديل', format: 0 }] } : node,
          ),
        },
      };
      drafts.set(mine.draftId, { ...article, document: edited });
      const { jobId } = await service.publish({ draftId: mine.draftId, target: 'site', options: { status: 'pending' } });
      expect((await service.outbox.settled(jobId)).state).toBe('done');

      const posts = await admin.get<{ id: number; content: { raw: string } }[]>('/wp/v2/posts', { search: 'سحبمقالفريد', status: 'any', context: 'edit' });
      expect(posts.map((post) => post.id)).toEqual([created.id]);
      expect(posts[0]!.content.raw).toContain('<p>فقرة بعد التعديل</p>');
      expect(posts[0]!.content.raw).toContain('<cite>الوزير</cite>');
      // YouTube, X, Facebook and Instagram go back as the provider blocks they came as, byte for byte.
      for (const embed of embeds) expect(posts[0]!.content.raw).toContain(`\n\n${embed}\n\n`);
      expect(posts[0]!.content.raw.endsWith(`\n\n${columns}`)).toBe(true);
    } finally {
      await service.stop();
    }
  });

  it('pulling again links the draft made the first time instead of making a second; a French post opens as French', async () => {
    const created = await admin.post<{ id: number }>('/wp/v2/posts', {
      title: 'Les députés adoptent la loi de finances',
      excerpt: '',
      content: "<!-- wp:paragraph -->\n<p>Le texte a été adopté mardi par la majorité, après un long débat dans l'hémicycle.</p>\n<!-- /wp:paragraph -->",
      status: 'draft',
    });
    const { service, drafts } = await pullingService();
    try {
      const first = (await service.pull({ target: 'site' })).find((entry) => entry.postId === created.id)!;
      const count = drafts.size;
      const second = (await service.pull({ target: 'site' })).find((entry) => entry.postId === created.id)!;
      expect(second.draftId).toBe(first.draftId);
      expect(drafts.size).toBe(count);
      expect(drafts.get(first.draftId)!.language).toBe('fr');
      expect(drafts.get(first.draftId)!.document.root.direction).toBe('ltr');
    } finally {
      await service.stop();
    }
  });

  it('pictures and galleries of the site come in as Midad pictures with their bytes; one from another host stays raw; embeds become embeds', async () => {
    const upload = (name: string) => admin.uploadMedia<{ id: number; source_url: string }>(TINY_PNG, name, 'image/png');
    const [one, two, three] = [await upload('pull-a.png'), await upload('pull-b.png'), await upload('pull-c.png')];
    const figure = (media: { id: number; source_url: string }, caption: string) =>
      `<!-- wp:image {"id":${media.id},"sizeSlug":"full","linkDestination":"none"} -->\n<figure class="wp-block-image size-full"><img src="${media.source_url}" alt="بديل" class="wp-image-${media.id}"/><figcaption class="wp-element-caption">${caption}</figcaption></figure>\n<!-- /wp:image -->`;
    const elsewhere = '<!-- wp:image {"id":999999} -->\n<figure class="wp-block-image"><img src="https://elsewhere.example/x.png" alt="" class="wp-image-999999"/></figure>\n<!-- /wp:image -->';
    const embed = embeds[0]!;
    const gallery = `<!-- wp:gallery {"linkTo":"none"} -->\n<figure class="wp-block-gallery has-nested-images columns-default is-cropped">${figure(two, 'أ')}\n\n${figure(three, 'ب')}</figure>\n<!-- /wp:gallery -->`;
    const created = await admin.post<{ id: number }>('/wp/v2/posts', {
      title: 'صور مسحوبة كلمةصورفريدة',
      content: [figure(one, 'عناصر الأمن — تصوير: كيفاش'), gallery, elsewhere, embed].join('\n\n'),
      status: 'pending',
    });
    const { service, drafts, assets } = await pullingService();
    try {
      const mine = (await service.pull({ target: 'site' })).find((entry) => entry.postId === created.id)!;
      const body = drafts.get(mine.draftId)!.document.root.children.slice(3);
      const id = createHash('sha256').update(TINY_PNG).digest('hex');
      expect(body.map((node) => node.type)).toEqual(['midad-image', 'midad-gallery', 'midad-rawblock', 'midad-embed']);
      expect(body[0]).toMatchObject({ assetId: id, caption: 'عناصر الأمن', credit: 'تصوير: كيفاش', alt: 'بديل' });
      expect(body[1]!.images).toMatchObject([{ assetId: id, caption: 'أ' }, { assetId: id, caption: 'ب' }]);
      expect(body[2]!.markup).toBe(elsewhere);
      expect(body[3]).toMatchObject({ url: 'https://www.youtube.com/watch?v=abc' });
      expect(Buffer.from(assets.get(`${mine.draftId}/${id}`)!).equals(TINY_PNG)).toBe(true);
      // Publishing back reuses the site's media rather than uploading copies.
      const [publication] = await service.publications({ draftId: mine.draftId });
      expect(Object.values(publication!.media).map((media) => media.id)[0]).toBeGreaterThan(0);
    } finally {
      await service.stop();
    }
  });
});
