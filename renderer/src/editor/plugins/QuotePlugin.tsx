import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $getNearestNodeFromDOMNode,
  $getNodeByKey,
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  CLICK_COMMAND,
  COMMAND_PRIORITY_HIGH,
  COMMAND_PRIORITY_LOW,
  createCommand,
  KEY_DOWN_COMMAND,
  type LexicalEditor,
  type NodeKey,
} from 'lexical';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { $createQuoteNode, $isPullQuoteNode, $isQuoteNode, PullQuoteNode, QuoteNode } from '../../../../shared/editor/nodes';
import { writeAttribution } from '../../../../shared/editor/nodes/attributionDom';
import type { Attribution, Source } from '../../../../shared/model/source';
import { useMidad, useSettings } from '../../app/AppContext';
import type { EditorExtensionContext } from '../../features/editor/editorExtensions';
import { closingQuoteStart } from '../../features/quotes/pendingQuote';
import { $collectQuotes, $paragraphsAround, OPEN_MARK } from '../../features/quotes/quoteDocument';
import { suggestForQuote, type QuoteSuggestion } from '../../features/quotes/quoteSuggestion';
import { SourcePopover, type SourceChoice } from '../../features/quotes/SourcePopover';
import { unbalancedMarks } from '../../features/quotes/quoteProblems';
import { markUnbalanced } from '../../features/quotes/unbalancedMarks';
import { syncDraftSources } from '../../features/sources/draftSources';
import { $caretText, isPlainCharacter } from './caretText';
import '../../features/quotes/quotes.css';

/** Opens the source popover for a quote or pull quote (from the sources panel, a click, the shortcut). */
export const OPEN_SOURCE_POPOVER_COMMAND = createCommand<NodeKey>('OPEN_SOURCE_POPOVER');
/** Makes the selection a quote, or types an opening mark at a collapsed caret (toolbar button, Ctrl+Shift+Q). */
export const QUOTE_COMMAND = createCommand<void>('QUOTE');

interface PopoverState {
  key: NodeKey;
  allowTerm: boolean;
  kind: 'speech' | 'term';
  attribution: Attribution;
  suggestion: QuoteSuggestion | undefined;
}

