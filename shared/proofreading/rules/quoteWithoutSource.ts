import { foldArabic } from '../arabic';
import { quoteRangesOf } from '../quotes';
import type { CheckBlock, QuoteRange } from '../types';
import { ARABIC_ONLY, type DocumentRule } from './rule';

/** Words that say who speaks (folded: no hamza, ة as ه): قال، أوضح، حسب، وفقا، مؤكدة … */
const CUES = new Set(
  [
    'قال', 'قالت', 'قالوا', 'يقول', 'تقول', 'أضاف', 'أضافت', 'يضيف', 'تضيف', 'أوضح', 'أوضحت', 'يوضح', 'أكد', 'أكدت', 'يؤكد',
    'أبرز', 'أبرزت', 'اعتبر', 'اعتبرت', 'لفت', 'لفتت', 'صرح', 'صرحت', 'أفاد', 'أفادت', 'ذكر', 'ذكرت', 'أشار', 'أشارت',
    'كشف', 'كشفت', 'أعلن', 'أعلنت', 'نقل', 'حسب', 'بحسب', 'وفقا', 'وفق', 'طبقا', 'مؤكدا', 'مؤكدة', 'مشيرا', 'مشيرة',
    'مضيفا', 'مضيفة', 'موضحا', 'موضحة', 'قائلا', 'قائلة', 'معتبرا', 'معتبرة', 'خلص', 'تابع', 'تابعت', 'شدد', 'شددت',
    'استطرد', 'يرى', 'ترى', 'التصريح', 'تصريح', 'تصريحات', 'بيان', 'البيان', 'بلاغ', 'البلاغ', 'التقرير', 'تقرير',
    'كتب', 'كتبت', 'غرد', 'غردت', 'دون', 'جاء', 'نص', 'ينص', 'أورد', 'أوردت', 'ختم', 'ختمت', 'أجاب', 'أجابت', 'رد', 'ردت',
  ].map(foldArabic),
);
const MIN_SPEECH_WORDS = 4;
const SENTENCE_END = /[.؟!?](?=\s)/g;

/** The sentence around a quote, from the end of the one before it to the end of the one after its close. */
function sentenceAround(text: string, range: QuoteRange): string {
  let start = 0;
  for (const match of text.slice(0, range.start).matchAll(SENTENCE_END)) start = match.index + 1;
  const after = text.slice(range.end).search(/[.؟!?](?=\s|$)/);
  return text.slice(start, after === -1 ? text.length : range.end + after);
}

/** A block ending in a colon introduces the next one's quote: وقال الوزير: */
function introduces(block: CheckBlock | undefined): boolean {
  return block !== undefined && /:\s*$/.test(block.text) && hasCue(block.text);
}

function attributed(blocks: CheckBlock[], index: number, range: QuoteRange): boolean {
  const block = blocks[index]!;
  if (hasCue(sentenceAround(block.text, range))) return true;
  return block.text.slice(0, range.start).trim() === '' && introduces(blocks[index - 1]);
}

function hasCue(text: string): boolean {
  const words = foldArabic(text).match(/[\p{L}]+/gu) ?? [];
  return words.some((word) => CUES.has(word) || CUES.has(word.replace(/^[وف]/, '')) || CUES.has(word.replace(/^(?:[وف]?[بل]?ال|[وف]?لل)/, '')));
}

/**
 * Quoted speech with nobody saying it. With quote nodes, a speech quote with no
 * attribution; in plain text, a quotation of four words or more whose
 * sentence names no speaker or document, and that no `قال:` introduces.
 */
export const quoteWithoutSource: DocumentRule = {
  id: 'quote-without-source',
  severity: 'warning',
  languages: ARABIC_ONLY,
  scope: 'document',
  check: ({ blocks }) =>
    blocks.flatMap((block, index) => {
      if (block.kind === 'quote' || block.kind === 'headline' || block.kind === 'kicker' || block.kind === 'intertitle') return [];
      if (block.quoteRanges) {
        return block.quoteRanges
          .filter((range) => range.kind === 'speech' && !range.attributed)
          .map((range) => ({ blockId: block.id, start: range.start, end: range.end }));
      }
      const speech = quoteRangesOf(block).filter(
        (range) => (block.text.slice(range.start, range.end).match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= MIN_SPEECH_WORDS,
      );
      return speech
        .filter((range) => !attributed(blocks, index, range))
        .map((range) => ({ blockId: block.id, start: range.start, end: range.end }));
    }),
};
