import { Instant, ZoneId } from '@js-joda/core';
// Every IANA zone with every year of its rules (to 2087). The 1970-2030 build unpacks ~30 ms
// faster at start, but a newsroom tool outlives 2030: Morocco's offset changes with Ramadan each
// year, and a story scheduled in 2031 must not shift by an hour.
import '@js-joda/timezone';

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
