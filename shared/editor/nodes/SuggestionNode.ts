import {
  $getDocument,
  $getState,
  $setState,
  ElementNode,
  isHTMLElement,
  type DOMExportOutput,
  type EditorConfig,
  type LexicalEditor,
} from 'lexical';
import { stringState } from './nodeState';

/** Who proposed a change and when; the same id joins the halves of a replacement. */
export interface SuggestionMeta {
  suggestionId: string;
  author: string;
  /** ISO 8601. */
  at: string;
}

const suggestionStates = {
  suggestionId: stringState('suggestionId'),
  author: stringState('author'),
  at: stringState('at'),
} as const;

/** Flat on the node: `"suggestionId": "…", "author": "…", "at": "…"`. */
export const suggestionStateConfigs = Object.values(suggestionStates).map((stateConfig) => ({ stateConfig, flat: true }));

/** "author · 2026-11-22 19:20": the tooltip, the same on every machine (the panel shows local time). */
export function suggestionTitle(meta: Pick<SuggestionMeta, 'author' | 'at'>): string {
  const time = meta.at.replace('T', ' ').slice(0, 16);
  return [meta.author, time].filter(Boolean).join(' · ');
}

export function readSuggestionMeta(element: HTMLElement): SuggestionMeta {
  return {
    suggestionId: element.getAttribute('data-suggestion-id') ?? '',
    author: element.getAttribute('data-author') ?? '',
    at: element.getAttribute('data-at') ?? '',
  };
}

/**
 * Text an editor proposed to add, remove or reformat, wrapped inline so it
 * stays visible until the journalist accepts or rejects it. Typing never
 * flows into a suggestion from its edges: the suggestion-mode plugin decides
 * where new text goes (into the same author's insertion, or a new one).
 */
export abstract class SuggestionNode extends ElementNode {
  abstract tag(): 'ins' | 'del' | 'span';
  abstract themeKey(): string;

  getSuggestion(): SuggestionMeta {
    const self = this.getLatest();
    return {
      suggestionId: $getState(self, suggestionStates.suggestionId),
      author: $getState(self, suggestionStates.author),
      at: $getState(self, suggestionStates.at),
    };
  }

  getSuggestionId(): string {
    return $getState(this, suggestionStates.suggestionId);
  }

  setSuggestion(meta: SuggestionMeta): this {
    return $setState(
      $setState($setState(this, suggestionStates.suggestionId, meta.suggestionId), suggestionStates.author, meta.author),
      suggestionStates.at,
      meta.at,
    );
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const element = $getDocument().createElement(this.tag());
    const className = (config.theme as Record<string, unknown>)[this.themeKey()];
    if (typeof className === 'string' && className) element.className = className;
    this.decorateElement(element);
    return element;
  }

  override updateDOM(previous: this, element: HTMLElement): boolean {
    if (JSON.stringify(previous.getSuggestion()) !== JSON.stringify(this.getSuggestion())) this.decorateElement(element);
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

  protected decorateElement(element: HTMLElement): void {
    const meta = this.getSuggestion();
    element.setAttribute('data-suggestion-id', meta.suggestionId);
    element.setAttribute('data-author', meta.author);
    element.setAttribute('data-at', meta.at);
    element.title = suggestionTitle(meta);
  }

  override isInline(): true {
    return true;
  }

  override canBeEmpty(): false {
    return false;
  }

  override canInsertTextBefore(): false {
    return false;
  }

  override canInsertTextAfter(): false {
    return false;
  }
}
