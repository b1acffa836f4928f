import type { Browser } from 'playwright-core';
import { launchChromium } from '../../e2e/support/browser';
import { endMarker, midadDocument, peerBlocks } from '../fixtures/articleForms';
import { benchArticle, type BenchArticleName } from '../fixtures/benchArticles';
import { generateArticle } from '../fixtures/generateArticle';
import { productionBuilds } from './builds';
import { midadEditor, peerEditor, wordpressEditor, type EditorUnderTest, type PreparedArticle } from './editors';
import { startMidadHost, type MidadHost } from './midadHost';
import { startPeerServer, type PeerServer } from './peerServer';
import { openedAt } from './probes';
import { startWordPress, type WordPressSite } from './wordpress';

export interface BrowserBench {
  browser: Browser;
  host: MidadHost;
  /** Midad first, then the bare Lexical editor, the bare contenteditable and, when it came up, WordPress. */
  editors: EditorUnderTest[];
  /** Why WordPress is not among the editors. */
  wordpressMissing?: string;
  /** The node types the running Midad editor registers. */
  midadNodeTypes: string[];
  close(): Promise<void>;
}

export interface BrowserBenchOptions {
  smoke: boolean;
  log: (message: string) => void;
  articles: BenchArticleName[];
  /** Bring up WordPress's block editor as a peer (never in smoke runs: it takes seconds to install). */
  wordpress: boolean;
}

/**
 * Asks the editor itself which nodes it registers, by opening a plain draft:
 * documents then use quote, link and picture nodes only if the current editor has them.
 */
async function registeredNodeTypes(browser: Browser, host: MidadHost): Promise<string[]> {
  const midad = midadEditor(browser, host, new Map());
  const id = await host.createDraft(midadDocument(generateArticle({ seed: 1, words: 50 }), new Set()));
  const tab = await midad.newPage(true);
  try {
    tab.expectOpen({ selector: midad.editable, marker: '' });
    await tab.page.goto(`${host.origin}?probe#/draft/${id}`);
    await openedAt(tab.page);
    return await tab.page.evaluate((selector) => {
      const root = document.querySelector(selector) as (Element & { __lexicalEditor?: { _nodes?: Map<string, unknown> } }) | null;
      return [...(root?.__lexicalEditor?._nodes?.keys() ?? [])];
    }, midad.editable);
  } finally {
    await tab.page.context().close();
  }
}

/** Builds, starts and prepares everything the browser suites compare, in one Chromium. */
export async function startBrowserBench(options: BrowserBenchOptions): Promise<BrowserBench> {
  const { renderer, peers } = await productionBuilds();
  const cleanups: Array<() => Promise<unknown>> = [];
  const close = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  };
  try {
    const host = await startMidadHost(renderer);
    cleanups.push(() => host.close());
    const server: PeerServer = await startPeerServer(peers);
    cleanups.push(() => server.close());
    const browser = await launchChromium();
    cleanups.push(() => browser.close());

    const midadNodeTypes = await registeredNodeTypes(browser, host);
    options.log(`browser: Midad registers ${midadNodeTypes.join(', ')}`);
    const articles = new Map<BenchArticleName, PreparedArticle>();
    for (const name of options.articles) {
      const article = benchArticle(name, options.smoke);
      const peer = peerBlocks(article);
      articles.set(name, { midad: midadDocument(article, new Set(midadNodeTypes)), peer, marker: endMarker(article) });
      server.setArticle(name, peer);
    }

    const editors = [
      midadEditor(browser, host, articles),
      peerEditor(browser, server, 'lexical', articles),
      peerEditor(browser, server, 'contenteditable', articles),
    ];
    let wordpressMissing: string | undefined = 'not run in smoke mode';
    if (options.wordpress) {
      options.log('browser: bringing up WordPress (scripts/wordpress/up.sh)');
      const site: WordPressSite | { reason: string } = await startWordPress();
      if ('reason' in site) {
        wordpressMissing = site.reason;
        options.log(`browser: WordPress not measured: ${site.reason}`);
      } else {
        cleanups.push(() => site.stop());
        editors.push(wordpressEditor(browser, site, articles));
        wordpressMissing = undefined;
      }
    }
    return { browser, host, editors, wordpressMissing, midadNodeTypes, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Runs `body` with a started bench and always tears it down. */
export async function withBrowserBench<T>(options: BrowserBenchOptions, body: (bench: BrowserBench) => Promise<T>): Promise<T> {
  const bench = await startBrowserBench(options);
  try {
    return await body(bench);
  } finally {
    await bench.close();
  }
}
