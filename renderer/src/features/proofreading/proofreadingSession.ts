import type { ArticleLanguage } from '../../../../shared/model/language';
import type { Finding } from '../../../../shared/proofreading/types';
import { createValueStore, type ValueStore } from '../../ui/valueStore';
import type { BlockDelta } from './blockTracker';
import { ProofreadingWorkers } from './proofreadingWorkers';
import type { CheckOptions, FromWorker, ToWorker } from './workerProtocol';

export interface ProofreadingSession {
  /** The latest findings for the whole article, as the worker last answered. */
  findings: ValueStore<Finding[]>;
  send(delta: BlockDelta): void;
  setOptions(options: CheckOptions): void;
  /** Loads the language's Hunspell dictionary in the worker; until then the house-style rules run alone. */
  loadDictionary(): void;
  /** Hunspell's suggestions for one word, computed in the worker on request. */
  suggest(word: string): Promise<string[]>;
  dispose(): void;
}

const sharedWorkers = new ProofreadingWorkers();

/** Proofreads one open article in a worker; the worker loads the language's dictionary itself when asked. */
export function startProofreading(language: ArticleLanguage, workers = sharedWorkers): ProofreadingSession {
  const { worker, reused } = workers.take(language);
  const post = (message: ToWorker) => worker.postMessage(message);
  const findings = createValueStore<Finding[]>([]);
  const waiting = new Map<number, (suggestions: string[]) => void>();
  let nextId = 0;
  // A kept worker may still answer for its previous article until it confirms the reset.
  let answersThisArticle = !reused;
  if (reused) post({ type: 'reset' });

  worker.onmessage = ({ data }: MessageEvent<FromWorker>) => {
    if (!answersThisArticle) answersThisArticle = data.type === 'reset';
    else if (data.type === 'findings') findings.set(data.findings);
    else if (data.type === 'suggestions') {
      waiting.get(data.id)?.(data.suggestions);
      waiting.delete(data.id);
    } else if (data.type === 'failed') console.error('proofreading worker:', data.message);
  };

  return {
    findings,
    send: (delta) => post({ type: 'blocks', ...delta }),
    setOptions: (options) => post({ type: 'options', options }),
    loadDictionary: () => post({ type: 'dictionary', language }),
    suggest(word) {
      const id = ++nextId;
      return new Promise((resolve) => {
        waiting.set(id, resolve);
        post({ type: 'suggest', id, word });
      });
    },
    dispose() {
      workers.keep(language, worker);
      for (const resolve of waiting.values()) resolve([]);
    },
  };
}
