import { describe, expect, it } from 'vitest';
import { cascade, placeWindow, type Rectangle } from './bounds';

const laptop: Rectangle = { x: 0, y: 0, width: 1440, height: 870 };
const rightMonitor: Rectangle = { x: 1440, y: 0, width: 2560, height: 1400 };
const defaultSize = { width: 1200, height: 800 };
const minimumSize = { width: 480, height: 360 };

const inside = (bounds: Rectangle, area: Rectangle) =>
  bounds.x >= area.x &&
  bounds.y >= area.y &&
  bounds.x + bounds.width <= area.x + area.width &&
  bounds.y + bounds.height <= area.y + area.height;

describe('placeWindow', () => {
  it('centres the default size on the primary display the first time', () => {
    expect(placeWindow(undefined, [laptop, rightMonitor], defaultSize, minimumSize)).toEqual({
      x: 120,
      y: 35,
      width: 1200,
      height: 800,
    });
  });

  it('restores a window exactly where it was when that place is visible', () => {
    const saved = { x: 2000, y: 100, width: 1000, height: 900 };
    expect(placeWindow(saved, [laptop, rightMonitor], defaultSize, minimumSize)).toEqual(saved);
  });

  it('brings back a window from a monitor that is gone', () => {
    const saved = { x: 2000, y: 100, width: 1000, height: 900 };
    const placed = placeWindow(saved, [laptop], defaultSize, minimumSize);
    expect(inside(placed, laptop)).toBe(true);
    expect(placed.width).toBe(1000);
    expect(placed.height).toBe(laptop.height);
  });

  it('pulls a window hanging off the edge fully onto the display it mostly covers', () => {
    const placed = placeWindow({ x: 1300, y: -50, width: 800, height: 600 }, [laptop, rightMonitor], defaultSize, minimumSize);
    expect(inside(placed, rightMonitor)).toBe(true);
  });

  it('shrinks a window larger than its display and never below the minimum', () => {
    expect(placeWindow({ x: 0, y: 0, width: 5000, height: 5000 }, [laptop], defaultSize, minimumSize)).toEqual(laptop);
    const tiny = placeWindow({ x: 10, y: 10, width: 20, height: 20 }, [laptop], defaultSize, minimumSize);
    expect([tiny.width, tiny.height]).toEqual([480, 360]);
  });

  it('handles displays placed left of and above the primary one', () => {
    const leftMonitor = { x: -1920, y: -200, width: 1920, height: 1080 };
    const saved = { x: -1800, y: -150, width: 900, height: 700 };
    expect(placeWindow(saved, [laptop, leftMonitor], defaultSize, minimumSize)).toEqual(saved);
  });
});

describe('cascade', () => {
  it('offsets a window opened on top of another and wraps at the screen edge', () => {
    const bounds = { x: 100, y: 100, width: 800, height: 600 };
    expect(cascade(bounds, [], laptop)).toEqual(bounds);
    expect(cascade(bounds, [bounds], laptop)).toEqual({ ...bounds, x: 128, y: 128 });
    const atEdge = { x: 640, y: 270, width: 800, height: 600 };
    expect(cascade(atEdge, [atEdge], laptop)).toEqual({ ...atEdge, x: 0, y: 0 });
  });
});
