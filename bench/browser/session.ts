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

interface SharedBench {
  smoke: boolean;
  browser: Browser;
  host: MidadHost;
  server: PeerServer;
  midadNodeTypes: string[];
  articles: Map<BenchArticleName, PreparedArticle>;
  wordpress?: Promise<WordPressSite | { reason: string }>;
  cleanups: Array<() => Promise<unknown>>;
}

async function startShared(smoke: boolean, log: (message: string) => void): Promise<SharedBench> {
  const { renderer, peers } = await productionBuilds();
  const cleanups: Array<() => Promise<unknown>> = [];
  try {
    const host = await startMidadHost(renderer);
    cleanups.push(() => host.close());
    const server = await startPeerServer(peers);
    cleanups.push(() => server.close());
    const browser = await launchChromium();
    cleanups.push(() => browser.close());
    const midadNodeTypes = await registeredNodeTypes(browser, host);
    log(`browser: Midad registers ${midadNodeTypes.join(', ')}`);
    return { smoke, browser, host, server, midadNodeTypes, articles: new Map(), cleanups };
  } catch (error) {
    await closeAll(cleanups);
    throw error;
  }
}

async function closeAll(cleanups: Array<() => Promise<unknown>>): Promise<void> {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
}

function prepare(shared: SharedBench, names: BenchArticleName[]): void {
  for (const name of names) {
    if (shared.articles.has(name)) continue;
    const article = benchArticle(name, shared.smoke);
    const peer = peerBlocks(article);
    shared.articles.set(name, { midad: midadDocument(article, new Set(shared.midadNodeTypes)), peer, marker: endMarker(article) });
    shared.server.setArticle(name, peer);
  }
}

/**
 * One Chromium, web host, peer server and (once asked for) WordPress serve
 * every browser suite of a run: starting them takes seconds, and the suites
 * run one after another. The last suite to finish closes them.
 */
let shared: { smoke: boolean; bench: Promise<SharedBench>; users: number; closing?: ReturnType<typeof setTimeout> } | undefined;

function acquire(options: BrowserBenchOptions) {
  if (shared && shared.smoke !== options.smoke && shared.users === 0) release(shared, true);
  if (shared?.closing) clearTimeout(shared.closing);
  shared ??= { smoke: options.smoke, bench: startShared(options.smoke, options.log), users: 0 };
  shared.users++;
  return shared;
}

function release(entry: NonNullable<typeof shared>, now = false): void {
  if (--entry.users > 0 && !now) return;
  const close = () => {
    if (shared === entry) shared = undefined;
    void entry.bench.then((bench) => closeAll(bench.cleanups), () => undefined);
  };
  // A suite that follows at once takes the session over instead of starting another.
  if (now) close();
  else entry.closing = setTimeout(close, 0);
}

/** Runs `body` with the shared browser bench, its articles prepared and WordPress up if asked for. */
export async function withBrowserBench<T>(options: BrowserBenchOptions, body: (bench: BrowserBench) => Promise<T>): Promise<T> {
  const entry = acquire(options);
  try {
    const sharedBench = await entry.bench;
    prepare(sharedBench, options.articles);
    const { browser, host, server, articles, midadNodeTypes } = sharedBench;
    const editors: EditorUnderTest[] = [
      midadEditor(browser, host, articles),
      peerEditor(browser, server, 'lexical', articles),
      peerEditor(browser, server, 'contenteditable', articles),
    ];
    let wordpressMissing = options.smoke ? 'not run in smoke mode' : undefined;
    if (options.wordpress) {
      if (!sharedBench.wordpress) {
        options.log('browser: bringing up WordPress (scripts/wordpress/up.sh)');
        sharedBench.wordpress = startWordPress();
        void sharedBench.wordpress.then((site) => 'stop' in site && sharedBench.cleanups.push(() => site.stop()));
      }
      const site = await sharedBench.wordpress;
      if ('reason' in site) wordpressMissing = site.reason;
      else editors.push(wordpressEditor(browser, site, articles));
    }
    return await body({ browser, host, editors, wordpressMissing, midadNodeTypes });
  } finally {
    release(entry);
  }
}
