import { copyToClipboard } from '@lexical/clipboard';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  BEFORE_INPUT_COMMAND,
  COMMAND_PRIORITY_CRITICAL,
  COMMAND_PRIORITY_HIGH,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  CUT_COMMAND,
  DELETE_CHARACTER_COMMAND,
  DELETE_LINE_COMMAND,
  DELETE_WORD_COMMAND,
  DRAGSTART_COMMAND,
  DROP_COMMAND,
  FORMAT_TEXT_COMMAND,
  INSERT_LINE_BREAK_COMMAND,
  INSERT_PARAGRAPH_COMMAND,
  KEY_DOWN_COMMAND,
  PASTE_COMMAND,
  REMOVE_TEXT_COMMAND,
  mergeRegister,
  type LexicalEditor,
} from 'lexical';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SuggestionMeta } from '../../../../shared/editor/nodes/SuggestionNode';
import { directionOf } from '../../../../shared/model/language';
import type { HouseStyle } from '../../../../shared/model/settings';
import { $caretText, isPlainCharacter } from '../../editor/plugins/caretText';
import { ARABIC_PUNCTUATION, arabicPunctuation, typographicQuote } from '../../editor/plugins/typingDecisions';
import { useSettings } from '../../app/AppContext';
import { useValue } from '../../ui/valueStore';
import type { EditorExtensionContext } from '../editor/editorExtensions';
import { registerAttributionSuggestions } from './attributionSuggestions';
import { $suggestDeleteCharacter, $suggestDeleteSelection, $suggestDeleteWord, $suggestFormat, $suggestInsertText, $suggestParagraphBreak } from './suggestEdits';
import { registerSplitMarkers } from './splitMarkers';
import { liveEditor } from './liveEditor';
import { suggestionMode, TOGGLE_SUGGESTION_MODE_COMMAND } from './suggestionMode';
import { SuggestionPopover } from './SuggestionPopover';
import './suggestions.css';

