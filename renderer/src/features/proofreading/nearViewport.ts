import { $getRoot, type LexicalEditor } from 'lexical';
import { $blockIdOf } from './liveBlocks';

/**
 * The blocks with findings that are on screen or within a screen of it.
 * Chromium rebuilds every custom-highlight marker on each DOM change (each
 * key) and repaints every text node that holds one: underlining only these
 * blocks keeps that work to what can be seen, on a 40,000-word story as on a
 * short one. The margin underlines a block before it scrolls into view.
 */
export class NearViewport {
  private readonly near = new Set<string>();
  private readonly watched = new Map<Element, string>();
  private readonly observer: IntersectionObserver | null;

  constructor(scroller: Element | null, onChange: () => void) {
    this.observer =
      typeof IntersectionObserver === 'undefined'
        ? null
        : new IntersectionObserver(
            (entries) => {
              let changed = false;
              for (const entry of entries) {
                const id = this.watched.get(entry.target);
                if (id === undefined || entry.isIntersecting === this.near.has(id)) continue;
                if (entry.isIntersecting) this.near.add(id);
                else this.near.delete(id);
                changed = true;
              }
              if (changed) onChange();
            },
            { root: scroller, rootMargin: '100% 0px' },
          );
  }

  /** Watches these blocks' elements from now on, and no others. */
  track(elements: ReadonlyMap<string, Element>): void {
    if (!this.observer) return;
    for (const [element, id] of this.watched) {
      if (elements.get(id) === element) continue;
      this.observer.unobserve(element);
      this.watched.delete(element);
      // A block whose element was replaced stays near until its new element reports.
      if (!elements.has(id)) this.near.delete(id);
    }
    for (const [id, element] of elements) {
      if (this.watched.has(element)) continue;
      this.watched.set(element, id);
      this.observer.observe(element);
    }
  }

  /** Without IntersectionObserver every block counts as near. */
  has(blockId: string): boolean {
    return !this.observer || this.near.has(blockId);
  }

  dispose(): void {
    this.observer?.disconnect();
  }
}

/** The nearest ancestor that scrolls the editor (the margin is a share of its height), or null for the window. */
export function scrollParent(element: Element): Element | null {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    if (/auto|scroll/.test(getComputedStyle(parent).overflowY)) return parent;
  }
  return null;
}

/** The elements of the top-level blocks with these ids. */
export function blockElements(editor: LexicalEditor, blockIds: ReadonlySet<string>): Map<string, Element> {
  const elements = new Map<string, Element>();
  if (blockIds.size === 0) return elements;
  editor.getEditorState().read(() => {
    for (const node of $getRoot().getChildren()) {
      const id = $blockIdOf(node);
      if (!blockIds.has(id)) continue;
      const element = editor.getElementByKey(node.getKey());
      if (element) elements.set(id, element);
    }
  });
  return elements;
}
