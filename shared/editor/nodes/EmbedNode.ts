import { $getDocument, $getState, $setState, createState, DecoratorNode, type DOMConversionOutput, type DOMExportOutput, type LexicalNode } from 'lexical';
import { embedProvider, safeEmbedUrl, type EmbedProvider } from './embedProvider';

export const EMBED_NODE_TYPE = 'midad-embed';

const urlState = createState('url', { parse: (value): string => (typeof value === 'string' ? safeEmbedUrl(value) : '') });

function $convertEmbed(element: HTMLElement): DOMConversionOutput {
  const url = element.getAttribute('data-url') ?? element.querySelector('a')?.getAttribute('href') ?? '';
  const safe = safeEmbedUrl(url);
  return { node: safe ? $createEmbedNode(safe) : null };
}

/**
 * A YouTube video, a post on X, Facebook or Instagram, kept as its URL only:
 * the editor works offline and never fetches it. The provider is read from the URL.
 */
export class EmbedNode extends DecoratorNode<unknown> {
  override $config() {
    return this.config(EMBED_NODE_TYPE, {
      extends: DecoratorNode,
      importDOM: {
        figure: (element: HTMLElement) =>
          element.hasAttribute('data-midad-embed') ? { conversion: $convertEmbed, priority: 2 } : null,
      },
      stateConfigs: [{ stateConfig: urlState, flat: true }],
    });
  }

  getUrl(): string {
    return $getState(this, urlState);
  }

  setUrl(url: string): this {
    return $setState(this, urlState, safeEmbedUrl(url));
  }

  getProvider(): EmbedProvider {
    return embedProvider(this.getUrl());
  }

  override createDOM(): HTMLElement {
    return $getDocument().createElement('figure');
  }

  override updateDOM(): false {
    return false;
  }

  /** A plain link: the page stays readable offline and loads nothing from the provider. */
  override exportDOM(): DOMExportOutput {
    const doc = $getDocument();
    const figure = doc.createElement('figure');
    figure.setAttribute('data-midad-embed', this.getProvider());
    figure.setAttribute('data-url', this.getUrl());
    const link = doc.createElement('a');
    link.setAttribute('href', this.getUrl());
    link.setAttribute('rel', 'noopener noreferrer');
    link.append(doc.createTextNode(this.getUrl()));
    figure.append(link);
    return { element: figure };
  }

  override decorate(): unknown {
    return null;
  }

  override isInline(): false {
    return false;
  }

  override getTextContent(): string {
    return this.getUrl();
  }
}

export function $createEmbedNode(url = ''): EmbedNode {
  return new EmbedNode().setUrl(url);
}

export function $isEmbedNode(node: LexicalNode | null | undefined): node is EmbedNode {
  return node instanceof EmbedNode;
}
