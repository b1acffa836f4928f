import type { LexicalEditor } from 'lexical';
import { $acceptAll, $acceptSuggestion, $rejectAll, $rejectSuggestion } from '../../../../shared/review/suggestions/resolveSuggestions';

/**
 * Accepting or rejecting is an ordinary edit: it goes through history (undo
 * brings the suggestion back) and autosave, and never through suggestion
 * mode's interception, which only watches typing.
 */
export function decideSuggestion(editor: LexicalEditor, id: string, accept: boolean): void {
  editor.update(() => void (accept ? $acceptSuggestion(id) : $rejectSuggestion(id)));
}

export function decideAll(editor: LexicalEditor, accept: boolean): void {
  editor.update(() => void (accept ? $acceptAll() : $rejectAll()));
}
