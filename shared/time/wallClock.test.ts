import { describe, expect, it } from 'vitest';
import { wallClock, wallTimeToInstant } from './wallClock';

describe('wallClock', () => {
  it("reads the fixture's publication time in Casablanca", () => {
    expect(wallClock('2021-12-21T12:05:00Z', 'Africa/Casablanca')).toEqual({ year: 2021, month: 12, day: 21, hour: 13, minute: 5, second: 0, weekday: 2 });
  });

  it('shows Casablanca on UTC during Ramadan 2026 and on UTC+1 after it', () => {
    expect(wallClock('2026-03-01T12:00:00Z', 'Africa/Casablanca')).toMatchObject({ hour: 12, weekday: 0 });
    expect(wallClock('2026-12-01T12:05:30Z', 'Africa/Casablanca')).toMatchObject({ day: 1, hour: 13, minute: 5, second: 30 });
  });

  it('crosses midnight with the offset', () => {
    expect(wallClock('2026-06-30T22:30:00Z', 'Asia/Riyadh')).toMatchObject({ month: 7, day: 1, hour: 1, minute: 30, weekday: 3 });
  });
});

describe('wallTimeToInstant', () => {
  const iso = (wall: Parameters<typeof wallTimeToInstant>[0], zone: string) => wallTimeToInstant(wall, zone).toISOString();

  it('uses the offset in force on that day', () => {
    expect(iso({ year: 2021, month: 12, day: 21, hour: 13, minute: 5 }, 'Africa/Casablanca')).toBe('2021-12-21T12:05:00.000Z');
    expect(iso({ year: 2026, month: 3, day: 1, hour: 12, minute: 0 }, 'Africa/Casablanca')).toBe('2026-03-01T12:00:00.000Z');
    expect(iso({ year: 2026, month: 12, day: 1, hour: 13, minute: 5 }, 'Africa/Casablanca')).toBe('2026-12-01T12:05:00.000Z');
    expect(iso({ year: 2026, month: 7, day: 1, hour: 9, minute: 0 }, 'Asia/Riyadh')).toBe('2026-07-01T06:00:00.000Z');
  });

  it('moves a time that never happens (clocks forward) on by the gap', () => {
    expect(iso({ year: 2026, month: 3, day: 29, hour: 2, minute: 30 }, 'Europe/Paris')).toBe('2026-03-29T01:30:00.000Z');
    // Casablanca goes from 02:00 to 03:00 when Ramadan 2026 ends.
    expect(iso({ year: 2026, month: 3, day: 22, hour: 2, minute: 30 }, 'Africa/Casablanca')).toBe('2026-03-22T02:30:00.000Z');
  });

  it('takes the first of a time that happens twice (clocks back)', () => {
    expect(iso({ year: 2026, month: 10, day: 25, hour: 2, minute: 30 }, 'Europe/Paris')).toBe('2026-10-25T00:30:00.000Z');
    // Casablanca goes from 03:00 back to 02:00 when Ramadan 2026 starts.
    expect(iso({ year: 2026, month: 2, day: 15, hour: 2, minute: 30 }, 'Africa/Casablanca')).toBe('2026-02-15T01:30:00.000Z');
  });

  it('round-trips through wallClock', () => {
    const wall = { year: 2024, month: 3, day: 31, hour: 23, minute: 59, second: 0 };
    expect(wallClock(wallTimeToInstant(wall, 'Africa/Casablanca'), 'Africa/Casablanca')).toMatchObject(wall);
  });
});
