import { peerRows } from '../browser/rows';
import { withBrowserBench } from '../browser/session';
import { benchArticle, type BenchArticleName } from '../fixtures/benchArticles';
import type { BenchRow } from '../lib/report';
import { summarize } from '../lib/stats';
import type { Suite } from '../lib/suite';

const sizes = { full: { opens: 5 }, smoke: { opens: 2 } };

const targets: Record<'10k' | '40k', number> = { '10k': 500, '40k': 1_000 };

/**
 * Opening a draft to an editable caret: navigation start to the moment the
 * editing element is contenteditable and holds the article's last words, in a
 * tab whose cache is warm (the app is installed, the draft is new). Peers the
 * same; WordPress to its first editable block, as the issue compares.
 */
export const editorOpenSuite: Suite = {
  name: 'open',
  async run({ smoke, log }) {
    const size = smoke ? sizes.smoke : sizes.full;
    const articles: Array<'10k' | '40k'> = ['10k', '40k'];
    return withBrowserBench({ smoke, log, articles: articles as BenchArticleName[], wordpress: !smoke }, async (bench) => {
      const rows: BenchRow[] = [];
      const tabs = await Promise.all(bench.editors.map((editor) => editor.newPage()));
      try {
        for (const article of articles) {
          const words = benchArticle(article, smoke).wordCount;
          const samples = bench.editors.map(() => [] as number[]);
          log(`open: ${words} words, ${size.opens} opens per editor`);
          // One untimed open fills each tab's cache, then the editors take turns. Each tab is
          // emptied once timed: WordPress's editor goes on rendering blocks in idle time, which
          // took the CPU from the next editor's open.
          for (let i = -1; i < size.opens; i++) {
            for (const [index, editor] of bench.editors.entries()) {
              const ms = await editor.open(tabs[index]!, article);
              if (i >= 0) samples[index]!.push(ms);
              await tabs[index]!.page.goto('about:blank');
            }
          }
          rows.push(
            ...peerRows({
              suite: 'open',
              metric: `${words} words to editable caret`,
              results: bench.editors.map((editor, index) => ({
                kind: editor.kind,
                name: editor.kind === 'wordpress' ? `${editor.name} (first block)` : editor.name,
                summary: summarize(samples[index]!),
              })),
              targets: { lexical: { absolute: targets[article] } },
              wordpressMissing: bench.wordpressMissing,
            }),
          );
        }
      } finally {
        for (const tab of tabs) await tab.page.close();
      }
      return rows;
    });
  },
};
