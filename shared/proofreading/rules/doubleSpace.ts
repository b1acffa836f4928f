import { ALL_LANGUAGES, regexFindings, type BlockRule } from './rule';

/**
 * Two ordinary spaces or more between words, a slip the eye misses on screen
 * and the page shows. Leading and trailing spaces are the editor's business.
 */
export const doubleSpace: BlockRule = {
  id: 'double-space',
  severity: 'warning',
  languages: ALL_LANGUAGES,
  scope: 'block',
  check: ({ block: { text } }) => regexFindings(text, /(?<=\S) {2,}(?=\S)/g, (_match, start, end) => ({ start, end, fix: { replacement: ' ' } })),
};
