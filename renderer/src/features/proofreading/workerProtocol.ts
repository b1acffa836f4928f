import type { ArticleLanguage } from '../../../../shared/model/language';
import type { CheckBlock, Finding, HouseStyleOptions } from '../../../../shared/proofreading/types';

/** Settings and word lists the check depends on; sent when they change, not per keystroke. */
export interface CheckOptions {
  language: ArticleLanguage;
  houseStyle: HouseStyleOptions;
  disabledRules: string[];
  /** The newsroom dictionary and the sources' names. */
  knownWords: string[];
  /** Words ignored in this article. */
  ignored: string[];
}

export type ToWorker =
  /** Base64 as the service sends it: decoding is left to the worker, off the page's thread. */
  | { type: 'dictionary'; aff: string; dic: string }
  | { type: 'options'; options: CheckOptions }
  | { type: 'blocks'; changed: CheckBlock[]; order?: string[] }
  | { type: 'suggest'; id: number; word: string };

export type FromWorker =
  | { type: 'findings'; findings: Finding[]; ms: number }
  | { type: 'suggestions'; id: number; suggestions: string[] }
  | { type: 'failed'; message: string };
