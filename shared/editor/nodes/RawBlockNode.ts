import { $getDocument, $getState, $setState, createState, DecoratorNode, type DOMExportOutput, type LexicalNode } from 'lexical';

export const RAW_BLOCK_NODE_TYPE = 'midad-rawblock';

const nameState = createState('name', { parse: (value): string => (typeof value === 'string' ? value : '') });
const markupState = createState('markup', { parse: (value): string => (typeof value === 'string' ? value : '') });

/**
 * A block pulled from a WordPress site that Midad has no node for (columns,
 * a plugin's block…), kept as the exact markup the site sent so that an
 * update sends it back unchanged. Exports never render that markup: it is
 * the site's HTML, not ours to trust.
 */
export class RawBlockNode extends DecoratorNode<unknown> {
  override $config() {
    return this.config(RAW_BLOCK_NODE_TYPE, {
      extends: DecoratorNode,
      stateConfigs: [
        { stateConfig: nameState, flat: true },
        { stateConfig: markupState, flat: true },
      ],
    });
  }

  getName(): string {
    return $getState(this, nameState);
  }

  getMarkup(): string {
    return $getState(this, markupState);
  }

  setBlock(name: string, markup: string): this {
    return $setState($setState(this, nameState, name), markupState, markup);
  }

  override createDOM(): HTMLElement {
    return $getDocument().createElement('div');
  }

  override updateDOM(): false {
    return false;
  }

  override exportDOM(): DOMExportOutput {
    const element = $getDocument().createElement('div');
    element.setAttribute('data-midad-rawblock', this.getName());
    return { element };
  }

  override decorate(): unknown {
    return null;
  }

  override isInline(): false {
    return false;
  }
}

export function $createRawBlockNode(name = '', markup = ''): RawBlockNode {
  return new RawBlockNode().setBlock(name, markup);
}

export function $isRawBlockNode(node: LexicalNode | null | undefined): node is RawBlockNode {
  return node instanceof RawBlockNode;
}
