import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync, crc32 } from 'node:zlib';
import { exportFormats } from '../../shared/api/publishingService';
import { defaultArticleFields, type ArticleFields } from '../../shared/model/article';
import type { ArticleDocument, SerializedNodeShape } from '../../shared/model/document';
import type { Draft } from '../../shared/model/draft';
import { defaultSettings } from '../../shared/model/settings';
import { articleSnapshot } from '../../electron/services/publishing/articleSnapshot';
import type { AssetReader } from '../../electron/services/publishing/assets';
import { exportArticle } from '../../electron/services/publishing/exports/exportArticle';
import { PublishingService } from '../../electron/services/publishing/PublishingService';
import { bringUpWordPress, tearDownWordPress, type WordPressSite } from '../../electron/services/publishing/testing/wordpressSite';
import { createFileSecretStore } from '../../electron/services/secrets/fileSecretStore';
import { articleDocument, generateArticle, type GeneratedArticle } from '../fixtures/generateArticle';
import type { BenchRow } from '../lib/report';
import { summarize } from '../lib/stats';
import type { Suite } from '../lib/suite';
import { sample } from '../lib/timing';

const sizes = {
  // The rows: a 10,000-word article to each format; a story with 10 pictures to the local WordPress.
  full: { words: 10_000, images: 10, exports: 10, publishes: 3 },
  // `npm test` runs this: small exports only; the wordpress test project already brings a site up once per run.
  smoke: { words: 500, images: 2, exports: 2, publishes: 0 },
};

/** A PNG of a camera's proportions whose noise does not compress away, so uploads weigh what photos weigh. */
function photoPng(width: number, height: number, seed: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const rows = Buffer.alloc((width * 3 + 1) * height);
  let state = seed;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      state = (state * 1_103_515_245 + 12_345) >>> 0;
      const at = y * (width * 3 + 1) + 1 + x * 3;
      rows[at] = (x * 255) / width + (state & 31);
      rows[at + 1] = (y * 255) / height + ((state >> 5) & 31);
      rows[at + 2] = ((state >> 10) & 63) + 96;
    }
  }
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

/** The generated article as the editor saves it, its pictures as Midad images with captions and credits. */
function documentWithImages(article: GeneratedArticle): ArticleDocument {
  // articleDocument leaves the pictures out: its text blocks come back in order, between them go the pictures.
  const { root } = articleDocument(article);
  const [headline, ...text] = root.children;
  let nextText = 0;
  let image = 0;
  const body = article.blocks.map((block): SerializedNodeShape => {
    if (block.kind !== 'image') return text[nextText++]!;
    image += 1;
    return { type: 'midad-image', version: 1, assetId: `photo-${image}`, ...block.image };
  });
  return { root: { ...root, children: [headline!, ...body] } };
}

function benchDraft(document: ArticleDocument, fields: ArticleFields): Draft {
  const now = new Date().toISOString();
  return {
    meta: { id: '0kxfxrgg1-benchpub', language: 'ar', status: 'draft', authors: ['bench'], createdAt: now, updatedAt: now, headline: '', wordCount: 0, revisionId: '0kxfxsqqo-benchrev' },
    document,
    fields,
    sources: [],
    comments: [],
  };
}

/** Every request the service makes goes through the global fetch: counting there counts them all. */
async function countingFetch<T>(action: () => Promise<T>): Promise<{ result: T; requests: number }> {
  const original = globalThis.fetch;
  let requests = 0;
  globalThis.fetch = (...args: Parameters<typeof fetch>) => {
    requests += 1;
    return original(...args);
  };
  try {
    return { result: await action(), requests };
  } finally {
    globalThis.fetch = original;
  }
}

const row = (metric: string, unit: BenchRow['unit'], samples: number[], targetP95?: number): BenchRow => ({
  suite: 'publishing',
  metric,
  unit,
  midad: summarize(samples),
  ...(targetP95 !== undefined && { targetP95 }),
});

