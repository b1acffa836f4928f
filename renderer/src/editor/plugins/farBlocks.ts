import { scrollParent } from '../../ui/scrollParent';

/** Marks a top-level block the browser skips entirely (see editor.css). */
const FAR = 'data-far';
/** Blocks closer to the screen than this many screens, above or below, stay on `content-visibility: auto`. */
const MARGIN_SCREENS = 2;

/**
 * Keeps the blocks of the article that lie far from the screen on
 * `content-visibility: hidden` instead of `auto`.
 *
 * `auto` already spares the browser laying out and painting blocks off
 * screen, but it watches every such block with an intersection observer of
 * its own, at every frame: on a 40,000-word story (a thousand blocks) that
 * was two of the sixteen milliseconds of each keystroke, more than the
 * blocks' layout it saves. Here only the blocks near the screen are watched;
 * the rest are marked `data-far` and cost nothing until scrolling brings
 * them near. The band is found by bisecting the blocks' boxes (they stack
 * top to bottom), at most once a frame, after a scroll, a resize, or blocks
 * added or removed; typing looks only when a line wraps.
 *
 * What `hidden` gives up, and how it is kept: the browser cannot place the
 * caret in skipped content, so the blocks holding the selection are never
 * far (jumps further than a screen, such as Ctrl+End, go through Lexical:
 * EditorShortcutsPlugin). Skipped content is also absent from the accessibility
 * tree, which is why screen-reader users can turn this off (settings:
 * `screenReader`).
 */
export class FarBlocks {
  private frame = 0;
  private readonly scrollTarget: HTMLElement | Window;
  private readonly added: MutationObserver;
  private readonly resizes: ResizeObserver | null;

  constructor(private readonly content: HTMLElement) {
    this.scrollTarget = scrollParent(content) ?? window;
    this.scrollTarget.addEventListener('scroll', this.schedule, { passive: true });
    window.addEventListener('resize', this.schedule);
    document.addEventListener('selectionchange', this.onSelectionChange);
    this.added = new MutationObserver(this.schedule);
    this.added.observe(content, { childList: true });
    // The screen's height changing (a panel, the window) moves the band, and so does the article's
    // (zoom, fonts, pictures loading) without a scroll.
    this.resizes = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(this.schedule);
    this.resizes?.observe(content);
    if (this.scrollTarget instanceof HTMLElement) this.resizes?.observe(this.scrollTarget);
    this.schedule();
  }

  dispose(): void {
    cancelAnimationFrame(this.frame);
    this.scrollTarget.removeEventListener('scroll', this.schedule);
    window.removeEventListener('resize', this.schedule);
    document.removeEventListener('selectionchange', this.onSelectionChange);
    this.added.disconnect();
    this.resizes?.disconnect();
    for (const block of this.content.children) block.removeAttribute(FAR);
  }

  // Never reads the layout in the event itself: after an edit it is stale, and reading would lay
  // out at once; at the next frame it is laid out anyway, and the change is painted in that frame.
  private readonly schedule = () => {
    this.frame ||= requestAnimationFrame(() => {
      this.frame = 0;
      this.update();
    });
  };

  /** The selection moved into a far block (a find, a jump to a comment): render it at once. */
  private readonly onSelectionChange = () => {
    for (const block of this.selectedBlocks()) block.removeAttribute(FAR);
  };

  private update(): void {
    const blocks = this.content.children;
    const view = this.scrollTarget instanceof Window ? { top: 0, bottom: window.innerHeight } : this.scrollTarget.getBoundingClientRect();
    const margin = (view.bottom - view.top) * MARGIN_SCREENS;
    const first = firstIndex(blocks, (block) => block.getBoundingClientRect().bottom >= view.top - margin);
    const end = firstIndex(blocks, (block) => block.getBoundingClientRect().top > view.bottom + margin);
    const selected = this.selectedBlocks();
    for (let index = 0; index < blocks.length; index++) {
      const block = blocks[index]!;
      const far = (index < first || index >= end) && !selected.has(block);
      if (block.hasAttribute(FAR) !== far) block.toggleAttribute(FAR, far);
    }
  }

  /** The top-level blocks holding the ends of the selection. */
  private selectedBlocks(): Set<Element> {
    const selection = document.getSelection();
    const blocks = new Set<Element>();
    for (const node of [selection?.anchorNode, selection?.focusNode]) {
      const block = node && this.topLevelBlock(node);
      if (block) blocks.add(block);
    }
    return blocks;
  }

  private topLevelBlock(node: Node): Element | null {
    let current: Node | null = node;
    while (current && current.parentNode !== this.content) current = current.parentNode;
    return current instanceof Element ? current : null;
  }
}

/**
 * Scrolls an element of the article to the middle of the screen. The browser
 * will not scroll to an element inside a far block (its layout is skipped),
 * so that block is brought near first.
 */
export function scrollToArticleElement(element: Element | null | undefined): void {
  element?.closest(`[${FAR}]`)?.removeAttribute(FAR);
  element?.scrollIntoView({ block: 'center' });
}

/** The first index whose item passes `test`, for items that fail and then pass (or `length`). */
function firstIndex(items: HTMLCollection, test: (item: Element) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (test(items[middle]!)) high = middle;
    else low = middle + 1;
  }
  return low;
}
