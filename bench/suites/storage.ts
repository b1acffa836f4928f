import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DraftsService } from '../../electron/services/drafts/DraftsService';
import { LibraryIndex } from '../../electron/services/library/LibraryIndex';
import { articleDocument, generateArticle } from '../fixtures/generateArticle';
import { summarize } from '../lib/stats';
import type { Suite } from '../lib/suite';
import { sample } from '../lib/timing';

const sizes = {
  full: { words: 10_000, saves: 100, opens: 30 },
  smoke: { words: 1_000, saves: 5, opens: 3 },
};

const window = { clientId: 'bench-window' };

/**
 * The drafts service saving and opening one long article, next to the floor a
 * save cannot beat: a plain `fs.writeFile` of the same document (no fsync, no
 * rename, no revision, no index), measured in the same run on the same disk.
 */
export const storageSuite: Suite = {
  name: 'storage',
  async run({ smoke, log }) {
    const size = smoke ? sizes.smoke : sizes.full;
    const dataDir = await mkdtemp(join(tmpdir(), 'midad-bench-storage-'));
    // Two versions of the article, saved alternately, so every save changes the text.
    const versions = [1, 2].map((seed) => articleDocument(generateArticle({ seed, words: size.words })));
    const index = await LibraryIndex.open({ dir: join(dataDir, 'index') });
    const drafts = new DraftsService({
      dataDir,
      index,
      instanceId: 'bench-instance',
      author: () => 'bench',
      defaultLanguage: () => 'ar',
    });
    try {
      await drafts.start();
      const { meta } = await drafts.create({ language: 'ar', headline: 'bench' });
      await drafts.open({ id: meta.id, takeOver: false }, window);
      log(`storage: saving a ${size.words}-word draft ${size.saves} times`);
      let revisionId = meta.revisionId;
      const saveSamples = await sample(
        size.saves,
        async (i) => {
          const saved = await drafts.save(
            { id: meta.id, baseRevisionId: revisionId, document: versions[i % 2]!, kind: 'autosave' },
            window,
          );
          revisionId = saved.revisionId;
        },
        3,
      );
      const plainPath = join(dataDir, 'plain.json');
      const plainSamples = await sample(size.saves, (i) => writeFile(plainPath, JSON.stringify(versions[i % 2])), 3);

      const openSamples = await sample(size.opens, () => drafts.open({ id: meta.id, takeOver: false }, window), 2);
      const plainOpenSamples = await sample(size.opens, async () => JSON.parse(await readFile(plainPath, 'utf8')), 2);
      await index.flush();

      return [
        {
          suite: 'storage',
          metric: `save ${size.words}-word draft (fsync)`,
          unit: 'ms',
          midad: summarize(saveSamples),
          peer: { name: 'writeFile', ...summarize(plainSamples) },
          targetP95: 20,
        },
        {
          suite: 'storage',
          metric: `open ${size.words}-word draft`,
          unit: 'ms',
          midad: summarize(openSamples),
          peer: { name: 'readFile+parse', ...summarize(plainOpenSamples) },
        },
      ];
    } finally {
      await drafts.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  },
};
