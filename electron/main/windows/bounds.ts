export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

function overlapArea(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

function centred(size: Size, area: Rectangle): Rectangle {
  const width = Math.min(size.width, area.width);
  const height = Math.min(size.height, area.height);
  return {
    x: area.x + Math.round((area.width - width) / 2),
    y: area.y + Math.round((area.height - height) / 2),
    width,
    height,
  };
}

/**
 * Where a window opens, given where it was last closed. A window last seen on
 * a monitor that is now unplugged, or too large for the screen it is on, is
 * moved and shrunk so the whole of it, title bar included, is visible.
 * `workAreas` are the displays' usable areas (without task bars); the first is the primary one.
 */
export function placeWindow(
  saved: Rectangle | undefined,
  workAreas: readonly Rectangle[],
  defaultSize: Size,
  minimumSize: Size,
): Rectangle {
  const primary = workAreas[0];
  if (!primary) return { x: 0, y: 0, ...defaultSize };
  if (!saved) return centred(defaultSize, primary);

  let best: Rectangle | undefined;
  let bestArea = 0;
  for (const area of workAreas) {
    const overlap = overlapArea(saved, area);
    if (overlap > bestArea) {
      best = area;
      bestArea = overlap;
    }
  }
  const size = {
    width: Math.max(minimumSize.width, Math.round(saved.width)),
    height: Math.max(minimumSize.height, Math.round(saved.height)),
  };
  if (!best) return centred(size, primary);

  const width = Math.min(size.width, best.width);
  const height = Math.min(size.height, best.height);
  return {
    x: Math.min(Math.max(Math.round(saved.x), best.x), best.x + best.width - width),
    y: Math.min(Math.max(Math.round(saved.y), best.y), best.y + best.height - height),
    width,
    height,
  };
}

/** Moves a new window down and across from one already open at the same place, so neither hides the other. */
export function cascade(bounds: Rectangle, occupied: readonly Rectangle[], workArea: Rectangle, step = 28): Rectangle {
  let next = bounds;
  for (let tries = 0; tries < 10 && occupied.some((other) => other.x === next.x && other.y === next.y); tries++) {
    const moved = { ...next, x: next.x + step, y: next.y + step };
    const fits = moved.x + moved.width <= workArea.x + workArea.width && moved.y + moved.height <= workArea.y + workArea.height;
    next = fits ? moved : { ...moved, x: workArea.x, y: workArea.y };
  }
  return next;
}
