import type { QuoteChannel } from '../model/source';
import type { QuoteLexicon } from './reportingVerbs';
import type { Mention } from './sourceRegistry';
import { inLexicon, words, type Word } from './words';

/** What an attribution clause ("أوضح إحسان الحافيظي، الباحث …، لموقع “كيفاش”، أن") says. */
export interface Clause {
  mentions: Mention[];
  channel?: QuoteChannel;
  outlet?: string;
  /**
   * How the clause meets the quotation mark that follows it: `that` (أن “…),
   * `to` (إلى “…), `colon`, `direct` (قال “…), `naming` (لموقع “…: the quoted
   * span is a name), `other` (more words of the sentence: a partial quote).
   */
  tail: 'that' | 'to' | 'colon' | 'direct' | 'naming' | 'other';
}

const SEPARATOR = /[،,؛;]/u;
const CHUNK_BREAK = /[،,؛;:()]/u;

/** Words of `text` between `from` and `to`, with quotation marks of the pairs inside treated as part of the words' text. */
function clauseWords(text: string, from: number, to: number): { list: Word[]; breaks: Set<number> } {
  const list = words(text, from, to);
  // Index of the first word after each separator: chunks start there.
  const breaks = new Set<number>();
  let index = 0;
  for (let offset = from; offset < to; offset++) {
    while (index < list.length && list[index]!.start < offset) index++;
    if (CHUNK_BREAK.test(text[offset]!)) breaks.add(index);
  }
  return { list, breaks };
}

function isThat(word: Word, lexicon: QuoteLexicon): boolean {
  return inLexicon(lexicon.thatWords, word.folded, ['و', 'ب', 'وب']);
}

function isTo(word: Word): boolean {
  return word.folded === 'الي' || word.folded === 'والي';
}

export function channelOf(list: Word[], lexicon: QuoteLexicon): QuoteChannel | undefined {
  for (const word of list) {
    const hit = lexicon.channels.find((entry) =>
      inLexicon(new Set([entry.word]), word.folded, ['و', 'ب', 'ل', 'ف', 'ال', 'وب', 'وف', 'بال', 'وال', 'لل']),
    );
    if (hit) return hit.channel;
  }
  return undefined;
}

