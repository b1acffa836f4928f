import { createProofreader } from '../../../../shared/proofreading/engine';
import { createHunspell, type HunspellChecker } from '../../../../shared/proofreading/hunspell';
import type { CheckBlock } from '../../../../shared/proofreading/types';
import { fetchDictionary } from './dictionaryFiles';
import type { CheckOptions, FromWorker, ToWorker } from './workerProtocol';

/**
 * Hosts the proofreading engine off the typing path. It keeps the article's
 * blocks as last sent, so the page sends only the blocks that changed; the
 * engine's per-block cache then re-checks only those.
 */
interface WorkerScope {
  postMessage(message: FromWorker): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
}
const scope = self as unknown as WorkerScope;
/** Everything the worker knows of the article it serves; a reset, when it moves on to another article, starts afresh. */
function freshArticle() {
  return {
    proofreader: createProofreader(),
    blocks: new Map<string, CheckBlock>(),
    order: [] as string[],
    options: undefined as CheckOptions | undefined,
    knownWords: new Set<string>() as ReadonlySet<string>,
    ignored: new Set<string>() as ReadonlySet<string>,
  };
}
let article = freshArticle();
/** A worker serves one language: its dictionary is read once and kept from one article to the next. */
let speller: HunspellChecker | undefined;
let dictionaryRequested = false;
let pending = false;

const post = (message: FromWorker) => scope.postMessage(message);

function check(): void {
  pending = false;
  const { proofreader, blocks, order, options, knownWords, ignored } = article;
  if (!options) return;
  const started = performance.now();
  const { findings } = proofreader.check({
    blocks: order.map((id) => blocks.get(id)).filter((block): block is CheckBlock => block !== undefined),
    language: options.language,
    houseStyle: options.houseStyle,
    disabledRules: options.disabledRules,
    spell: speller,
    knownWords,
    ignored,
  });
  post({ type: 'findings', findings, ms: performance.now() - started });
}

/** Several messages that arrive together are answered by one check. */
function schedule(): void {
  if (pending) return;
  pending = true;
  queueMicrotask(check);
}

scope.onmessage = async ({ data }: MessageEvent<ToWorker>) => {
  try {
    switch (data.type) {
      case 'dictionary':
        if (dictionaryRequested) break;
        dictionaryRequested = true;
        try {
          speller = await createHunspell(await fetchDictionary(data.language));
        } catch (error) {
          dictionaryRequested = false;
          throw error;
        }
        schedule();
        break;
      case 'reset':
        article = freshArticle();
        post({ type: 'reset' });
        break;
      case 'options':
        article.options = data.options;
        article.knownWords = new Set(data.options.knownWords);
        article.ignored = new Set(data.options.ignored);
        schedule();
        break;
      case 'blocks': {
        const { blocks } = article;
        for (const block of data.changed) blocks.set(block.id, block);
        if (data.order) {
          article.order = data.order;
          const kept = new Set(data.order);
          for (const id of blocks.keys()) if (!kept.has(id)) blocks.delete(id);
        }
        schedule();
        break;
      }
      case 'suggest':
        post({ type: 'suggestions', id: data.id, suggestions: article.proofreader.suggest(data.word) });
        break;
    }
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
