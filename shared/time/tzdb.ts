import { Instant, ZoneId } from '@js-joda/core';
// Every IANA zone, with its rules from 1970 to 2030: archives go back to the 2000s, publications
// are scheduled weeks ahead. The full database (every year to 2087) costs ~60 ms more to unpack
// at start, on the path to an open draft; zoneOffset.test.ts fails two years before 2030 runs out.
import '@js-joda/timezone/dist/js-joda-timezone-1970-2030.esm.js';

/** An instant as the app passes it around: a Date, epoch milliseconds, or an ISO 8601 string. */
export type InstantLike = Date | number | string;

export function epochMilliseconds(instant: InstantLike): number {
  const ms = instant instanceof Date ? instant.getTime() : typeof instant === 'number' ? instant : Date.parse(instant);
  if (!Number.isFinite(ms)) throw new RangeError(`Invalid instant: ${String(instant)}`);
  return ms;
}

export function jodaInstant(instant: InstantLike): Instant {
  return Instant.ofEpochMilli(epochMilliseconds(instant));
}

const zones = new Map<string, ZoneId>();

/**
 * An IANA zone with its offset rules from the bundled time-zone database, never
 * from the browser's Intl: Chromium builds ship stale data (Debian's gives
 * Casablanca UTC+0 all of 2026), Electron's may differ again. An unknown zone
 * is a RangeError, as with Intl.
 */
export function zoneId(zone: string): ZoneId {
  let id = zones.get(zone);
  if (!id) {
    try {
      id = ZoneId.of(zone);
      id.rules();
    } catch {
      throw new RangeError(`Unknown time zone: ${zone}`);
    }
    zones.set(zone, id);
  }
  return id;
}

/** Whether the bundled database knows the zone (what every time in the app is computed with). */
export function isKnownZone(zone: string): boolean {
  try {
    zoneId(zone);
    return true;
  } catch {
    return false;
  }
}
