import {
  $createParagraphNode,
  $createTextNode,
  $getDocument,
  $isLineBreakNode,
  $isTextNode,
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
import { HEADLINE_NODE_TYPE } from '../documentText';

function $convertHeadlineElement(): DOMConversionOutput {
  return { node: $createHeadlineNode() };
}

/**
 * The article's headline: one line of plain text at the top of the document.
 * It is an ElementNode (not a separate field) so that undo, find and, later,
 * comments span the headline and the body alike.
 */
export class HeadlineNode extends ElementNode {
  override $config() {
    return this.config(HEADLINE_NODE_TYPE, {
      extends: ElementNode,
      importDOM: {
        // Only our own export is read back as a headline; a pasted <h1> from a
        // web page stays a heading so it cannot displace the article's headline.
        h1: (element: HTMLElement) =>
          element.getAttribute('data-midad-headline') === 'true'
            ? { conversion: $convertHeadlineElement, priority: 1 }
            : null,
      },
    });
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const element = $getDocument().createElement('h1');
    const className = (config.theme as { headline?: string }).headline;
    if (className) element.className = className;
    return element;
  }

  override updateDOM(): boolean {
    return false;
  }

  override exportDOM(editor: LexicalEditor): DOMExportOutput {
    const { element } = super.exportDOM(editor);
    if (isHTMLElement(element)) {
      element.setAttribute('data-midad-headline', 'true');
      const direction = this.getDirection();
      if (direction) element.dir = direction;
    }
    return { element };
  }

  /** Enter in the headline starts the body: the text after the caret becomes its first paragraph. */
  override insertNewAfter(_selection: RangeSelection | null, restoreSelection = true): ParagraphNode {
    const paragraph = $createParagraphNode().setDirection(this.getDirection());
    this.insertAfter(paragraph, restoreSelection);
    return paragraph;
  }

  /** Backspace at the start of the headline must not merge it away or turn it into a paragraph. */
  override collapseAtStart(): boolean {
    return true;
  }

  override canIndent(): false {
    return false;
  }

  override canBeEmpty(): boolean {
    return true;
  }

  /** Strips what a single plain line cannot hold: line breaks become spaces, formatting is dropped. */
  $normalizeContent(): void {
    for (const child of this.getChildren()) {
      if ($isLineBreakNode(child)) child.replace($createTextNode(' '));
      else if ($isTextNode(child) && child.getFormat() !== 0) child.setFormat(0);
    }
  }
}

export function $createHeadlineNode(): HeadlineNode {
  return new HeadlineNode();
}

export function $isHeadlineNode(node: LexicalNode | null | undefined): node is HeadlineNode {
  return node instanceof HeadlineNode;
}
