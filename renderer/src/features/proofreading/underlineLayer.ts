import type { Severity } from '../../../../shared/proofreading/types';
import { scrollParent } from '../../ui/scrollParent';

/** One underlined stretch of text: the top-level block it lies in, how serious it is, and its words. */
export interface Underline {
  block: Element;
  severity: Severity;
  range: Range;
  text: string;
}

/**
 * The underlines to draw, asked for at each drawing: `isNear` says which
 * blocks are in the drawn band, so the caller need not locate the words of
 * the rest of a long article (the layer draws near blocks only either way).
 */
export type UnderlineSource = (isNear: (block: Element) => boolean) => readonly Underline[];

/** How far above and below the visible part of the article underlines are drawn, in screens. */
const MARGIN_SCREENS = 1;
/** The line sits this far above the bottom of the words' box (their descenders). */
const LINE_RISE_PX = 3;

interface Band {
  top: number;
  bottom: number;
}

/** A block's lines, and where the block's top stood (layer coordinates) when they were placed. */
interface BlockLines {
  group: HTMLElement;
  top: number;
}

/**
 * Proofreading underlines drawn in a layer of our own on the article page,
 * beneath the text (see proofreading.css) and outside Lexical's DOM. CSS
 * custom highlights looked cheaper but are not:
 * Chromium re-marks every highlight and repaints each text node holding one
 * on any change to the document, i.e. on every key, which cost typing about a
 * millisecond per underlined paragraph on screen. This layer is drawn from the
 * ranges' boxes only when the findings change, the article's width changes or
 * it scrolls out of the drawn band (the screen and one more above and below,
 * so a long story costs what a short one does); typing in a block hides that
 * block's underlines until the next answer, as native spellcheckers do.
 *
 * Each block's lines hang in a group placed at the block's top. When the
 * article only grows or shrinks in height (a line wraps as one types, a
 * picture loads) the blocks below merely moved: their groups follow them in
 * the same frame, from the blocks' boxes alone. Redrawing every line instead
 * cost a second frame of several milliseconds at each wrap, and for one frame
 * the lines stood a line off their words.
 */
export class UnderlineLayer {
  private readonly layer: HTMLElement;
  private source: UnderlineSource = () => [];
  /** Blocks edited since the underlines were set: their words moved from under their lines. */
  private readonly hidden = new Set<Element>();
  private readonly drawn = new Map<Element, BlockLines>();
  private band: Band | null = null;
  /** The article's width when the lines were drawn: another width wraps every line anew. */
  private drawnWidth: number | null = null;
  private frame = 0;
  private redraw = false;
  private readonly resizes: ResizeObserver | null;
  private readonly scrollTarget: HTMLElement | Window;

  constructor(private readonly content: HTMLElement) {
    this.layer = document.createElement('div');
    this.layer.className = 'proof-underlines';
    this.layer.setAttribute('aria-hidden', 'true');
    content.after(this.layer);
    this.scrollTarget = scrollParent(content) ?? window;
    this.scrollTarget.addEventListener('scroll', this.onScroll, { passive: true });
    this.resizes = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => this.onResize());
    this.resizes?.observe(content);
  }

  /** Underlines these stretches from now on (all blocks shown again). */
  set(source: UnderlineSource): void {
    this.source = source;
    this.hidden.clear();
    this.schedule();
  }

  /** Takes the lines off these blocks until the next `set`: their text is being edited. */
  hide(blocks: readonly Element[]): void {
    for (const block of blocks) {
      this.hidden.add(block);
      this.drawn.get(block)?.group.remove();
      this.drawn.delete(block);
    }
  }

  dispose(): void {
    cancelAnimationFrame(this.frame);
    this.scrollTarget.removeEventListener('scroll', this.onScroll);
    this.resizes?.disconnect();
    this.layer.remove();
  }

  // Scrolling asks for a look at the next frame, never reads the layout itself: after a paste
  // or an edit the layout is stale, and reading it in the scroll event would lay out at once.
  private readonly onScroll = () => this.schedule(false);

  /**
   * A new width: every line wraps anew, draw again. The same width: blocks only moved up or
   * down, and their groups follow now (observers are told after layout, so reading the
   * blocks' boxes here costs no extra layout, and the moved lines are painted with the text).
   */
  private onResize(): void {
    if (this.content.getBoundingClientRect().width !== this.drawnWidth) {
      this.schedule();
      return;
    }
    const originTop = this.layer.getBoundingClientRect().top;
    for (const [block, lines] of this.drawn) {
      if (!block.isConnected) {
        lines.group.remove();
        this.drawn.delete(block);
        continue;
      }
      const top = block.getBoundingClientRect().top - originTop;
      if (top === lines.top) continue;
      lines.group.style.top = `${top}px`;
      lines.top = top;
    }
  }

  /** Draws at the next frame: always (`redraw`), or only if the screen left the drawn band. */
  private schedule(redraw = true): void {
    this.redraw ||= redraw;
    this.frame ||= requestAnimationFrame(() => {
      this.frame = 0;
      const origin = this.layer.getBoundingClientRect();
      const view = this.visible(origin);
      const band = this.band;
      if (this.redraw || !band || view.top < band.top || view.bottom > band.bottom) this.draw(origin, view);
      this.redraw = false;
    });
  }

  /** The part of the article on screen, in the layer's coordinates. */
  private visible(origin: DOMRect): Band {
    const view = this.scrollTarget instanceof Window ? { top: 0, bottom: window.innerHeight } : this.scrollTarget.getBoundingClientRect();
    return { top: view.top - origin.top, bottom: view.bottom - origin.top };
  }

  private draw(origin: DOMRect, view: Band): void {
    const margin = (view.bottom - view.top) * MARGIN_SCREENS;
    const band = { top: view.top - margin, bottom: view.bottom + margin };
    const near = new Map<Element, boolean>();
    const isNear = (block: Element) => {
      let answer = near.get(block);
      if (answer === undefined) {
        const box = block.getBoundingClientRect();
        answer = block.isConnected && box.bottom - origin.top >= band.top && box.top - origin.top <= band.bottom;
        near.set(block, answer);
      }
      return answer;
    };
    this.drawn.clear();
    for (const underline of this.source(isNear)) {
      if (this.hidden.has(underline.block) || !isNear(underline.block)) continue;
      const lines = this.drawn.get(underline.block) ?? this.startLines(underline.block, origin);
      for (const box of underline.range.getClientRects()) {
        if (box.width === 0) continue;
        const mark = document.createElement('div');
        mark.className = `proof-underline proof-${underline.severity}`;
        mark.dataset.text = underline.text;
        mark.style.left = `${box.left - origin.left}px`;
        mark.style.top = `${box.bottom - origin.top - lines.top - LINE_RISE_PX}px`;
        mark.style.width = `${box.width}px`;
        lines.group.append(mark);
      }
    }
    this.layer.replaceChildren(...[...this.drawn.values()].map((lines) => lines.group));
    this.drawnWidth = this.content.getBoundingClientRect().width;
    this.band = band;
  }

  /** An empty group for a block's lines, hung at the block's top. */
  private startLines(block: Element, origin: DOMRect): BlockLines {
    const group = document.createElement('div');
    group.className = 'proof-block-lines';
    const top = block.getBoundingClientRect().top - origin.top;
    group.style.top = `${top}px`;
    const lines = { group, top };
    this.drawn.set(block, lines);
    return lines;
  }
}
