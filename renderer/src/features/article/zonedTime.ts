/**
 * Conversions between an instant and the wall-clock time of the newsroom's
 * time zone, for `<input type="datetime-local">`. The bundled time-zone
 * database (shared/time) does the work, so Morocco's change of offset during
 * Ramadan is right even where the browser's own zone data is stale.
 */
import { isoWithZoneOffset } from '../../../../shared/time/isoWithZoneOffset';
import { wallClock, wallTimeToInstant } from '../../../../shared/time/wallClock';

const pad = (value: number) => String(value).padStart(2, '0');

/** `2021-12-21T13:05` as shown in the newsroom's zone, for a datetime-local input. */
export function isoToWallTime(iso: string, timeZone: string): string {
  const wall = wallClock(iso, timeZone);
  return `${wall.year}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}`;
}

/**
 * The instant a wall-clock time in the zone stands for, as ISO with the zone's
 * offset (`2021-12-21T13:05:00+01:00`); around a change of offset see `wallTimeToInstant`.
 */
export function wallTimeToIso(wall: string, timeZone: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(wall);
  if (!match) return undefined;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  return isoWithZoneOffset(wallTimeToInstant({ year, month, day, hour, minute }, timeZone), timeZone);
}
