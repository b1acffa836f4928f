import { foldArabic } from '../arabic';
import { ALL_LANGUAGES, type DocumentRule } from './rule';

const SIMILAR = 0.8;

function words(text: string): string[] {
  return foldArabic(text.toLowerCase()).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * A lead that says the headline again adds nothing: flagged when most of the
 * headline's words open the lead.
 */
export const leadRepeatsHeadline: DocumentRule = {
  id: 'lead-repeats-headline',
  severity: 'warning',
  languages: ALL_LANGUAGES,
  scope: 'document',
  check: ({ blocks }) => {
    const headline = blocks.find((block) => block.kind === 'headline');
    const lead = blocks.find((block) => block.kind === 'lead');
    if (!headline || !lead) return [];
    const headlineWords = words(headline.text);
    if (headlineWords.length < 3) return [];
    const opening = new Set(words(lead.text).slice(0, headlineWords.length + 3));
    const shared = headlineWords.filter((word) => opening.has(word)).length;
    if (shared / headlineWords.length < SIMILAR) return [];
    return [{ blockId: lead.id, start: 0, end: lead.text.length }];
  },
};
