import { measureMemory, type MemoryUse } from '../browser/memory';
import { peerRows } from '../browser/rows';
import { withBrowserBench } from '../browser/session';
import { arabicKeys, clickMiddleParagraph, typeQuickly } from '../browser/typing';
import { benchArticle } from '../fixtures/benchArticles';
import { summarize } from '../lib/stats';
import type { Suite } from '../lib/suite';

const sizes = { full: { characters: 1_000 }, smoke: { characters: 30 } };

/**
 * The tab's JS heap and DOM size after opening the 40k article and typing
 * 1,000 characters, after garbage collection; each editor in a context of its
 * own, so its renderer process holds nothing else.
 */
export const memorySuite: Suite = {
  name: 'memory',
  async run({ smoke, log }) {
    const size = smoke ? sizes.smoke : sizes.full;
    return withBrowserBench({ smoke, log, articles: ['40k'], wordpress: !smoke }, async (bench) => {
      const words = benchArticle('40k', smoke).wordCount;
      const used = new Map<string, MemoryUse>();
      for (const editor of bench.editors) {
        log(`memory: ${editor.name}, ${words} words and ${size.characters} typed characters`);
        const tab = await editor.newPage(true);
        try {
          await editor.open(tab, '40k');
          await clickMiddleParagraph(tab.page, editor.paragraphs);
          await typeQuickly(tab.page, arabicKeys(size.characters));
          used.set(editor.kind, await measureMemory(tab.page));
        } finally {
          await tab.page.context().close();
        }
      }
      const results = (pick: (use: MemoryUse) => number) =>
        bench.editors.map((editor) => {
          const value = pick(used.get(editor.kind)!);
          return { kind: editor.kind, name: editor.name, summary: summarize([value]) };
        });
      return [
        ...peerRows({
          suite: 'memory',
          metric: `JS heap after GC, ${words} words + ${size.characters} typed`,
          unit: 'MB',
          results: results((use) => use.heapMB),
          targets: { lexical: { absolute: 25 } },
          wordpressMissing: bench.wordpressMissing,
        }),
        ...peerRows({
          suite: 'memory',
          metric: `DOM elements, ${words} words + ${size.characters} typed`,
          unit: 'nodes',
          results: results((use) => use.elements),
        }),
      ];
    });
  },
};
