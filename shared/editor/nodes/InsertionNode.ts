import { ElementNode, type DOMConversionOutput, type LexicalNode } from 'lexical';
import { readSuggestionMeta, SuggestionNode, suggestionStateConfigs, type SuggestionMeta } from './SuggestionNode';

export const INSERTION_NODE_TYPE = 'midad-insertion';

function $convertIns(element: HTMLElement): DOMConversionOutput {
  return { node: $createInsertionNode(readSuggestionMeta(element)) };
}

/** Text an editor proposes to add: shown underlined; accepting keeps the text, rejecting removes it. */
export class InsertionNode extends SuggestionNode {
  override $config() {
    return this.config(INSERTION_NODE_TYPE, {
      extends: ElementNode,
      importDOM: {
        ins: (element: HTMLElement) => (element.hasAttribute('data-suggestion-id') ? { conversion: $convertIns, priority: 1 } : null),
      },
      stateConfigs: suggestionStateConfigs,
    });
  }

  tag(): 'ins' {
    return 'ins';
  }

  themeKey(): string {
    return 'suggestionInsertion';
  }
}

export function $createInsertionNode(meta: SuggestionMeta): InsertionNode {
  return new InsertionNode().setSuggestion(meta);
}

export function $isInsertionNode(node: LexicalNode | null | undefined): node is InsertionNode {
  return node instanceof InsertionNode;
}
