import { randomBytes } from 'node:crypto';

let lastTime = 0;

/**
 * A new draft or revision id: base36 milliseconds (fixed width, so ids sort by
 * creation time as strings) and random base36 characters so two processes never
 * collide. Within one process ids strictly increase even if the clock stalls.
 */
export function newId(now: Date): string {
  const time = Math.max(now.getTime(), lastTime + 1);
  lastTime = time;
  const random = Array.from(randomBytes(8), (byte) => (byte % 36).toString(36)).join('');
  return `${time.toString(36).padStart(9, '0')}-${random}`;
}
