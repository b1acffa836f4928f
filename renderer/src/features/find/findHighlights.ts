import type { LexicalEditor } from 'lexical';
import type { FindMatch } from './editorFind';

const ALL = 'midad-find';
const CURRENT = 'midad-find-current';

function domPoint(editor: LexicalEditor, key: string, offset: number): [Node, number] | null {
  const element = editor.getElementByKey(key);
  const text = element?.firstChild;
  if (!text || text.nodeType !== Node.TEXT_NODE) return null;
  return [text, Math.min(offset, text.textContent?.length ?? 0)];
}

function domRange(editor: LexicalEditor, match: FindMatch): Range | null {
  const start = domPoint(editor, match.startKey, match.startOffset);
  const end = domPoint(editor, match.endKey, match.endOffset);
  if (!start || !end) return null;
  const range = document.createRange();
  range.setStart(...start);
  range.setEnd(...end);
  return range;
}

/**
 * Paints the matches with the CSS Custom Highlight API: no change to the
 * document or the DOM Lexical owns, so highlighting never enters undo or autosave.
 * Where the API is missing, matches are still counted and selected one by one.
 */
export function paintMatches(editor: LexicalEditor, matches: FindMatch[], current: number): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  const ranges = matches.map((match) => domRange(editor, match));
  CSS.highlights.set(ALL, new Highlight(...ranges.filter((range): range is Range => range !== null)));
  const active = ranges[current];
  if (active) {
    CSS.highlights.set(CURRENT, new Highlight(active));
    const rect = active.getBoundingClientRect();
    const scroller = editor.getRootElement()?.closest('.editor-main');
    if (scroller && (rect.top < 80 || rect.bottom > window.innerHeight - 40)) {
      scroller.scrollBy({ top: rect.top - window.innerHeight / 2 });
    }
  } else {
    CSS.highlights.delete(CURRENT);
  }
}

export function clearMatches(): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  CSS.highlights.delete(ALL);
  CSS.highlights.delete(CURRENT);
}
