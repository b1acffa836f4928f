import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ServiceImplementation } from '../../../shared/api/contract';
import type { ProofreadingFinding, proofreadingService } from '../../../shared/api/proofreadingService';
import { countWords } from '../../../shared/editor/documentText';
import type { ArticleDocument } from '../../../shared/model/document';
import type { ArticleLanguage } from '../../../shared/model/language';
import type { Settings } from '../../../shared/model/settings';
import { documentBlocks } from '../../../shared/proofreading/documentBlocks';
import { createProofreader } from '../../../shared/proofreading/engine';
import { createHunspell, type HunspellChecker } from '../../../shared/proofreading/hunspell';
import type { CheckBlock, TitledMention } from '../../../shared/proofreading/types';
import { parseWordList, type NewsroomDictionary } from './NewsroomDictionary';

type Api = ServiceImplementation<typeof proofreadingService>;

/** A whole-draft check is not on the typing path (the editor's worker is), so suggestions get time. */
const SUGGESTION_BUDGET_MS = 1_000;

export interface ProofreadingServiceOptions {
  /** The folder holding `ar.aff`, `ar.dic`, `fr.*`, `en.*` (resources/dictionaries). */
  dictionariesDir: string;
  dictionary: NewsroomDictionary;
  settings: () => Settings;
  readDraft: (id: string) => Promise<{ document: ArticleDocument; language: ArticleLanguage }>;
  /** Names in the sources directory, which count as known words. */
  sourceNames?: () => Promise<string[]>;
  /** Time for spelling suggestions per check (default 1 s). */
  suggestionBudgetMs?: number;
}

export interface TextCheck {
  blocks: CheckBlock[];
  language: ArticleLanguage;
  titledMentions?: TitledMention[];
  /** Words ignored in this article. */
  ignored?: readonly string[];
}

/**
 * Proofreading for hosts that hold the data folder: it loads the bundled
 * Hunspell dictionaries once per language (about half a second for Arabic) and
 * runs the same pure engine the editor's worker runs.
 */
export class ProofreadingService implements Api {
  readonly #spellers = new Map<ArticleLanguage, Promise<HunspellChecker>>();
  readonly #proofreader = createProofreader();

  constructor(private readonly options: ProofreadingServiceOptions) {}

  /** The language's Hunspell, loaded on first use. */
  speller(language: ArticleLanguage): Promise<HunspellChecker> {
    let speller = this.#spellers.get(language);
    if (!speller) {
      const file = (extension: string) => readFile(join(this.options.dictionariesDir, `${language}.${extension}`));
      speller = Promise.all([file('aff'), file('dic')]).then(([aff, dic]) => createHunspell({ aff, dic }));
      this.#spellers.set(language, speller);
    }
    return speller;
  }

  async proofread({ blocks, language, titledMentions, ignored = [] }: TextCheck): Promise<ProofreadingFinding[]> {
    const settings = this.options.settings();
    const [spell, dictionary, names] = await Promise.all([
      this.speller(language),
      this.options.dictionary.words(),
      this.options.sourceNames?.() ?? [],
    ]);
    const knownWords = new Set([...dictionary, ...names.flatMap((name) => name.split(/\s+/))]);
    const { findings } = this.#proofreader.check({
      blocks,
      language,
      houseStyle: settings.houseStyle,
      disabledRules: Object.entries(settings.proofreadingRules).filter(([, on]) => !on).map(([id]) => id),
      spell,
      knownWords,
      ignored: new Set(ignored),
      titledMentions,
      suggestionBudgetMs: this.options.suggestionBudgetMs ?? SUGGESTION_BUDGET_MS,
    });
    const index = new Map(blocks.map((block, position) => [block.id, position]));
    return findings.map((finding) => ({ ...finding, blockIndex: index.get(finding.blockId)! }));
  }

  checkDraft: Api['checkDraft'] = async ({ id }) => {
    const { document, language } = await this.options.readDraft(id);
    return this.result(documentBlocks(document), language);
  };

  checkText: Api['checkText'] = ({ blocks, language }) => this.result(blocks, language);

  private async result(blocks: CheckBlock[], language: ArticleLanguage) {
    return { findings: await this.proofread({ blocks, language }), words: blocks.reduce((sum, block) => sum + countWords(block.text), 0) };
  }

  addWord: Api['addWord'] = async ({ word }) => {
    await this.options.dictionary.add([word]);
    return { words: (await this.options.dictionary.words()).size };
  };

  dictionary: Api['dictionary'] = async () => ({ words: [...(await this.options.dictionary.words())] });

  importWords: Api['importWords'] = async ({ text }) => {
    const added = await this.options.dictionary.add(parseWordList(text));
    return { added, words: (await this.options.dictionary.words()).size };
  };

  exportWords: Api['exportWords'] = async () => ({ text: await this.options.dictionary.export() });
}