/** New posts, each a full publish through the outbox (upload of every picture, create), timed to "done". */
async function publishRows(site: WordPressSite, document: ArticleDocument, fields: ArticleFields, assets: AssetReader, runs: number, log: (message: string) => void) {
  const dataDir = await mkdtemp(join(tmpdir(), 'midad-bench-publish-'));
  const snapshots = new Map<string, ReturnType<typeof articleSnapshot>>();
  const service = new PublishingService({
    dataDir,
    secrets: createFileSecretStore(dataDir),
    drafts: { read: async (id) => snapshots.get(id)! },
    assets,
    citation: (attribution) => attribution.titleUsed ?? '',
    timeoutMs: 120_000,
  });
  await service.start();
  try {
    await service.addTarget({ name: 'bench', type: 'wordpress', url: site.url, user: site.user, password: site.applicationPassword });
    const requests: number[] = [];
    const times = await sample(runs, async (run) => {
      const draftId = `0kxfxrgg1-bench${String(run).padStart(3, '0')}`;
      snapshots.set(draftId, articleSnapshot(document, fields));
      log(`publishing: publish ${run + 1}/${runs} to WordPress ${site.version}`);
      const { result: job, requests: made } = await countingFetch(async () => {
        const { jobId } = await service.publish({ draftId, target: 'bench', options: { status: 'publish' } });
        return service.outbox.settled(jobId);
      });
      if (job.state !== 'done') throw new Error(`bench publish ended ${job.state}: ${JSON.stringify(job.error)}`);
      requests.push(made);
    });
    return { times, requests };
  } finally {
    await service.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/**
 * Exports of a long article to every format (HTML page, ninjs, WordPress
 * blocks, plain text, .docx; pictures embedded where the format carries them),
 * and the publish of a story with pictures to a real local WordPress through
 * the outbox: wall time to "done" and requests made.
 */
export const publishingSuite: Suite = {
  name: 'publishing',
  async run({ smoke, log }) {
    const size = smoke ? sizes.smoke : sizes.full;
    const article = generateArticle({ seed: 11, words: size.words, images: size.images });
    const document = documentWithImages(article);
    const fields: ArticleFields = { ...defaultArticleFields, authors: ['سلمى بنعلي'], outlet: 'كيفاش', place: 'الرباط', tags: ['أمن'] };
    const photos = Array.from({ length: size.images }, (_, index) => photoPng(800, 533, index + 1));
    const assets: AssetReader = {
      read: async (_draftId, assetId) => ({ data: photos[Number(assetId.slice('photo-'.length)) - 1]!, fileName: `${assetId}.png`, mimeType: 'image/png' }),
    };
    const draft = benchDraft(document, fields);
    const rows: BenchRow[] = [];
    for (const format of exportFormats) {
      log(`publishing: export of a ${article.wordCount}-word article to ${format} ×${size.exports}`);
      const samples = await sample(
        size.exports,
        () => exportArticle({ draft, format, houseStyle: defaultSettings.houseStyle, assets, citation: (attribution) => attribution.titleUsed ?? '' }),
        1,
      );
      rows.push(row(`export ${format}: ${article.wordCount}-word article, ${size.images} pictures`, 'ms', samples));
    }
    if (size.publishes === 0) return rows;

    let site: WordPressSite;
    try {
      log('publishing: bringing up the local WordPress (scripts/wordpress/up.sh)');
      site = await bringUpWordPress();
    } catch (error) {
      const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 80);
      log(`publishing: WordPress did not start, publish rows skipped: ${reason}`);
      return [...rows, row(`publish: SKIPPED, WordPress did not start (${reason})`, 'ms', [0])];
    }
    try {
      const { times, requests } = await publishRows(site, document, fields, assets, size.publishes, log);
      const pictures = `${size.images} pictures of ${Math.round(photos[0]!.length / 1024)} KB`;
      rows.push(row(`publish to WordPress ${site.version} through the outbox, time to done: ${article.wordCount}-word article, ${pictures} (HTTP requests per run: ${requests.join(', ')})`, 'ms', times));
    } finally {
      await tearDownWordPress(site);
    }
    return rows;
  },
};
