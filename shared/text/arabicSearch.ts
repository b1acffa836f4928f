/**
 * Arabic-aware word matching, shared by the library search index (Node) and
 * find-and-replace in the editor (browser). Everything here is pure.
 *
 * Folding choices, made for recall in a newsroom where the same word is typed
 * many ways:
 * - Alef forms أ إ آ ٱ → ا, and hamza on a seat ؤ ئ → و ي (people often type
 *   the seat alone: مسوول, مسيرة). A bare hamza ء is kept: it is a letter.
 * - ة → ه and ى → ي (final forms commonly typed either way); Persian ی ک → ي ك
 *   (text pasted from Persian keyboards).
 * - All combining marks are dropped: tashkeel U+064B–U+065F, the dagger alef
 *   U+0670, and also Latin accents, so a French "élection" matches "election".
 * - Tatweel U+0640 is dropped; Arabic-Indic and Eastern Arabic-Indic digits
 *   become Western; Latin is lowercased; compatibility forms (presentation-form
 *   ligatures such as ﻻ) are expanded.
 */

/** A word of the original text, its UTF-16 range in that text, and its folded form. */
export interface Token {
  start: number;
  end: number;
  text: string;
  normalized: string;
}

export interface TextRange {
  start: number;
  end: number;
}

/** A query split into folded words; the last one matches as a prefix while it is being typed. */
export interface ParsedQuery {
  terms: string[];
  prefixLast: boolean;
}

const WORD = /[\p{L}\p{N}\p{M}\u0640]+/gu;
const MARKS_AND_TATWEEL = /[\p{M}\u0640]/gu;
const FOLDED_CHARS = /[\u0671\u0629\u0649\u06CC\u06A9\u0660-\u0669\u06F0-\u06F9]/g;
const LETTER_FOLDS: Record<string, string> = {
  '\u0671': '\u0627', // ٱ → ا
  '\u0629': '\u0647', // ة → ه
  '\u0649': '\u064A', // ى → ي
  '\u06CC': '\u064A', // ی → ي
  '\u06A9': '\u0643', // ک → ك
};

function foldChar(char: string): string {
  const code = char.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  return LETTER_FOLDS[char] ?? char;
}

/** What each ASCII and basic-Arabic character folds to; search calls this per word, so it is a table lookup. */
const BASIC_FOLDS: string[] = Array.from({ length: 0x0671 }, (_, code) => {
  const char = String.fromCharCode(code);
  if (code >= 0x064b || code === 0x0640) return code >= 0x0660 && code <= 0x0669 ? foldChar(char) : '';
  return char.normalize('NFKD').toLowerCase().replace(MARKS_AND_TATWEEL, '').replace(FOLDED_CHARS, foldChar);
});

/** Folds ASCII and basic-Arabic text by table; undefined when any other character needs Unicode's rules. */
function foldBasic(text: string): string | undefined {
  let folded = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80 && (code < 0x0621 || code > 0x0670 || (code > 0x0669 && code < 0x0670))) return undefined;
    folded += BASIC_FOLDS[code] as string;
  }
  return folded;
}

/**
 * Folds text for matching. NFKD (rather than NFKC) comes first because it
 * splits أ إ آ ؤ ئ and accented Latin letters into a base letter plus a
 * combining mark, so dropping marks folds them all with one rule.
 */
export function normalizeArabic(text: string): string {
  return foldBasic(text) ?? text.normalize('NFKD').toLowerCase().replace(MARKS_AND_TATWEEL, '').replace(FOLDED_CHARS, foldChar);
}

/** Folded words only, for indexing, where offsets are not needed. */
export function normalizedWords(text: string): string[] {
  return normalizeArabic(text).match(WORD) ?? [];
}

/** Words with their offsets in the original text (for highlighting). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    // A compatibility ligature (e.g. ﷺ) can unfold into several words: each keeps the ligature's range.
    for (const normalized of normalizedWords(match[0])) tokens.push({ start, end, text: match[0], normalized });
  }
  return tokens;
}

/**
 * Stems shorter than this are not produced: with two letters, ولد would also
 * be indexed as لد and every word starting with لد (لدى) would match.
 */
