import { $getState, $setState, createState, ElementNode, type DOMConversionOutput, type LexicalNode } from 'lexical';
import { readSuggestionMeta, SuggestionNode, suggestionStateConfigs, type SuggestionMeta } from './SuggestionNode';

export const FORMAT_CHANGE_NODE_TYPE = 'midad-format-change';

/** Lexical's text format bits (bold 1, italic 2, …) the wrapped text had before the suggestion. */
const previousFormatState = createState('previousFormat', {
  parse: (value): number => (typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : 0),
});

function $convertFormatChange(element: HTMLElement): DOMConversionOutput {
  const previous = Number(element.getAttribute('data-previous-format'));
  return { node: $createFormatChangeNode(readSuggestionMeta(element), Number.isInteger(previous) && previous >= 0 ? previous : 0) };
}

/**
 * A proposed change of bold, italic or underline. The text inside already
 * shows the new look; the wrapper keeps the format it had, so rejecting
 * puts it back. The suggestion-mode plugin wraps each run of text that had
 * one format in its own wrapper, all sharing the suggestion id.
 */
export class FormatChangeNode extends SuggestionNode {
  override $config() {
    return this.config(FORMAT_CHANGE_NODE_TYPE, {
      extends: ElementNode,
      importDOM: {
        span: (element: HTMLElement) =>
          element.hasAttribute('data-suggestion-id') && element.hasAttribute('data-previous-format')
            ? { conversion: $convertFormatChange, priority: 1 }
            : null,
      },
      stateConfigs: [...suggestionStateConfigs, { stateConfig: previousFormatState, flat: true }],
    });
  }

  tag(): 'span' {
    return 'span';
  }

  themeKey(): string {
    return 'suggestionFormat';
  }

  getPreviousFormat(): number {
    return $getState(this, previousFormatState);
  }

  setPreviousFormat(format: number): this {
    return $setState(this, previousFormatState, format);
  }

  /** Written even when 0 (plain), so the JSON alone says what rejecting restores. */
  override exportJSON() {
    return { ...super.exportJSON(), previousFormat: this.getPreviousFormat() };
  }

  protected override decorateElement(element: HTMLElement): void {
    super.decorateElement(element);
    element.setAttribute('data-previous-format', String(this.getPreviousFormat()));
  }
}

export function $createFormatChangeNode(meta: SuggestionMeta, previousFormat: number): FormatChangeNode {
  return new FormatChangeNode().setSuggestion(meta).setPreviousFormat(previousFormat);
}

export function $isFormatChangeNode(node: LexicalNode | null | undefined): node is FormatChangeNode {
  return node instanceof FormatChangeNode;
}
