import { epochMilliseconds, type InstantLike } from './tzdb';
import { zoneOffsetSeconds } from './zoneOffset';

/** Intl's options minus the zone: the zone is ours, and Intl would name it "UTC". */
export type ZonelessFormatOptions = Omit<Intl.DateTimeFormatOptions, 'timeZone' | 'timeZoneName'>;

const formatters = new Map<string, Intl.DateTimeFormat>();

function utcFormatter(locale: string, options: ZonelessFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formatters.set(key, cached);
  }
  return cached;
}

/**
 * The instant moved by the zone's offset from our database, so that reading it
 * as UTC gives the zone's wall clock: Intl then only spells it (month names,
 * digits, calendar) and its own, possibly stale, zone data is never consulted.
 */
function shifted(instant: InstantLike, zone: string): Date {
  return new Date(epochMilliseconds(instant) + zoneOffsetSeconds(instant, zone) * 1000);
}

/** Like `Intl.DateTimeFormat(locale, { ...options, timeZone: zone }).format(instant)`, with the offset from the bundled tzdb. */
export function formatInZone(instant: InstantLike, zone: string, locale: string, options: ZonelessFormatOptions): string {
  return utcFormatter(locale, options).format(shifted(instant, zone));
}

/** The parts of {@link formatInZone}, for a caller that assembles its own line (the Hijri date). */
export function formatToPartsInZone(instant: InstantLike, zone: string, locale: string, options: ZonelessFormatOptions): Intl.DateTimeFormatPart[] {
  return utcFormatter(locale, options).formatToParts(shifted(instant, zone));
}
