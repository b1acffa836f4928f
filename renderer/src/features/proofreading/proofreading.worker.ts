import { createProofreader } from '../../../../shared/proofreading/engine';
import { createHunspell, type HunspellChecker } from '../../../../shared/proofreading/hunspell';
import type { ArticleLanguage } from '../../../../shared/model/language';
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
let proofreader = createProofreader();
const blocks = new Map<string, CheckBlock>();
let order: string[] = [];
let options: CheckOptions | undefined;
let knownWords: ReadonlySet<string> = new Set();
let ignored: ReadonlySet<string> = new Set();
let speller: HunspellChecker | undefined;
let spellerLanguage: ArticleLanguage | undefined;
let pending = false;

const post = (message: FromWorker) => scope.postMessage(message);

function check(): void {
  pending = false;
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
        // Kept from an earlier article in the same language, the worker has it already.
        if (spellerLanguage === data.language) break;
        spellerLanguage = data.language;
        try {
          const loaded = await createHunspell(await fetchDictionary(data.language));
          speller?.dispose();
          speller = loaded;
        } catch (error) {
          spellerLanguage = undefined;
          throw error;
        }
        schedule();
        break;
      case 'reset':
        proofreader = createProofreader();
        blocks.clear();
        order = [];
        options = undefined;
        knownWords = new Set();
        ignored = new Set();
        post({ type: 'reset' });
        break;
      case 'options':
        options = data.options;
        knownWords = new Set(data.options.knownWords);
        ignored = new Set(data.options.ignored);
        schedule();
        break;
      case 'blocks':
        for (const block of data.changed) blocks.set(block.id, block);
        if (data.order) {
          order = data.order;
          const kept = new Set(order);
          for (const id of blocks.keys()) if (!kept.has(id)) blocks.delete(id);
        }
        schedule();
        break;
      case 'suggest':
        post({ type: 'suggestions', id: data.id, suggestions: proofreader.suggest(data.word) });
        break;
    }
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
