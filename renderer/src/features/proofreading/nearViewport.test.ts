import { afterEach, describe, expect, it, vi } from 'vitest';
import { NearViewport } from './nearViewport';

/** An IntersectionObserver the test drives: it reports what the test says is on screen. */
class FakeObserver {
  static last: FakeObserver;
  readonly targets = new Set<Element>();
  constructor(private readonly callback: (entries: Array<{ target: Element; isIntersecting: boolean }>) => void) {
    FakeObserver.last = this;
  }
  observe(element: Element) {
    this.targets.add(element);
  }
  unobserve(element: Element) {
    this.targets.delete(element);
  }
  disconnect() {
    this.targets.clear();
  }
  report(...entries: Array<[Element, boolean]>) {
    this.callback(entries.map(([target, isIntersecting]) => ({ target, isIntersecting })));
  }
}

const block = () => document.createElement('p');

describe('NearViewport', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('counts a block as near once its element reports, and tells only on a change', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const onChange = vi.fn();
    const near = new NearViewport(null, onChange);
    const [a, b] = [block(), block()];
    near.track(new Map([['a', a], ['b', b]]));
    expect(near.has('a')).toBe(false);

    FakeObserver.last.report([a, true], [b, false]);
    expect([near.has('a'), near.has('b')]).toEqual([true, false]);
    expect(onChange).toHaveBeenCalledTimes(1);

    FakeObserver.last.report([a, true]);
    expect(onChange).toHaveBeenCalledTimes(1);
    FakeObserver.last.report([a, false]);
    expect(near.has('a')).toBe(false);
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('keeps a block near while its replaced element has yet to report, and forgets blocks no longer tracked', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const near = new NearViewport(null, () => undefined);
    const [a, b] = [block(), block()];
    near.track(new Map([['a', a], ['b', b]]));
    FakeObserver.last.report([a, true], [b, true]);

    const newA = block();
    near.track(new Map([['a', newA]]));
    expect(near.has('a')).toBe(true);
    expect(near.has('b')).toBe(false);
    expect([...FakeObserver.last.targets]).toEqual([newA]);
  });

  it('counts every block as near where the browser has no IntersectionObserver', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const near = new NearViewport(null, () => undefined);
    near.track(new Map([['a', block()]]));
    expect(near.has('a')).toBe(true);
  });
});
