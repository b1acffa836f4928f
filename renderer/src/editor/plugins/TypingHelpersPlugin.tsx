import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection, COMMAND_PRIORITY_NORMAL, KEY_DOWN_COMMAND } from 'lexical';
import { useEffect } from 'react';
import { $caretText, isPlainCharacter } from './caretText';
import { arabicPunctuation, settlePunctuation, typographicQuote, type QuotationStyle, type Replacement } from './typingDecisions';

interface TypingHelpersProps {
  /** `houseStyle.arabicPunctuation`. */
  arabicPunctuation: boolean;
  quotationMarks: QuotationStyle;
  articleDirection: 'rtl' | 'ltr';
}

/**
 * House-style typing: ، ؛ ؟ from the Latin keys in right-to-left blocks, and
 * typographic quotation marks for `"`. Works on keydown from the caret's own
 * text node, so a keystroke costs the same in a long article as in a short one.
 */
export function TypingHelpersPlugin({ arabicPunctuation: punctuationOn, quotationMarks, articleDirection }: TypingHelpersProps) {
  const [editor] = useLexicalComposerContext();

  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          if (!isPlainCharacter(event)) return false;
          const typed = event.key;
          const caret = $caretText();
          if (!caret) return false;
          let replacement: Replacement | null = null;
          if (typed === '"') {
            replacement = { deleteBefore: 0, text: typographicQuote(caret.before, quotationMarks) };
          } else if (punctuationOn && caret.node) {
            const block = caret.node.getTopLevelElement();
            const rtl = (block?.getDirection() ?? articleDirection) === 'rtl';
            if (rtl) replacement = arabicPunctuation(typed, caret.before) ?? settlePunctuation(typed, caret.before);
          }
          if (!replacement) return false;
          event.preventDefault();
          if (caret.node) {
            caret.node.spliceText(caret.offset - replacement.deleteBefore, replacement.deleteBefore, replacement.text, true);
          } else {
            const selection = $getSelection();
            if ($isRangeSelection(selection)) selection.insertText(replacement.text);
          }
          return true;
        },
        COMMAND_PRIORITY_NORMAL,
      ),
    [editor, punctuationOn, quotationMarks, articleDirection],
  );

  return null;
}
