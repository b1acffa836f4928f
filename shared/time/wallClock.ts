import { LocalDateTime, ZonedDateTime } from '@js-joda/core';
import { jodaInstant, zoneId, type InstantLike } from './tzdb';

/** A time as a clock on the newsroom's wall shows it. `month` is 1–12, `weekday` 0 (Sunday) – 6 as `Date#getDay`. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
}

/** The wall-clock time in the zone at that instant. */
export function wallClock(instant: InstantLike, zone: string): WallClock {
  const local = LocalDateTime.ofInstant(jodaInstant(instant), zoneId(zone));
  return {
    year: local.year(),
    month: local.monthValue(),
    day: local.dayOfMonth(),
    hour: local.hour(),
    minute: local.minute(),
    second: local.second(),
    weekday: local.dayOfWeek().value() % 7,
  };
}

export type WallTime = Pick<WallClock, 'year' | 'month' | 'day' | 'hour' | 'minute'> & { second?: number };

/**
 * The instant a wall-clock time in the zone stands for. Around a change of
 * offset the answer is fixed, as Temporal's "compatible" choice and java.time:
 * a time that happens twice (clocks go back) is the first one, a time that never
 * happens (clocks go forward) is moved on by the length of the gap (02:30 → 03:30).
 */
export function wallTimeToInstant(wall: WallTime, zone: string): Date {
  const local = LocalDateTime.of(wall.year, wall.month, wall.day, wall.hour, wall.minute, wall.second ?? 0);
  return new Date(ZonedDateTime.of(local, zoneId(zone)).toInstant().toEpochMilli());
}
