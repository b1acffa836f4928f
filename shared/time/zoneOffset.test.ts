import { describe, expect, it } from 'vitest';
import { isKnownZone } from './tzdb';
import { zoneOffsetMinutes } from './zoneOffset';

/** Node's own ICU data (tz 2025c in Node 20) as an independent oracle. */
function intlOffsetMinutes(ms: number, zone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' })
      .formatToParts(new Date(ms))
      .map((part) => [part.type, Number(part.value)]),
  );
  return (Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!) - ms) / 60_000;
}

describe('zoneOffsetMinutes', () => {
  it("gives Casablanca +01:00, and +00:00 during Ramadan 2026 (from 15 February 02:00 UTC to 22 March 02:00 UTC)", () => {
    expect(zoneOffsetMinutes('2021-12-21T12:05:00Z', 'Africa/Casablanca')).toBe(60);
    expect(zoneOffsetMinutes('2026-02-15T01:59:59Z', 'Africa/Casablanca')).toBe(60);
    expect(zoneOffsetMinutes('2026-02-15T02:00:00Z', 'Africa/Casablanca')).toBe(0);
    expect(zoneOffsetMinutes('2026-03-22T01:59:59Z', 'Africa/Casablanca')).toBe(0);
    expect(zoneOffsetMinutes('2026-03-22T02:00:00Z', 'Africa/Casablanca')).toBe(60);
    expect(zoneOffsetMinutes('2026-12-01T12:00:00Z', 'Africa/Casablanca')).toBe(60);
  });

  it('follows Paris summer time and Riyadh, which has none', () => {
    expect(zoneOffsetMinutes('2026-03-29T00:59:00Z', 'Europe/Paris')).toBe(60);
    expect(zoneOffsetMinutes('2026-03-29T01:00:00Z', 'Europe/Paris')).toBe(120);
    expect(zoneOffsetMinutes('2026-10-25T00:59:00Z', 'Europe/Paris')).toBe(120);
    expect(zoneOffsetMinutes('2026-10-25T01:00:00Z', 'Europe/Paris')).toBe(60);
    expect(zoneOffsetMinutes('2026-01-15T12:00:00Z', 'Asia/Riyadh')).toBe(180);
    expect(zoneOffsetMinutes('2026-07-15T12:00:00Z', 'Asia/Riyadh')).toBe(180);
  });

  it("agrees with Node's time-zone data at noon UTC every other day from 2000 (the archives) to 2040", () => {
    const disagreements: string[] = [];
    for (const zone of ['Africa/Casablanca', 'Europe/Paris', 'Asia/Riyadh', 'America/New_York']) {
      for (let ms = Date.UTC(2000, 0, 1, 12); ms < Date.UTC(2040, 0, 1); ms += 2 * 86_400_000) {
        if (zoneOffsetMinutes(ms, zone) !== intlOffsetMinutes(ms, zone)) disagreements.push(`${zone} ${new Date(ms).toISOString()}`);
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('refuses an unknown zone', () => {
    expect(() => zoneOffsetMinutes(0, 'Mars/Olympus_Mons')).toThrow(RangeError);
    expect(isKnownZone('Mars/Olympus_Mons')).toBe(false);
    expect(Intl.supportedValuesOf('timeZone').filter((zone) => !isKnownZone(zone))).toEqual([]);
  });
});