const isQuoteShortcut = (event: KeyboardEvent) => (event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey && event.code === 'KeyQ';

/** Wraps the selected text in a quote; at a caret inside a quote or pull quote answers that one; otherwise types the opening mark. */
function $quoteAtSelection(): NodeKey | undefined {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return undefined;
  const anchor = selection.anchor.getNode();
  const existing = [anchor, ...anchor.getParents()].find((node) => $isQuoteNode(node) || $isPullQuoteNode(node));
  if (existing) return existing.getKey();
  if (selection.isCollapsed()) {
    selection.insertText(OPEN_MARK);
    return undefined;
  }
  const texts = selection.extract().filter($isTextNode);
  const first = texts[0];
  if (!first || texts.some((text) => !text.getParent()?.is(first.getParent()))) return undefined;
  const quote = $createQuoteNode('speech');
  first.insertBefore(quote);
  quote.append(...texts);
  quote.selectNext(0, 0);
  return quote.getKey();
}

/** Turns the “… typed so far into a quote node when its closing mark is typed; answers the new quote. */
function $closeTypedQuote(typed: string): NodeKey | undefined {
  const caret = $caretText();
  if (!caret?.node) return undefined;
  const quote = caret.node.getParent();
  if ($isQuoteNode(quote) && caret.offset === caret.node.getTextContentSize() && caret.node.is(quote.getLastChild())) {
    // A closing mark typed at a quote's end leaves it: its marks are drawn, not typed.
    if (typed === '"' || typed === '\u201D' || typed === '\u00BB') {
      quote.selectNext(0, 0);
      return '';
    }
    return undefined;
  }
  const start = closingQuoteStart(caret.before, typed);
  if (start === undefined) return undefined;
  const parts = caret.node.splitText(start, caret.offset);
  const quoted = start === 0 ? parts[0]! : parts[1]!;
  quoted.setTextContent(quoted.getTextContent().slice(1));
  const node = $createQuoteNode('speech');
  quoted.replace(node);
  node.append(quoted);
  node.selectNext(0, 0);
  return node.getKey();
}

/**
 * Attributed quotes in the editor: the closing mark or Ctrl+Shift+Q makes a
 * quote node, the text around it suggests speaker and kind, and a popover asks
 * for the source. Unsourced speech and unpaired marks are marked in the text,
 * and the draft's `sources` list follows the quotes.
 */
export function QuotePlugin({ language, fields, sources, controller }: EditorExtensionContext) {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation('sources');
  const midad = useMidad();
  const [popover, setPopover] = useState<PopoverState>();
  const known = useRef(new Map<string, Source>(sources.get().map((source) => [source.id, source])));
  const quotationMarks = useSettings().houseStyle.quotationMarks;

  useEffect(
    () =>
      editor.registerRootListener((root) => {
        if (root) root.dataset.quotationMarks = quotationMarks;
      }),
    [editor, quotationMarks],
  );

  useEffect(() => {
    /** `fresh`: a quote just made, which a confident "term" reading settles without asking. */
    const open = (key: NodeKey, fresh: boolean) => {
      const state = editor.getEditorState().read((): PopoverState | undefined => {
        const node = $getNodeByKey(key);
        if ($isPullQuoteNode(node)) return { key, allowTerm: false, kind: 'speech', attribution: node.getAttribution(), suggestion: undefined };
        if (!$isQuoteNode(node)) return undefined;
        const around = $paragraphsAround(node);
        const suggestion = around && suggestForQuote(around.paragraphs, around.target, { language, outlet: fields.get().outlet || undefined });
        return { key, allowTerm: true, kind: node.getQuoteKind(), attribution: node.getAttribution(), suggestion };
      });
      if (!state) return;
      // A name in quotation marks needs no source: the writer can still switch it from the popover.
      if (fresh && state.suggestion?.kind === 'term' && state.suggestion.confidence >= 0.7) {
        editor.update(() => {
          const node = $getNodeByKey(key);
          if ($isQuoteNode(node)) node.setQuoteKind('term');
        });
        return;
      }
      setPopover(state);
    };
    // After the update that made the quote has been committed, so reading finds it.
    const afterUpdate = (key: NodeKey | undefined, fresh = true) => {
      if (key) setTimeout(() => open(key, fresh));
    };
    return mergeRegister(
      editor.registerCommand(OPEN_SOURCE_POPOVER_COMMAND, (key) => (open(key, false), true), COMMAND_PRIORITY_LOW),
      editor.registerCommand(
        QUOTE_COMMAND,
        () => {
          editor.update(() => afterUpdate($quoteAtSelection()));
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          if (isQuoteShortcut(event)) {
            event.preventDefault();
            return editor.dispatchCommand(QUOTE_COMMAND, undefined);
          }
          if (!isPlainCharacter(event)) return false;
          const key = $closeTypedQuote(event.key);
          if (key === undefined) return false;
          event.preventDefault();
          afterUpdate(key);
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
      editor.registerCommand(
        CLICK_COMMAND,
        (event) => {
          const element = (event.target as HTMLElement | null)?.closest?.('.quote-unsourced');
          const node = element && $getNearestNodeFromDOMNode(element);
          if ($isQuoteNode(node)) afterUpdate(node.getKey(), false);
          return false;
        },
        COMMAND_PRIORITY_LOW,
      ),
    );
  }, [editor, language, fields]);

  // Keeps each quote's DOM saying who said it (data attributes, as the export writes them) and marks
  // speech without a source, for the eye (CSS) and for screen readers (aria-description).
  useEffect(() => {
    const mark = (mutations: Map<NodeKey, 'created' | 'updated' | 'destroyed'>) =>
      editor.getEditorState().read(() => {
        for (const [key, mutation] of mutations) {
          const node = $getNodeByKey(key);
          const element = editor.getElementByKey(key);
          if (mutation === 'destroyed' || !element || !($isQuoteNode(node) || $isPullQuoteNode(node))) continue;
          markQuoteElement(element, node, t('quote.unsourced'));
        }
      });
    return mergeRegister(
      editor.registerMutationListener(QuoteNode, mark, { skipInitialization: false }),
      editor.registerMutationListener(PullQuoteNode, mark, { skipInitialization: false }),
    );
  }, [editor, t]);

  // The draft's sources follow its quotes; the unpaired-marks highlight follows the text.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const sync = async () => {
      const quotes = editor.getEditorState().read($collectQuotes);
      let result = syncDraftSources(quotes, known.current);
      if (result.missing.length > 0) {
        const fetched = await Promise.allSettled(result.missing.map((id) => midad.sources.get({ id })));
        for (const outcome of fetched) if (outcome.status === 'fulfilled') known.current.set(outcome.value.id, outcome.value);
        result = syncDraftSources(quotes, known.current);
      }
      if (JSON.stringify(result.sources) !== JSON.stringify(sources.get())) {
        sources.set(result.sources);
        controller?.markChanged();
      }
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const root = editor.getRootElement();
        if (root) unbalancedMarks(editor).set(markUnbalanced(root));
        void sync();
      }, 250);
    };
    schedule();
    return mergeRegister(
      editor.registerMutationListener(QuoteNode, schedule, { skipInitialization: true }),
      editor.registerMutationListener(PullQuoteNode, schedule, { skipInitialization: true }),
      editor.registerTextContentListener(schedule),
      () => clearTimeout(timer),
    );
  }, [editor, midad, sources, controller]);

  if (!popover) return null;
  const done = (choice: SourceChoice) => {
    if (choice.source) known.current.set(choice.source.id, choice.source);
    applyChoice(editor, popover.key, choice);
    setPopover(undefined);
  };
  return (
    <SourcePopover
      key={popover.key}
      allowTerm={popover.allowTerm}
      kind={popover.kind}
      attribution={popover.attribution}
      suggestion={popover.suggestion}
      onDone={done}
      onClose={() => {
        setPopover(undefined);
        editor.focus();
      }}
    />
  );
}

/**
 * The node's own `updateDOM` compares the previous and next versions through
 * NodeState reads that both see the latest version, so a changed attribution
 * never reaches the DOM; the renderer writes it here from the node instead.
 */
function markQuoteElement(element: HTMLElement, node: QuoteNode | PullQuoteNode, unsourcedText: string): void {
  for (const name of element.getAttributeNames()) if (name.startsWith('data-') && name !== 'data-midad-quote') element.removeAttribute(name);
  const speech = $isPullQuoteNode(node) || node.getQuoteKind() === 'speech';
  if ($isQuoteNode(node)) element.setAttribute('data-midad-quote', node.getQuoteKind());
  if (speech) writeAttribution(element, node.getAttribution());
  const unsourced = speech && !node.getAttribution().sourceId;
  element.classList.toggle('quote-unsourced', unsourced);
  if (unsourced) element.setAttribute('aria-description', unsourcedText);
  else element.removeAttribute('aria-description');
}

function applyChoice(editor: LexicalEditor, key: NodeKey, choice: SourceChoice): void {
  editor.update(() => {
    const node = $getNodeByKey(key);
    if ($isQuoteNode(node)) node.setQuoteKind(choice.kind).setAttribution(choice.attribution);
    else if ($isPullQuoteNode(node)) node.setAttribution(choice.attribution);
  });
  editor.focus();
}
