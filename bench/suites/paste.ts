import { peerRows } from '../browser/rows';
import { withBrowserBench } from '../browser/session';
import { arabicKeys, clickMiddleParagraph, pressKeys, takeFrames } from '../browser/typing';
import { articleHtml, endMarker } from '../fixtures/articleForms';
import { benchArticle } from '../fixtures/benchArticles';
import type { BenchRow } from '../lib/report';
import { summarize } from '../lib/stats';
import type { Suite } from '../lib/suite';

// Twenty pastes: the nearest-rank p95 of ten samples is simply the slowest one.
const sizes = { full: { pastes: 20 }, smoke: { pastes: 1 } };

/**
 * Paste of a 5,000-word article from HTML into an empty paragraph: a real
 * `paste` event whose DataTransfer holds text/html and text/plain, timed in
 * the page from dispatch to the first frame after the last words appear; then
 * the next keystroke's keydown to next frame.
 */
export const pasteSuite: Suite = {
  name: 'paste',
  async run({ smoke, log }) {
    const size = smoke ? sizes.smoke : sizes.full;
    const article = benchArticle('paste', smoke);
    const clipboard = { html: articleHtml(article), text: article.blocks.map((block) => block.text).join('\n\n'), marker: endMarker(article) };
    return withBrowserBench({ smoke, log, articles: ['blank'], wordpress: false }, async (bench) => {
      const pasted = bench.editors.map(() => [] as number[]);
      const nextKey = bench.editors.map(() => [] as number[]);
      for (let i = 0; i < size.pastes; i++) {
        for (const [index, editor] of bench.editors.entries()) {
          log(`paste: ${article.wordCount} words into ${editor.name} (${i + 1}/${size.pastes})`);
          const tab = await editor.newPage();
          try {
            await editor.open(tab, 'blank');
            await clickMiddleParagraph(tab.page, editor.paragraphs);
            const ms = await tab.page.evaluate(
              ({ selector, html, text, marker }) => {
                const root = document.querySelector(selector)!;
                const data = new DataTransfer();
                data.setData('text/html', html);
                data.setData('text/plain', text);
                const start = performance.now();
                root.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
                return new Promise<number>((resolve) => {
                  const settled = () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
                  const check = () => (root.textContent?.includes(marker) ? settled() : requestAnimationFrame(check));
                  check();
                });
              },
              { selector: editor.editable, ...clipboard },
            );
            pasted[index]!.push(ms);
            await takeFrames(tab.page);
            await pressKeys(tab.page, arabicKeys(1), 0);
            nextKey[index]!.push(...(await takeFrames(tab.page)));
          } finally {
            await tab.page.close();
          }
        }
      }
      const results = (samples: number[][]) =>
        bench.editors.map((editor, index) => ({ kind: editor.kind, name: editor.name, summary: summarize(samples[index]!) }));
      const rows: BenchRow[] = [
        ...peerRows({
          suite: 'paste',
          metric: `${article.wordCount}-word HTML paste to settled frame`,
          results: results(pasted),
          targets: { lexical: { absolute: 300 } },
        }),
        ...peerRows({
          suite: 'paste',
          metric: 'next keystroke after the paste (keydown→next frame)',
          results: results(nextKey),
          targets: { lexical: { absolute: 30 } },
        }),
      ];
      return rows;
    });
  },
};
