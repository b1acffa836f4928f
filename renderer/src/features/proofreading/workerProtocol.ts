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
  /** The worker fetches the bundled files itself: 4 MB of dictionary never passes through the page's thread or heap. */
  | { type: 'dictionary'; language: ArticleLanguage }
  | { type: 'options'; options: CheckOptions }
  | { type: 'blocks'; changed: CheckBlock[]; order?: string[] }
  | { type: 'suggest'; id: number; word: string }
  /** The worker moves on to another article: everything but the dictionary is forgotten. */
  | { type: 'reset' };

export type FromWorker =
  | { type: 'findings'; findings: Finding[]; ms: number }
  | { type: 'suggestions'; id: number; suggestions: string[] }
  | { type: 'failed'; message: string }
  /** Everything posted before this was about the previous article. */
  | { type: 'reset' };