export const MIN_STEM_LENGTH = 3;
const ARTICLE = '\u0627\u0644'; // ال
const CONJUNCTIONS = ['', '\u0648', '\u0641']; // و ف
const PREPOSITIONS = ['\u0628', '\u0643', '\u0644']; // ب ك ل
const ARABIC_LETTER = /[\u0621-\u064A]/;

/**
 * A folded word and the same word without attached proclitics: an optional
 * conjunction (و ف), then an optional preposition (ب ك ل), then an optional
 * article ال; ل + ال is written لل, whose stem is also offered with ال put back
 * (للمكتب → مكتب, المكتب). Text words are indexed under all of these, so
 * بوناني and البوناني both find والبوناني, while a query is matched as typed.
 */
export function stemVariants(word: string): string[] {
  const variants = [word];
  if (!ARABIC_LETTER.test(word.charAt(0))) return variants;
  const add = (stem: string) => {
    if (stem.length >= MIN_STEM_LENGTH && !variants.includes(stem)) variants.push(stem);
  };
  const addWithArticle = (rest: string) => {
    add(rest);
    if (rest.startsWith(ARTICLE)) add(rest.slice(ARTICLE.length));
  };
  for (const conjunction of CONJUNCTIONS) {
    if (!word.startsWith(conjunction)) continue;
    const afterConjunction = word.slice(conjunction.length);
    if (conjunction) addWithArticle(afterConjunction);
    else if (afterConjunction.startsWith(ARTICLE)) add(afterConjunction.slice(ARTICLE.length));
    for (const preposition of PREPOSITIONS) {
      if (!afterConjunction.startsWith(preposition)) continue;
      const afterPreposition = afterConjunction.slice(1);
      addWithArticle(afterPreposition);
      if (preposition === '\u0644' && afterPreposition.startsWith('\u0644')) {
        const stem = afterPreposition.slice(1);
        if (stem.length >= MIN_STEM_LENGTH) {
          add(stem);
          add(ARTICLE + stem);
        }
      }
    }
  }
  return variants;
}

/** `stemVariants` of any word, folded first. */
export function searchVariants(token: string): string[] {
  return normalizedWords(token).flatMap(stemVariants);
}

/**
 * Prefix matching starts at two letters: a one-letter prefix matches a large
 * part of the vocabulary and finds nothing useful.
 */
const MIN_PREFIX_LENGTH = 2;

/** A trailing space means the last word is finished and is matched whole. */
export function parseQuery(query: string): ParsedQuery {
  const terms = normalizedWords(query);
  const last = terms.at(-1) ?? '';
  return { terms, prefixLast: !/\s$/u.test(query) && last.length >= MIN_PREFIX_LENGTH };
}

/**
 * Every variant of a word is a tail of it, except an article restored from لل
 * (للمكتب → المكتب), so a word containing neither the term nor its لل form
 * cannot match: a cheap test before building the word's variants.
 */
function mayMatch(word: string, term: string): boolean {
  return word.includes(term) || (term.startsWith(ARTICLE) && word.includes(`\u0644${term.slice(1)}`));
}

function tokenMatches(token: Token, query: ParsedQuery): boolean {
  if (!query.terms.some((term) => mayMatch(token.normalized, term))) return false;
  const variants = stemVariants(token.normalized);
  const lastIndex = query.terms.length - 1;
  return query.terms.some((term, index) =>
    variants.some((variant) =>
      query.prefixLast && index === lastIndex ? variant.startsWith(term) : variant === term,
    ),
  );
}

/** The ranges of the words in `text` that match any word of the query, in order, without overlaps. */
export function highlightRanges(text: string, query: string | ParsedQuery): TextRange[] {
  const parsed = typeof query === 'string' ? parseQuery(query) : query;
  if (parsed.terms.length === 0) return [];
  const ranges: TextRange[] = [];
  for (const token of tokenize(text)) {
    const previous = ranges.at(-1);
    if (previous && previous.end >= token.end) continue;
    if (tokenMatches(token, parsed)) ranges.push({ start: token.start, end: token.end });
  }
  return ranges;
}
