import { jodaInstant, zoneId, type InstantLike } from './tzdb';

/** Seconds the zone is ahead of UTC at that instant, exactly as the database has it. */
export function zoneOffsetSeconds(instant: InstantLike, zone: string): number {
  return zoneId(zone).rules().offset(jodaInstant(instant)).totalSeconds();
}

/** Minutes the zone is ahead of UTC at that instant (+60 for Casablanca, 0 there during Ramadan). */
export function zoneOffsetMinutes(instant: InstantLike, zone: string): number {
  // Local mean times before ~1920 are not whole minutes; ISO offsets and date lines are.
  return Math.round(zoneOffsetSeconds(instant, zone) / 60);
}
