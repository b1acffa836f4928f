import {
  $createParagraphNode,
  $createTextNode,
  $getDocument,
  $isLineBreakNode,
  $isTextNode,
  ElementNode,
  isHTMLElement,
  type DOMExportOutput,
  type EditorConfig,
  type LexicalEditor,
  type ParagraphNode,
  type RangeSelection,
} from 'lexical';

/** What a fixed top block is drawn as and how its export is recognised on import. */
export interface TopBlockLook {
  tag: 'h1' | 'p';
  /** `data-<marker>="true"` on the exported element; only our own export reads back as this block. */
  marker: string;
  themeKey: string;
}

/**
 * The headline, the kicker and the lead: single-purpose blocks fixed at the
 * top of the document (see `$normalizeArticleTop`). Each is one plain line,
 * never merged away by Backspace, and Enter in it starts ordinary text.
 */
export abstract class TopBlockNode extends ElementNode {
  abstract look(): TopBlockLook;

  override createDOM(config: EditorConfig): HTMLElement {
    const { tag, themeKey } = this.look();
    const element = $getDocument().createElement(tag);
    const className = (config.theme as Record<string, unknown>)[themeKey];
    if (typeof className === 'string' && className) element.className = className;
    return element;
  }

  override updateDOM(): boolean {
    return false;
  }

  override exportDOM(editor: LexicalEditor): DOMExportOutput {
    const { element } = super.exportDOM(editor);
    if (isHTMLElement(element)) {
      element.setAttribute(`data-${this.look().marker}`, 'true');
      const direction = this.getDirection();
      if (direction) element.dir = direction;
    }
    return { element };
  }

  /** Enter in a top block starts body text: what follows the caret becomes a paragraph in the same direction. */
  override insertNewAfter(_selection: RangeSelection | null, restoreSelection = true): ParagraphNode {
    const paragraph = $createParagraphNode().setDirection(this.getDirection());
    this.insertAfter(paragraph, restoreSelection);
    return paragraph;
  }

  /** Backspace at the start must not merge the block away or turn it into a paragraph. */
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

/** The importDOM rule for a top block: only our own marked export converts. */
export function topBlockImport(marker: string, create: () => TopBlockNode) {
  return (element: HTMLElement) =>
    element.getAttribute(`data-${marker}`) === 'true' ? { conversion: () => ({ node: create() }), priority: 1 as const } : null;
}
