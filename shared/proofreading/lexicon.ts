import { stripMarks, withoutProclitics } from './arabic';
import type { SpellChecker } from './types';

export type WordVerdict =
  | { kind: 'known' }
  /** Known once a hamza is put on its bare alef: الاخيرة → الأخيرة. */
  | { kind: 'hamza'; fix: string }
  /** Known without its last letter, a key hit on the way to the next word: الإرهابيةن. */
  | { kind: 'stray-letter'; fix: string }
  | { kind: 'unknown' };

/** Prefixes after which a word-initial bare alef is looked at for a missing hamza. */
const HAMZA_PREFIXES = ['وبال', 'وال', 'بال', 'فال', 'كال', 'ال', 'و', 'ف', 'ب', 'ل', ''];
const HAMZA_FORMS = ['أ', 'إ', 'آ'];

/**
 * Letters that end real words the dictionary may lack: a definite noun plus one
 * of them is more often a feminine or a neologism (الودجة، التلميحة in GTK's
 * Arabic translation) or a misspelt ending (البدأ) than a key hit by mistake.
 */
const WORD_ENDINGS = /[ةىيهاتءأإؤئ]$/;

/**
 * Whether a known word plus one letter reads as a slip rather than a name the
 * dictionary lacks (داعش is not داع + ش): the word ends in a letter nothing
 * follows (ة، ى) or is a definite noun, which names rarely extend, and the
 * extra letter is not one that ends words.
 */
function looksGlued(shorter: string, word: string): boolean {
  if (shorter.length < 3) return false;
  if (/[ةى]$/.test(shorter)) return true;
  return /^(?:[وفب]?ال|لل)/.test(shorter) && !WORD_ENDINGS.test(word);
}

export interface LexiconOptions {
  spell: SpellChecker;
  knownWords?: ReadonlySet<string>;
  ignored?: ReadonlySet<string>;
}

/**
 * Verdicts on words, each asked of Hunspell once: an article repeats most of
 * its words, so a long check costs about one dictionary lookup per distinct word.
 */
export class Lexicon {
  private readonly verdicts = new Map<string, WordVerdict>();
  private readonly suggestions = new Map<string, string[]>();

  constructor(private readonly options: LexiconOptions) {}

  verdict(word: string): WordVerdict {
    let verdict = this.verdicts.get(word);
    if (!verdict) {
      verdict = this.judge(word);
      this.verdicts.set(word, verdict);
    }
    return verdict;
  }

  /** Hunspell's suggestions, computed once per word; `undefined` when the caller's time box is spent. */
  suggest(word: string, deadline: number): string[] | undefined {
    const cached = this.suggestions.get(word);
    if (cached) return cached;
    if (performance.now() > deadline) return undefined;
    const list = this.options.spell.suggest(word).slice(0, 8);
    this.suggestions.set(word, list);
    return list;
  }

  private isListed(word: string): boolean {
    const { knownWords, ignored } = this.options;
    const bare = stripMarks(word);
    return withoutProclitics(bare).some((form) => knownWords?.has(form) || ignored?.has(form)) || ignored?.has(word) === true;
  }

  private judge(word: string): WordVerdict {
    const { spell } = this.options;
    if (this.isListed(word) || spell.spell(word)) return { kind: 'known' };
    const bare = stripMarks(word);
    const hamza = this.hamzaFix(bare);
    if (hamza) return { kind: 'hamza', fix: hamza };
    const shorter = bare.slice(0, -1);
    if (looksGlued(shorter, bare) && (spell.spell(shorter) || this.isListed(shorter))) return { kind: 'stray-letter', fix: shorter };
    return { kind: 'unknown' };
  }

  private hamzaFix(word: string): string | undefined {
    for (const prefix of HAMZA_PREFIXES) {
      if (!word.startsWith(`${prefix}ا`) || word.length - prefix.length < 3) continue;
      // The article's alef never takes a hamza: المخدرات is not ألمخدرات.
      if (prefix === '' && word.startsWith('ال')) continue;
      const rest = word.slice(prefix.length + 1);
      for (const hamza of HAMZA_FORMS) {
        const candidate = `${prefix}${hamza}${rest}`;
        if (this.options.spell.spell(candidate)) return candidate;
      }
    }
    return undefined;
  }
}
