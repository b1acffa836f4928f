import { $getDocument, DecoratorNode, type DOMExportOutput, type LexicalNode } from 'lexical';

export const SEPARATOR_NODE_TYPE = 'midad-separator';

/** A thematic break between parts of the story. */
export class SeparatorNode extends DecoratorNode<unknown> {
  override $config() {
    return this.config(SEPARATOR_NODE_TYPE, {
      extends: DecoratorNode,
      importDOM: { hr: () => ({ conversion: () => ({ node: $createSeparatorNode() }), priority: 1 }) },
    });
  }

  override createDOM(): HTMLElement {
    return $getDocument().createElement('hr');
  }

  override updateDOM(): false {
    return false;
  }

  override exportDOM(): DOMExportOutput {
    return { element: $getDocument().createElement('hr') };
  }

  override decorate(): unknown {
    return null;
  }

  override isInline(): false {
    return false;
  }
}

export function $createSeparatorNode(): SeparatorNode {
  return new SeparatorNode();
}

export function $isSeparatorNode(node: LexicalNode | null | undefined): node is SeparatorNode {
  return node instanceof SeparatorNode;
}
