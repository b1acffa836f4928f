import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DraftMeta } from '../../shared/model/draft';
import { LibraryIndex, type IndexableDraft } from '../../electron/services/library/LibraryIndex';
import { definiteAdjectives, definiteNouns, places } from '../fixtures/arabicNewsVocabulary';
import { articleDocument, generateArticle } from '../fixtures/generateArticle';
import { between, mulberry32, pick, type Random } from '../../shared/util/random';
import { summarize } from '../lib/stats';
import type { Suite } from '../lib/suite';
import { collectGarbage, sample, time } from '../lib/timing';

const sizes = {
  full: { drafts: 10_000, queries: 200, saves: 200, opens: 5 },
  smoke: { drafts: 300, queries: 30, saves: 20, opens: 2 },
};

function draftId(n: number): string {
  return `bench-${String(n).padStart(8, '0')}`;
}

/** Draft `n` at save number `version`: 200–400 words, as a desk's daily copy. */
function generatedDraft(n: number, version = 0): IndexableDraft {
  const article = generateArticle({ seed: n * 7_919 + version, words: between(mulberry32(n), 200, 400) });
  const time = new Date(Date.UTC(2024, 0, 1) + n * 60_000 + version * 1_000).toISOString();
  const meta: DraftMeta = {
    id: draftId(n),
    language: 'ar',
    status: 'draft',
    authors: ['مراسل الموقع'],
    createdAt: time,
    updatedAt: time,
    headline: article.headline,
    wordCount: article.wordCount,
    revisionId: `rev-${String(n).padStart(8, '0')}-${version}`,
  };
  return { meta, document: articleDocument(article) };
}

function* generatedDrafts(count: number): Generator<IndexableDraft> {
  for (let n = 0; n < count; n++) yield generatedDraft(n);
}

/** Strips the article, and sometimes the hamza, as people type into a search box. */
function typedForm(random: Random, word: string): string {
  const bare = random() < 0.4 && word.startsWith('ال') ? word.slice(2) : word;
  return random() < 0.5 ? bare.replace(/[أإآ]/g, 'ا') : bare;
}

/** What people type: whole words, a word and the start of the next, a bare prefix, a place. */
function query(random: Random): string {
  const roll = random();
  const noun = typedForm(random, pick(random, definiteNouns));
  if (roll < 0.35) return `${noun} `;
  if (roll < 0.6) return `${noun} ${pick(random, definiteAdjectives).slice(0, between(random, 3, 6))}`;
  if (roll < 0.85) return noun.slice(0, between(random, 3, 5));
  return `${pick(random, places)} `;
}

export const librarySuite: Suite = {
  name: 'library',
  async run({ smoke, log }) {
    const size = smoke ? sizes.smoke : sizes.full;
    const dir = await mkdtemp(join(tmpdir(), 'midad-bench-library-'));
    try {
      log(`library: indexing ${size.drafts} generated drafts`);
      const built = await LibraryIndex.open({ dir });
      const build = await time(() => built.rebuild(generatedDrafts(size.drafts)));
      await built.flush();
      const bytes = (await stat(join(dir, 'snapshot.json'))).size;
      log(`library: built in ${build.ms.toFixed(0)} ms, snapshot ${(bytes / 1e6).toFixed(1)} MB`);

      const listSamples: number[] = [];
      const loadSamples: number[] = [];
      for (let i = 0; i < size.opens; i++) {
        collectGarbage();
        const start = performance.now();
        const opened = await LibraryIndex.open({ dir });
        if (opened.all().length !== size.drafts) throw new Error('the reopened index lost drafts');
        listSamples.push(performance.now() - start);
        opened.search('الحكومة', 1);
        loadSamples.push(performance.now() - start);
      }

      const index = await LibraryIndex.open({ dir });
      const random = mulberry32(2024);
      const queries = Array.from({ length: size.queries + 20 }, () => query(random));
      let hits = 0;
      const querySamples = await sample(
        size.queries,
        (i) => {
          hits += index.search(queries[i] as string, 50).length;
        },
        20,
      );
      if (hits === 0) throw new Error('no query found anything');

      const saveSamples = await sample(size.saves, async (i) => {
        const { meta, document } = generatedDraft(i % size.drafts, 1 + i);
        await index.upsert(meta, document);
      });
      await index.flush();

      return [
        { suite: 'library', metric: `cold list, ${size.drafts} drafts`, unit: 'ms', midad: summarize(listSamples), targetP95: 200 },
        { suite: 'library', metric: 'index load (list + search ready)', unit: 'ms', midad: summarize(loadSamples), targetP95: 500 },
        { suite: 'library', metric: `query, ${size.queries} typed queries`, unit: 'ms', midad: summarize(querySamples), targetP95: 10 },
        { suite: 'library', metric: 'index update per save', unit: 'ms', midad: summarize(saveSamples), targetP95: 5 },
      ];
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
};
