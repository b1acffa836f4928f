import {
  $createLineBreakNode,
  $createParagraphNode,
  $getDocument,
  $getState,
  $isElementNode,
  $isLineBreakNode,
  $setState,
  ElementNode,
  isHTMLElement,
  type DOMConversionOutput,
  type DOMExportOutput,
  type EditorConfig,
  type LexicalEditor,
  type LexicalNode,
  type ParagraphNode,
  type RangeSelection,
} from 'lexical';
import type { Attribution } from '../../model/source';
import { readAttribution, writeAttribution } from './attributionDom';
import { attributionState } from './nodeState';

export const PULL_QUOTE_NODE_TYPE = 'midad-pullquote';

/**
 * One pull quote holds lines of inline text: nested blocks (a pasted
 * blockquote's paragraphs) are unwrapped, and line breaks collapse to one
 * between lines, none at the edges.
 */
function $normalizePullQuote(quote: PullQuoteNode): void {
  for (const child of quote.getChildren()) {
    if ($isElementNode(child) && !child.isInline()) {
      const lines = child.getChildren();
      child.insertBefore($createLineBreakNode());
      for (const line of lines) child.insertBefore(line);
      child.insertBefore($createLineBreakNode());
      child.remove();
    }
  }
  let previousWasBreak = true;
  for (const child of quote.getChildren()) {
    const isBreak = $isLineBreakNode(child);
    if (isBreak && previousWasBreak) child.remove();
    previousWasBreak = isBreak;
  }
  const last = quote.getLastChild();
  if ($isLineBreakNode(last)) last.remove();
}

function $convertBlockquote(element: HTMLElement): DOMConversionOutput {
  for (const cite of element.querySelectorAll('cite')) cite.remove();
  return { node: $createPullQuoteNode(readAttribution(element)) };
}

/** A quote set apart from the text, attributed to a source like an inline quote. */
export class PullQuoteNode extends ElementNode {
  override $config() {
    return this.config(PULL_QUOTE_NODE_TYPE, {
      extends: ElementNode,
      // Above rich-text's own blockquote conversion: every pasted blockquote becomes a pull quote.
      importDOM: { blockquote: () => ({ conversion: $convertBlockquote, priority: 1 }) },
      stateConfigs: [{ stateConfig: attributionState, flat: true }],
      $transform: $normalizePullQuote,
    });
  }

  getAttribution(): Attribution {
    return $getState(this, attributionState);
  }

  setAttribution(attribution: Attribution): this {
    return $setState(this, attributionState, attribution);
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const element = $getDocument().createElement('blockquote');
    const className = (config.theme as { pullQuote?: string }).pullQuote;
    if (className) element.className = className;
    return element;
  }

  override updateDOM(): boolean {
    return false;
  }

  override exportDOM(editor: LexicalEditor): DOMExportOutput {
    const { element } = super.exportDOM(editor);
    if (isHTMLElement(element)) {
      element.removeAttribute('class');
      element.setAttribute('data-midad-pullquote', 'true');
      writeAttribution(element, this.getAttribution());
      const direction = this.getDirection();
      if (direction) element.dir = direction;
    }
    return { element };
  }

  override insertNewAfter(_selection: RangeSelection | null, restoreSelection = true): ParagraphNode {
    const paragraph = $createParagraphNode().setDirection(this.getDirection());
    this.insertAfter(paragraph, restoreSelection);
    return paragraph;
  }

  /** Backspace at the start turns the pull quote back into a paragraph, keeping its text. */
  override collapseAtStart(): true {
    const paragraph = $createParagraphNode().setDirection(this.getDirection());
    paragraph.append(...this.getChildren());
    this.replace(paragraph);
    return true;
  }
}

export function $createPullQuoteNode(attribution: Attribution = {}): PullQuoteNode {
  return new PullQuoteNode().setAttribution(attribution);
}

export function $isPullQuoteNode(node: LexicalNode | null | undefined): node is PullQuoteNode {
  return node instanceof PullQuoteNode;
}
