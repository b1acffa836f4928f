import type { RawFinding } from '../types';
import { regexFindings, type BlockRule } from './rule';

const NO_BREAK = '\u00A0';
/** A mark of the high punctuation, with what comes before it: nothing, or an ordinary space. */
const BEFORE_MARK = /(?<=[\p{L}\p{N})\]»”'’])( ?)([:;!?])/gu;
/** Inside guillemets: `«mot»` or `« mot »` with spaces a line could break at. */
const INSIDE_GUILLEMETS = /«( ?)(?=\S)|(?<=\S)( ?)»/gu;

/**
 * A colon glued to what follows is no punctuation: `13:05`, `https://`,
 * `Acquire::ftp` (from APT's French messages). Nor is `://` after a space.
 */
function takesNoSpace(text: string, end: number): boolean {
  return text[end - 1] === ':' && end < text.length && !/\s/.test(text[end]!);
}

/**
 * French typography: a no-break space before `: ; ! ?` and inside « », so a
 * line never starts with the mark. A no-break or narrow no-break space is
 * right; none, or an ordinary space, is not.
 */
export const frenchSpacing: BlockRule = {
  id: 'french-spacing',
  severity: 'warning',
  languages: ['fr'],
  scope: 'block',
  check: ({ block: { text } }) => {
    const findings: RawFinding[] = regexFindings(text, BEFORE_MARK, (match, start, end) =>
      takesNoSpace(text, end) ? undefined : { start, end, fix: { replacement: `${NO_BREAK}${match[2]!}` } },
    );
    findings.push(
      ...regexFindings(text, INSIDE_GUILLEMETS, (match, start, end) => ({
        start,
        end,
        fix: { replacement: match[0].startsWith('«') ? `«${NO_BREAK}` : `${NO_BREAK}»` },
      })),
    );
    return findings.sort((a, b) => a.start - b.start);
  },
};
