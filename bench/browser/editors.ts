import type { Browser, BrowserContext } from 'playwright-core';
import type { ArticleDocument } from '../../shared/model/document';
import type { PeerBlock } from '../fixtures/articleForms';
import type { BenchArticleName } from '../fixtures/benchArticles';
import type { MidadHost } from './midadHost';
import type { PeerServer } from './peerServer';
import { BENCH_VIEWPORT, newProbedPage, openedAt, type ProbedPage } from './probes';
import type { WordPressSite } from './wordpress';
import { closeWelcomeGuide, logIntoWpAdmin } from '../../electron/services/publishing/testing/wpAdmin';

export type EditorKind = 'midad' | 'lexical' | 'contenteditable' | 'wordpress';

/** One editor the bench drives: Midad or a peer, each through its own page as a user would. */
export interface EditorUnderTest {
  kind: EditorKind;
  /** As printed in the table. */
  name: string;
  /** The editing element once the editor is ready. */
  editable: string;
  /** The paragraphs one can click into and type in. */
  paragraphs: string;
  /** A new tab, signed in, ready to open articles. `fresh` gives it its own context (cold cache, own heap). */
  newPage(fresh?: boolean): Promise<ProbedPage>;
  /** Loads a fresh copy of the article; navigation start to editable, ms. */
  open(tab: ProbedPage, article: BenchArticleName): Promise<number>;
}

/** The article in the forms each editor takes, with words that show it is all there. */
export interface PreparedArticle {
  midad: ArticleDocument;
  peer: PeerBlock[];
  marker: string;
}

async function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: BENCH_VIEWPORT, locale: 'ar-MA' });
}

/** One warm context per editor (its cache filled by the first page), or a fresh one on request. */
function contexts(browser: Browser) {
  let warm: Promise<BrowserContext> | undefined;
  return (fresh: boolean) => (fresh ? newContext(browser) : (warm ??= newContext(browser)));
}

let navigation = 0;

export function midadEditor(browser: Browser, host: MidadHost, articles: Map<BenchArticleName, PreparedArticle>): EditorUnderTest {
  const context = contexts(browser);
  const editable = '.article-content[contenteditable="true"]';
  return {
    kind: 'midad',
    name: 'Midad',
    editable,
    // Body paragraphs only: the kicker and the lead are <p> too, but single-purpose blocks
    // (a paste into the lead becomes one 30,000-character lead, not the article peers get).
    paragraphs: '.article-content p.article-paragraph',
    async newPage(fresh = false) {
      const tab = await newProbedPage(await context(fresh));
      // The token goes into the tab's sessionStorage; later navigations of this tab need no token.
      await tab.page.goto(`${host.origin}#token=${host.token}`);
      return tab;
    },
    async open(tab, name) {
      const article = articles.get(name)!;
      const id = await host.createDraft(article.midad);
      tab.expectOpen({ selector: editable, marker: article.marker });
      // A query that changes every time makes it a full page load, not a hash change.
      await tab.page.goto(`${host.origin}?open=${++navigation}#/draft/${id}`);
      return openedAt(tab.page);
    },
  };
}

export function peerEditor(browser: Browser, server: PeerServer, kind: 'lexical' | 'contenteditable', articles: Map<BenchArticleName, PreparedArticle>): EditorUnderTest {
  const context = contexts(browser);
  const editable = '.article-content[contenteditable="true"]';
  return {
    kind,
    name: kind === 'lexical' ? 'Lexical' : 'contenteditable',
    editable,
    paragraphs: '.article-content p',
    newPage: async (fresh = false) => newProbedPage(await context(fresh)),
    async open(tab, name) {
      tab.expectOpen({ selector: editable, marker: articles.get(name)!.marker });
      await tab.page.goto(`${server.origin}${kind}/?article=${name}&open=${++navigation}`);
      return openedAt(tab.page);
    },
  };
}

/**
 * WordPress's block editor on Debian's package: signed in through its login
 * form, each open on a new draft post holding the article as blocks. Open is
 * time to the first editable paragraph block, as the issue compares.
 */
export function wordpressEditor(browser: Browser, site: WordPressSite, articles: Map<BenchArticleName, PreparedArticle>): EditorUnderTest {
  const context = contexts(browser);
  const paragraphs = 'p.wp-block-paragraph';
  return {
    kind: 'wordpress',
    name: `WordPress ${site.version}`,
    editable: paragraphs,
    paragraphs,
    async newPage(fresh = false) {
      const tab = await newProbedPage(await context(fresh));
      await logIntoWpAdmin(tab.page, site);
      return tab;
    },
    async open(tab, name) {
      const id = await site.createPost(articles.get(name)!.peer);
      tab.expectOpen({ selector: paragraphs, marker: '' });
      await tab.page.goto(new URL(`/wp-admin/post.php?post=${id}&action=edit`, site.url).href);
      const ms = await openedAt(tab.page);
      await closeWelcomeGuide(tab.page);
      return ms;
    },
  };
}
