import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UnderlineLayer, type Underline } from './underlineLayer';

const SCREEN = 800;

/** A box at `top` (page coordinates) scrolled by `scroll`, as getBoundingClientRect reports it. */
const box = (top: number, height: number, scroll: number) => new DOMRect(100, top - scroll, 300, height);

/**
 * An article scrolled by `scroll.y` in a scrolling pane one screen high; each
 * block stands where the test puts it (`tops`, which a test may change: the
 * block moved) and its words' box is its first line; the article is
 * `size.width` wide.
 */
function article(tops: number[]) {
  const scroll = { y: 0 };
  const size = { width: 300 };
  const pane = document.createElement('div');
  pane.style.overflowY = 'auto';
  const page = document.createElement('div');
  const content = document.createElement('div');
  pane.append(page);
  page.append(content);
  document.body.append(pane);
  // One stand-in for every element's box (a spy per element would share the prototype's spy):
  // the pane is the screen, the underlines' layer covers the article page, which scrolls with
  // the pane, and each block stands where the test puts it.
  const boxes = new Map<Element, () => DOMRect>([
    [pane, () => new DOMRect(0, 0, 1000, SCREEN)],
    [content, () => new DOMRect(100, -scroll.y, size.width, 5000)],
  ]);
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    return boxes.get(this)?.() ?? box(0, 5000, scroll.y);
  });
  const blocks = tops.map((_, index) => {
    const block = document.createElement('p');
    content.append(block);
    boxes.set(block, () => box(tops[index]!, 40, scroll.y));
    return block;
  });
  const underline = (block: number, text: string): Underline => {
    const range = document.createRange();
    vi.spyOn(range, 'getClientRects').mockImplementation(() => [box(tops[block]!, 30, scroll.y)] as unknown as DOMRectList);
    return { block: blocks[block]!, severity: 'error', range, text };
  };
  return { pane, page, content, blocks, underline, scroll, size };
}

/** A ResizeObserver the test fires: the article changed size. */
class FakeResizeObserver {
  static last: FakeResizeObserver;
  constructor(readonly fire: () => void) {
    FakeResizeObserver.last = this;
  }
  observe() {}
  disconnect() {}
}

/** The words with a line drawn, and where the lines stand relative to the article page (a block's lines hang at its top). */
const drawn = (page: HTMLElement) =>
  [...page.querySelectorAll<HTMLElement>('.proof-underline')].map(
    (mark) => `${mark.dataset.text}@${parseFloat(mark.parentElement!.style.top) + parseFloat(mark.style.top)}`,
  );

describe('UnderlineLayer', () => {
  beforeEach(() => {
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => setTimeout(() => callback(0), 0) as unknown as number);
    vi.stubGlobal('cancelAnimationFrame', (handle: number) => clearTimeout(handle));
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    document.body.replaceChildren();
  });
  const frame = () => new Promise((resolve) => setTimeout(resolve, 5));

  it('draws the lines of the blocks on screen and a screen around it, under their words, in a layer outside the editable text', async () => {
    const { page, content, blocks, underline } = article([100, 1200, 3000]);
    const layer = new UnderlineLayer(content);
    const asked: boolean[] = [];
    layer.set((isNear) => {
      asked.push(...blocks.map(isNear));
      return [underline(0, 'الحكومه'), underline(1, 'في في'), underline(2, 'بعيدة')];
    });
    await frame();
    // The source can skip locating the words of blocks far from the screen.
    expect(asked).toEqual([true, true, false]);
    // The layer's own box is the article page's (0 here): a line sits just above the bottom of its words' box.
    expect(drawn(page)).toEqual(['الحكومه@127', 'في في@1227']);
    expect(content.querySelector('.proof-underline')).toBeNull();
    expect(page.querySelector('.proof-underlines')?.getAttribute('aria-hidden')).toBe('true');
    layer.dispose();
    expect(page.querySelector('.proof-underlines')).toBeNull();
  });

  it('draws again only once the screen leaves the drawn band', async () => {
    const { pane, page, content, underline, scroll } = article([100, 1200, 3000]);
    const layer = new UnderlineLayer(content);
    layer.set(() => [underline(0, 'أ'), underline(2, 'ج')]);
    await frame();
    const spy = vi.spyOn(page.querySelector('.proof-underlines')!, 'replaceChildren');

    scroll.y = 500;
    pane.dispatchEvent(new Event('scroll'));
    await frame();
    expect(spy).not.toHaveBeenCalled();

    scroll.y = 2600;
    pane.dispatchEvent(new Event('scroll'));
    await frame();
    expect(spy).toHaveBeenCalledTimes(1);
    expect(drawn(page)).toEqual(['ج@3027']);
  });

  it('takes the lines off an edited block at once and keeps them off until the next findings', async () => {
    const { page, content, blocks, underline } = article([100, 300]);
    const layer = new UnderlineLayer(content);
    const underlines = [underline(0, 'أ'), underline(1, 'ب')];
    layer.set(() => underlines);
    await frame();
    layer.hide([blocks[0]!]);
    expect(drawn(page)).toEqual(['ب@327']);

    // A redraw for another reason (the article resized) leaves the edited block bare.
    FakeResizeObserver.last.fire();
    await frame();
    expect(drawn(page)).toEqual(['ب@327']);

    layer.set(() => underlines);
    await frame();
    expect(drawn(page)).toEqual(['أ@127', 'ب@327']);
  });

  it('moves the lines of blocks that moved when the article grows, at once and without drawing them again', async () => {
    const tops = [100, 300, 600];
    const { page, content, blocks, underline } = article(tops);
    const layer = new UnderlineLayer(content);
    layer.set(() => [underline(1, 'ب'), underline(2, 'ج')]);
    await frame();
    const redraws = vi.spyOn(page.querySelector('.proof-underlines')!, 'replaceChildren');

    // A line wrapped in the first block as one typed: the blocks below moved down by one line.
    tops[1] = 340;
    tops[2] = 640;
    FakeResizeObserver.last.fire();
    expect(drawn(page)).toEqual(['ب@367', 'ج@667']);
    await frame();
    expect(redraws).not.toHaveBeenCalled();

    // A block deleted since: its lines go with it.
    blocks[2]!.remove();
    FakeResizeObserver.last.fire();
    expect(drawn(page)).toEqual(['ب@367']);
  });

  it("draws every line again when the article's width changes (its lines wrap anew)", async () => {
    const tops = [100, 300];
    const { page, content, underline, size } = article(tops);
    const layer = new UnderlineLayer(content);
    const underlines = [underline(0, 'أ'), underline(1, 'ب')];
    layer.set(() => underlines);
    await frame();
    const redraws = vi.spyOn(page.querySelector('.proof-underlines')!, 'replaceChildren');

    size.width = 250;
    tops[1] = 360;
    FakeResizeObserver.last.fire();
    await frame();
    expect(redraws).toHaveBeenCalledTimes(1);
    expect(drawn(page)).toEqual(['أ@127', 'ب@387']);
  });
});