/** Reads the clause between a reporting word and the quotation mark (or sentence end) after it. */
export function readClause(text: string, from: number, to: number, lexicon: QuoteLexicon): Clause {
  const { list, breaks } = clauseWords(text, from, to);
  const mentions: Mention[] = [];
  let outlet: string | undefined;
  let channel: QuoteChannel | undefined;
  let index = 0;
  while (index < list.length) {
    const word = list[index]!;
    if (isThat(word, lexicon) || isTo(word)) break;
    const untilBreak = (stopAtBoundary: boolean): number => {
      let stop = index + 1;
      while (stop < list.length && !breaks.has(stop) && !(stopAtBoundary && isBoundary(list[stop]!, lexicon))) stop++;
      return stop;
    };
    let end: number;
    if (isNaming(word, lexicon)) {
      end = untilBreak(true);
      const named = list.slice(index + 1, end);
      if (named.length > 0) outlet = text.slice(named[0]!.start, named.at(-1)!.end);
      channel ??= 'to_us';
    } else if (inLexicon(lexicon.circumstance, word.folded, ['و'])) {
      end = untilBreak(false);
      const stop = list.slice(index, end).findIndex((other) => isThat(other, lexicon));
      if (stop > 0) end = index + stop;
      const circumstance = list.slice(index, end);
      channel = channelOf(circumstance, lexicon) ?? channel;
      const naming = circumstance.findIndex((other) => isNaming(other, lexicon));
      if (naming >= 0 && naming + 1 < circumstance.length) {
        outlet = text.slice(circumstance[naming + 1]!.start, circumstance.at(-1)!.end);
      }
    } else {
      end = untilBreak(true);
      // A title runs on through its prepositions ("الباحث في الشؤون الأمنية") until
      // they turn to the circumstances of the words ("في تصريح", "في سياق حديثه").
      while (
        end < list.length &&
        !breaks.has(end) &&
        isTitle(list[index]!, lexicon) &&
        inLexicon(lexicon.circumstance, list[end]!.folded) &&
        !isCircumstanceNoun(list[end + 1], lexicon)
      ) {
        end++;
        while (end < list.length && !breaks.has(end) && !isBoundary(list[end]!, lexicon)) end++;
      }
      const mention = classifyMention(text, list.slice(index, end), lexicon);
      if (mention) mentions.push(...mention);
    }
    index = end;
  }
  return { mentions, channel, outlet: outlet?.replace(/[“”"«»„]/gu, '').trim(), tail: clauseTail(text, list, breaks, index, from, to, lexicon) };
}

/** How the clause's last words meet the quotation mark; `stop` is where a "that" word cut the clause. */
function clauseTail(
  text: string,
  list: Word[],
  breaks: Set<number>,
  stop: number,
  from: number,
  to: number,
  lexicon: QuoteLexicon,
): Clause['tail'] {
  const last = list.at(-1);
  if (!last) return text.slice(from, to).trimEnd().endsWith(':') ? 'colon' : 'direct';
  const between = text.slice(last.end, to);
  if (between.includes(':')) return 'colon';
  if (stop < list.length) {
    const rest = list.slice(stop);
    if (rest.every((word) => isThat(word, lexicon) || isTo(word))) return rest.some((word) => isThat(word, lexicon)) ? 'that' : 'to';
    return 'other';
  }
  if (isNaming(last, lexicon) && !SEPARATOR.test(between)) return 'naming';
  // The mark follows the last word with no comma: "قال الحافيظي “…" is direct, but a
  // name is at most a few words; a long run of words is the sentence going on.
  let chunkStart = list.length - 1;
  while (chunkStart > 0 && !breaks.has(chunkStart)) chunkStart--;
  return SEPARATOR.test(between) || list.length - chunkStart <= 4 ? 'direct' : 'other';
}

function isNaming(word: Word, lexicon: QuoteLexicon): boolean {
  // "لـ" alone: the preposition glued to a name that follows in quotation marks (لـ“كيفاش”).
  if (word.folded === 'ل' || word.folded === 'ل\u0640') return true;
  return word.folded.startsWith('ل') && lexicon.namingWords.has(word.folded);
}

function isTitle(word: Word, lexicon: QuoteLexicon): boolean {
  return lexicon.titleHeads.has(word.folded) || lexicon.titleHeads.has(stripArticle(word.folded));
}

/** "في سياق حديثه", "في تصريح", "lors d'une conférence": a preposition that opens circumstances, not a title's complement. */
function isCircumstanceNoun(word: Word | undefined, lexicon: QuoteLexicon): boolean {
  if (!word) return true;
  const bare = stripArticle(word.folded);
  return CIRCUMSTANCE_NOUNS.has(bare) || lexicon.channels.some((entry) => entry.word === bare);
}

const CIRCUMSTANCE_NOUNS = new Set(['سياق', 'معرض', 'اطار', 'حديث', 'حديثه', 'حديثها', 'تصريح', 'تصريحه', 'تصريحها', 'هامش', 'une', 'un']);

function isBoundary(word: Word, lexicon: QuoteLexicon): boolean {
  return isThat(word, lexicon) || isTo(word) || isNaming(word, lexicon) || inLexicon(lexicon.circumstance, word.folded, ['و']);
}

/**
 * Tells a name from a title or an organisation in one comma-separated chunk.
 * A title glued to a name ("وزير الداخلية عبد الوافي لفتيت") is split where a
 * given name starts; in French, where capitalised words start.
 */
export function classifyMention(text: string, chunk: Word[], lexicon: QuoteLexicon): Mention[] | undefined {
  if (chunk.length === 0) return undefined;
  const slice = (from: number, to = chunk.length): string => text.slice(chunk[from]!.start, chunk[to - 1]!.end).replace(/[“”"«»„]/gu, '').trim();
  const folded = chunk.map((word) => word.folded);
  let first = 0;
  if (lexicon.capitalisedNames && /^(le|la|les|l|the|un|une|des|du|de)$/u.test(folded[0]!)) first = 1;
  const head = folded[first] ?? '';
  if (folded.some((word) => lexicon.sameWords.has(word)) && chunk.length <= 3) return [{ role: 'same', text: slice(0) }];
  if (lexicon.anonymousHeads.has(head) || lexicon.anonymousHeads.has(stripArticle(head))) {
    return [{ role: 'anonymous', text: slice(0, Math.min(chunk.length, 8)) }];
  }
  if (lexicon.capitals.has(folded.slice(0, 2).join(' ')) || lexicon.capitals.has(head)) {
    return [{ role: 'organisation', text: slice(0, lexicon.capitals.has(head) ? 1 : 2) }];
  }
  if (lexicon.titleHeads.has(head) || lexicon.titleHeads.has(stripArticle(head))) {
    const nameAt = chunk.findIndex(
      (word, index) => index > first && (lexicon.capitalisedNames ? /^\p{Lu}/u.test(word.text) : lexicon.givenNames.has(word.folded)),
    );
    const description = slice(0, nameAt > 0 ? nameAt : chunk.length);
    const employer = chunk.findIndex((word, index) => index > first && lexicon.organisationHeads.has(word.folded));
    const mention: Mention = { role: 'description', text: description };
    if (employer > 0 && (nameAt < 0 || employer < nameAt)) mention.organisation = slice(employer, nameAt > 0 ? nameAt : chunk.length);
    return nameAt > 0 ? [mention, { role: 'name', text: slice(nameAt) }] : [mention];
  }
  if (lexicon.organisationHeads.has(head) || lexicon.organisationHeads.has(stripArticle(head))) {
    // "الوزارة", "le rapport" alone refer back to an organisation named before.
    const definite = chunk.length === 1 + first && (first === 1 || head.startsWith('ال'));
    return [{ role: definite ? 'description' : 'organisation', text: slice(0, Math.min(chunk.length, 6)) }];
  }
  if (lexicon.capitalisedNames) {
    let end = first;
    while (end < chunk.length && /^\p{Lu}/u.test(chunk[end]!.text)) end++;
    return end > first ? [{ role: 'name', text: slice(first, end) }] : undefined;
  }
  return chunk.length <= 4 ? [{ role: 'name', text: slice(0) }] : undefined;
}

/** Words that end an organisation's name in running text: "le département d'État américain a salué". */
const PHRASE_STOPS = new Set(['a', 'avait', 'ont', 'est', 'sont', 'qui', 'que', 'qu', 'has', 'said', 'الذي', 'التي']);

/** Capitalised at the start of a French sentence without being a name. */
const FUNCTION_WORDS = new Set(
  'le la les l un une des du de d en dans pour selon mais et ce cette ces il elle ils elles on nous sur avec par au aux a'.split(' '),
);

function stripArticle(word: string): string {
  return word.startsWith('ال') && word.length > 3 ? word.slice(2) : word;
}

/** The verb-less clause's speaker: the first organisation, capital or named person in the sentence before. */
export function sentenceSubject(text: string, from: number, to: number, lexicon: QuoteLexicon, known: (text: string) => boolean): Mention | undefined {
  const list = words(text, from, to).filter((word) => word.folded !== 'و' && word.folded !== 'ف');
  for (let index = 0; index < list.length; index++) {
    for (let length = Math.min(4, list.length - index); length >= 1; length--) {
      const phrase = text.slice(list[index]!.start, list[index + length - 1]!.end);
      if (known(phrase)) return { role: 'name', text: phrase };
    }
    const word = list[index]!;
    const bare = word.folded.replace(/^[وف](?=ال)/u, '');
    if (lexicon.capitals.has(bare)) return { role: 'organisation', text: word.text.replace(/^[وف](?=ال)/u, '') };
    if (lexicon.organisationHeads.has(bare) && !['تقرير', 'التقرير', 'بلاغ', 'بيان', 'البلاغ', 'البيان', 'rapport', 'communique'].includes(bare)) {
      let end = index + 1;
      while (
        end < list.length &&
        end - index < 5 &&
        !isBoundary(list[end]!, lexicon) &&
        !PHRASE_STOPS.has(list[end]!.folded) &&
        !/[،,]/u.test(text.slice(list[end - 1]!.end, list[end]!.start))
      ) {
        end++;
      }
      return { role: 'organisation', text: text.slice(word.start, list[end - 1]!.end).replace(/^[وف](?=ال)/u, '') };
    }
    if (lexicon.titleHeads.has(bare) && (bare.startsWith('ال') || /^(le|la|l)$/u.test(list[index - 1]?.folded ?? ''))) {
      const mentions = classifyMention(text, list.slice(index, index + 3), lexicon);
      const description = mentions?.find((mention) => mention.role === 'description');
      const article = bare.startsWith('ال') ? word : list[index - 1]!;
      if (description) return { role: 'description', text: text.slice(article.start, word.end) };
    }
    if (!lexicon.capitalisedNames && lexicon.givenNames.has(bare) && index + 1 < list.length) {
      return { role: 'name', text: text.slice(word.start, list[index + 1]!.end) };
    }
    if (lexicon.capitalisedNames && /^\p{Lu}/u.test(word.text) && !FUNCTION_WORDS.has(word.folded) && !lexicon.verbs.has(word.folded)) {
      let end = index + 1;
      while (end < list.length && /^\p{Lu}/u.test(list[end]!.text)) end++;
      return { role: 'name', text: text.slice(word.start, list[end - 1]!.end) };
    }
  }
  return undefined;
}
