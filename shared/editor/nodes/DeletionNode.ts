import { ElementNode, type DOMConversionOutput, type LexicalNode } from 'lexical';
import { readSuggestionMeta, SuggestionNode, suggestionStateConfigs, type SuggestionMeta } from './SuggestionNode';

export const DELETION_NODE_TYPE = 'midad-deletion';

function $convertDel(element: HTMLElement): DOMConversionOutput {
  return { node: $createDeletionNode(readSuggestionMeta(element)) };
}

/** Text an editor proposes to remove: shown struck through, still there until the deletion is accepted. */
export class DeletionNode extends SuggestionNode {
  override $config() {
    return this.config(DELETION_NODE_TYPE, {
      extends: ElementNode,
      importDOM: {
        del: (element: HTMLElement) => (element.hasAttribute('data-suggestion-id') ? { conversion: $convertDel, priority: 1 } : null),
      },
      stateConfigs: suggestionStateConfigs,
    });
  }

  tag(): 'del' {
    return 'del';
  }

  themeKey(): string {
    return 'suggestionDeletion';
  }
}

export function $createDeletionNode(meta: SuggestionMeta): DeletionNode {
  return new DeletionNode().setSuggestion(meta);
}

export function $isDeletionNode(node: LexicalNode | null | undefined): node is DeletionNode {
  return node instanceof DeletionNode;
}
