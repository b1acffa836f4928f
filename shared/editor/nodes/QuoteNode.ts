import {
  $getDocument,
  $getState,
  $setState,
  createState,
  ElementNode,
  isHTMLElement,
  type DOMConversionOutput,
  type DOMExportOutput,
  type EditorConfig,
  type LexicalEditor,
  type LexicalNode,
  type SerializedElementNode,
} from 'lexical';
import { attributionSchema, type Attribution } from '../../model/source';
import { readAttribution, writeAttribution } from './attributionDom';
import { attributionState } from './nodeState';
import type { SuggestionMeta } from './SuggestionNode';

export const QUOTE_NODE_TYPE = 'midad-quote';
export type QuoteKind = 'speech' | 'term';
export type SerializedQuoteNode = SerializedElementNode & { quoteKind: QuoteKind; attribution?: Attribution };

const quoteKindState = createState('quoteKind', {
  parse: (value): QuoteKind => (value === 'term' ? 'term' : 'speech'),
});

/** An editor's proposed new source for the quote, pending until accepted or rejected. */
export type AttributionSuggestion = SuggestionMeta & { attribution: Attribution };

/** Absent in documents saved before suggestions existed, and whenever nothing is pending. */
const attributionSuggestionState = createState('attributionSuggestion', {
  parse: (value): AttributionSuggestion | null => {
    if (typeof value !== 'object' || value === null) return null;
    const { suggestionId, author, at, attribution } = value as Record<string, unknown>;
    const parsed = attributionSchema.safeParse(attribution ?? {});
    if (typeof suggestionId !== 'string' || !suggestionId || !parsed.success) return null;
    return { suggestionId, author: typeof author === 'string' ? author : '', at: typeof at === 'string' ? at : '', attribution: parsed.data };
  },
  isEqual: (a, b) => JSON.stringify(a) === JSON.stringify(b),
});

function $convertQuoteElement(element: HTMLElement): DOMConversionOutput {
  const kind: QuoteKind = element.getAttribute('data-midad-quote') === 'term' ? 'term' : 'speech';
  return { node: $createQuoteNode(kind, readAttribution(element)) };
}

/**
 * Quoted words inside a paragraph (the common case in news copy). The node
 * holds the words without their quotation marks: the marks are drawn from the
 * house style, so they are always balanced and on the right side in RTL.
 * `speech` wants a source; `term` is a name or term in quotation marks.
 */
export class QuoteNode extends ElementNode {
  override $config() {
    return this.config(QUOTE_NODE_TYPE, {
      extends: ElementNode,
      importDOM: { q: () => ({ conversion: $convertQuoteElement, priority: 1 }) },
      stateConfigs: [
        { stateConfig: quoteKindState, flat: true },
        { stateConfig: attributionState, flat: true },
        { stateConfig: attributionSuggestionState, flat: true },
      ],
    });
  }

  getQuoteKind(): QuoteKind {
    return $getState(this, quoteKindState);
  }

  setQuoteKind(kind: QuoteKind): this {
    return $setState(this, quoteKindState, kind);
  }

  getAttribution(): Attribution {
    return $getState(this, attributionState);
  }

  setAttribution(attribution: Attribution): this {
    return $setState(this, attributionState, attribution);
  }

  getAttributionSuggestion(): AttributionSuggestion | null {
    return $getState(this, attributionSuggestionState);
  }

  setAttributionSuggestion(suggestion: AttributionSuggestion | null): this {
    return $setState(this, attributionSuggestionState, suggestion);
  }

  /** Written even when it is the default, so code reading the JSON without Lexical sees the kind. */
  override exportJSON(): SerializedQuoteNode {
    return { ...super.exportJSON(), quoteKind: this.getQuoteKind() };
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const element = $getDocument().createElement('q');
    const className = (config.theme as { inlineQuote?: string }).inlineQuote;
    if (className) element.className = className;
    this.decorateElement(element);
    return element;
  }

  override updateDOM(previous: this, element: HTMLElement): boolean {
    if (
      previous.getQuoteKind() !== this.getQuoteKind() ||
      previous.getAttribution() !== this.getAttribution() ||
      previous.getAttributionSuggestion() !== this.getAttributionSuggestion()
    ) {
      for (const name of element.getAttributeNames()) if (name.startsWith('data-')) element.removeAttribute(name);
      this.decorateElement(element);
    }
    return false;
  }

  override exportDOM(editor: LexicalEditor): DOMExportOutput {
    const { element } = super.exportDOM(editor);
    if (isHTMLElement(element)) {
      element.removeAttribute('class');
      this.decorateElement(element);
    }
    return { element };
  }

  private decorateElement(element: HTMLElement): void {
    element.setAttribute('data-midad-quote', this.getQuoteKind());
    if (this.getQuoteKind() === 'speech') writeAttribution(element, this.getAttribution());
    const suggestion = this.getAttributionSuggestion();
    if (suggestion) element.setAttribute('data-suggestion-id', suggestion.suggestionId);
  }

  override isInline(): true {
    return true;
  }

  override canBeEmpty(): false {
    return false;
  }

  /** Typing at either edge goes outside the quote, after or before its quotation mark. */
  override canInsertTextBefore(): false {
    return false;
  }

  override canInsertTextAfter(): false {
    return false;
  }
}

export function $createQuoteNode(kind: QuoteKind = 'speech', attribution: Attribution = {}): QuoteNode {
  return new QuoteNode().setQuoteKind(kind).setAttribution(attribution);
}

export function $isQuoteNode(node: LexicalNode | null | undefined): node is QuoteNode {
  return node instanceof QuoteNode;
}
