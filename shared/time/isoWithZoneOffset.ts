import { type InstantLike } from './tzdb';
import { wallClock } from './wallClock';
import { zoneOffsetMinutes } from './zoneOffset';

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** The instant as ISO 8601 in the zone's wall-clock time with its offset (`2021-12-21T13:05:00+01:00`), as schema.org dates want it. */
export function isoWithZoneOffset(instant: InstantLike, zone: string): string {
  const wall = wallClock(instant, zone);
  const offset = zoneOffsetMinutes(instant, zone);
  const sign = offset < 0 ? '-' : '+';
  const absolute = Math.abs(offset);
  return (
    `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}` +
    `${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`
  );
}