function newSuggestionId(): string {
  return `s-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

function textOf(event: InputEvent | ClipboardEvent | string): string {
  if (typeof event === 'string') return event;
  const transfer = 'clipboardData' in event ? event.clipboardData : event.dataTransfer;
  return (transfer?.getData('text/plain') ?? ('data' in event ? event.data : '') ?? '').replace(/\r\n?/g, '\n');
}

interface TypingStyle {
  houseStyle: Pick<HouseStyle, 'arabicPunctuation' | 'quotationMarks'>;
  articleDirection: 'rtl' | 'ltr';
}

/**
 * The house-style characters the typing helpers would put in (، ؛ ؟ and
 * typographic quotation marks), typed as a suggestion instead: the helpers
 * write into the text directly, which would slip past review.
 */
function $houseStyleCharacter(event: KeyboardEvent, style: TypingStyle): string | null {
  if (!isPlainCharacter(event) || (event.key !== '"' && !(event.key in ARABIC_PUNCTUATION))) return null;
  const caret = $caretText();
  if (!caret) return event.key;
  if (event.key === '"') return typographicQuote(caret.before, style.houseStyle.quotationMarks);
  const rtl = (caret.node?.getTopLevelElement()?.getDirection() ?? style.articleDirection) === 'rtl';
  const replacement = style.houseStyle.arabicPunctuation && rtl ? arabicPunctuation(event.key, caret.before) : null;
  return replacement && replacement.deleteBefore === 0 ? replacement.text : event.key;
}

/** In suggestion mode, every edit of the text goes through these handlers instead of Lexical's own. */
function registerSuggesting(editor: LexicalEditor, meta: () => SuggestionMeta, style: TypingStyle): () => void {
  const insert = (text: string) => {
    // Suggestions are inline: a pasted or typed line break stays a space rather than splitting a block unseen.
    $suggestInsertText(text.replace(/\n+/g, ' '), meta());
    return true;
  };
  return mergeRegister(
    editor.registerCommand(
      KEY_DOWN_COMMAND,
      (event) => {
        const text = $houseStyleCharacter(event, style);
        if (text === null) return false;
        event.preventDefault();
        return insert(text);
      },
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerCommand(
      BEFORE_INPUT_COMMAND,
      (event) => {
        // Only plain typing: a spell-check replacement first needs Lexical to select the word it replaces, and comes back as CONTROLLED_TEXT_INSERTION_COMMAND.
        if (event.inputType !== 'insertText') return false;
        const text = textOf(event);
        if (!text) return false;
        event.preventDefault();
        return insert(text);
      },
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerCommand(CONTROLLED_TEXT_INSERTION_COMMAND, (input) => insert(textOf(input)), COMMAND_PRIORITY_HIGH),
    editor.registerCommand(
      PASTE_COMMAND,
      (event) => {
        const text = textOf(event as ClipboardEvent);
        if (!text) return true;
        event.preventDefault();
        editor.update(() => insert(text));
        return true;
      },
      COMMAND_PRIORITY_CRITICAL,
    ),
    // A selected picture or embed is not deleted at all: suggestions cover text only.
    editor.registerCommand(DELETE_CHARACTER_COMMAND, (backward) => $suggestDeleteCharacter(meta(), backward) || true, COMMAND_PRIORITY_HIGH),
    editor.registerCommand(DELETE_WORD_COMMAND, (backward) => $suggestDeleteWord(meta(), backward) || true, COMMAND_PRIORITY_HIGH),
    editor.registerCommand(DELETE_LINE_COMMAND, (backward) => $suggestDeleteSelection(meta(), backward) || true, COMMAND_PRIORITY_HIGH),
    editor.registerCommand(REMOVE_TEXT_COMMAND, () => $suggestDeleteSelection(meta(), false) || true, COMMAND_PRIORITY_HIGH),
    editor.registerCommand(
      CUT_COMMAND,
      (event) => {
        void copyToClipboard(editor, event instanceof ClipboardEvent ? event : null).then(() =>
          editor.update(() => void $suggestDeleteSelection(meta(), false)),
        );
        return true;
      },
      COMMAND_PRIORITY_CRITICAL,
    ),
    editor.registerCommand(FORMAT_TEXT_COMMAND, (format) => $suggestFormat(format, meta()), COMMAND_PRIORITY_HIGH),
    registerAttributionSuggestions(editor, meta),
    editor.registerCommand(INSERT_PARAGRAPH_COMMAND, () => $suggestParagraphBreak(meta()), COMMAND_PRIORITY_HIGH),
    // A line break inside a paragraph, or text moved by drag and drop, cannot be shown as a suggestion yet: refused rather than done unseen.
    editor.registerCommand(INSERT_LINE_BREAK_COMMAND, () => true, COMMAND_PRIORITY_HIGH),
    editor.registerCommand(DROP_COMMAND, (event) => (event.preventDefault(), true), COMMAND_PRIORITY_HIGH),
    editor.registerCommand(DRAGSTART_COMMAND, (event) => (event.preventDefault(), true), COMMAND_PRIORITY_HIGH),
  );
}

/**
 * Suggestion mode for the live editor: a toggle (also Ctrl+Shift+E) and,
 * while it is on, typing, deleting, cutting, pasting, bold/italic/underline
 * and a quote's change of source become suggestions signed with the user's name. Clicking a suggestion
 * offers to accept or reject it.
 */
export function SuggestionsPlugin({ draftId, readOnly, language }: EditorExtensionContext) {
  const { t } = useTranslation('suggestions');
  const [editor] = useLexicalComposerContext();
  const settings = useSettings();
  const mode = suggestionMode(editor);
  const on = useValue(mode);
  const author = useRef('');
  author.current = settings.userName.trim() || settings.byline.trim() || t('anonymous');
  const { arabicPunctuation: punctuationOn, quotationMarks } = settings.houseStyle;

  useEffect(() => {
    const published = liveEditor(draftId);
    published.set(editor);
    return () => published.set(null);
  }, [draftId, editor]);

  useEffect(
    () => editor.registerCommand(TOGGLE_SUGGESTION_MODE_COMMAND, () => (mode.set(!mode.get()), true), COMMAND_PRIORITY_HIGH),
    [editor, mode],
  );

  useEffect(() => {
    if (!on || readOnly) return undefined;
    const style = { houseStyle: { arabicPunctuation: punctuationOn, quotationMarks }, articleDirection: directionOf(language) };
    return registerSuggesting(editor, () => ({ suggestionId: newSuggestionId(), author: author.current, at: new Date().toISOString() }), style);
  }, [editor, on, readOnly, punctuationOn, quotationMarks, language]);

  useEffect(() => registerSplitMarkers(editor), [editor]);

  useEffect(() => {
    editor.getRootElement()?.classList.toggle('suggesting', on);
  }, [editor, on]);

  return (
    <>
      <button
        type="button"
        className="suggestion-mode-toggle"
        aria-pressed={on}
        aria-keyshortcuts="Control+Shift+E"
        title={`${t('mode.hint')} (Ctrl+Shift+E)`}
        disabled={readOnly}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => editor.dispatchCommand(TOGGLE_SUGGESTION_MODE_COMMAND, undefined)}
      >
        {t('mode.toggle')}
      </button>
      {!readOnly && <SuggestionPopover editor={editor} />}
    </>
  );
}
