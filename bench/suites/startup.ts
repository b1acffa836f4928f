import { loadedJsGzipKB } from '../browser/bundle';
import { productionBuilds } from '../browser/builds';
import { newProbedPage, openedAt, BENCH_VIEWPORT } from '../browser/probes';
import { withBrowserBench } from '../browser/session';
import { endMarker, midadDocument } from '../fixtures/articleForms';
import { benchArticle } from '../fixtures/benchArticles';
import type { BenchRow } from '../lib/report';
import { summarize } from '../lib/stats';
import type { Suite } from '../lib/suite';

const sizes = { full: { starts: 5 }, smoke: { starts: 2 } };

/**
 * Start of the renderer to an editable draft with a cold cache (a new browser
 * context each time): navigation start on the web host's URL, through the
 * library, to the 10k draft editable with its text. And the gzip size of the
 * JavaScript that start loaded, beside the bare Lexical page's.
 */
export const startupSuite: Suite = {
  name: 'start',
  async run({ smoke, log }) {
    const size = smoke ? sizes.smoke : sizes.full;
    return withBrowserBench({ smoke, log, articles: ['10k'], wordpress: false }, async (bench) => {
      const { host } = bench;
      const article = benchArticle('10k', smoke);
      const document = midadDocument(article, new Set(bench.midadNodeTypes));
      const marker = endMarker(article);
      const samples: number[] = [];
      let midadKB = 0;
      log(`start: ${size.starts} cold starts to the ${article.wordCount}-word draft`);
      for (let i = 0; i < size.starts; i++) {
        const id = await host.createDraft(document);
        const context = await bench.browser.newContext({ viewport: BENCH_VIEWPORT, locale: 'ar-MA' });
        try {
          const tab = await newProbedPage(context);
          tab.expectOpen({ selector: '.article-content[contenteditable="true"]', marker });
          // The token URL is what `npm run web` prints; the page stores the token and shows the library,
          // from which the draft opens in the same document.
          await tab.page.goto(`${host.origin}#token=${host.token}`, { waitUntil: 'commit' });
          await tab.page.waitForFunction(() => location.hash === '#/' || location.hash === '');
          await tab.page.evaluate((hash) => (location.hash = hash), `#/draft/${id}`);
          samples.push(await openedAt(tab.page));
          midadKB = await loadedJsGzipKB(tab.page, host.origin, host.staticDir);
        } finally {
          await context.close();
        }
      }

      // The bare Lexical page's script, for scale.
      const { peers } = await productionBuilds();
      const lexical = bench.editors.find((item) => item.kind === 'lexical')!;
      const tab = await lexical.newPage(true);
      let lexicalKB: number;
      try {
        await lexical.open(tab, '10k');
        lexicalKB = await loadedJsGzipKB(tab.page, new URL(tab.page.url()).origin, peers);
      } finally {
        await tab.page.context().close();
      }
      const rows: BenchRow[] = [
        { suite: 'start', metric: `renderer start, cold cache, to editable ${article.wordCount}-word draft`, unit: 'ms', midad: summarize(samples), targetP95: 1_000 },
        {
          suite: 'start',
          metric: 'editor window JS (gzip)',
          unit: 'KB',
          midad: { p50: midadKB, p95: midadKB },
          peer: { name: 'Lexical page', p50: lexicalKB, p95: lexicalKB },
          targetP95: 600,
        },
      ];
      return rows;
    });
  },
};
