import { stripMarks } from '../arabic';
import { ALL_LANGUAGES, type BlockRule } from './rule';

/** A headline longer than the house limit; the finding covers what runs over. */
export const headlineLength: BlockRule = {
  id: 'headline-length',
  severity: 'warning',
  languages: ALL_LANGUAGES,
  scope: 'block',
  check: ({ block, houseStyle }) => {
    if (block.kind !== 'headline') return [];
    const max = houseStyle.headlineMaxLength;
    const text = block.text.trimEnd();
    const length = stripMarks(text).length;
    if (length <= max) return [];
    // Marks do not count towards the limit, so the overflow starts later in the raw text.
    let start = 0;
    for (let counted = 0; start < text.length && counted < max; start++) if (stripMarks(text[start]!) !== '') counted++;
    return [{ start, end: text.length, params: { length, max } }];
  },
};
