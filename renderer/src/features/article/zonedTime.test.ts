import { describe, expect, it } from 'vitest';
import { isoToWallTime, wallTimeToIso } from './zonedTime';

describe('newsroom wall time', () => {
  it('reads an instant in Casablanca time, including the Ramadan offset', () => {
    expect(isoToWallTime('2021-12-21T12:05:00Z', 'Africa/Casablanca')).toBe('2021-12-21T13:05');
    // Morocco goes back to UTC+0 during Ramadan (April 2023).
    expect(isoToWallTime('2023-04-10T12:00:00Z', 'Africa/Casablanca')).toBe('2023-04-10T12:00');
  });

  it('turns a wall time into an instant with the offset in force that day', () => {
    expect(wallTimeToIso('2021-12-21T13:05', 'Africa/Casablanca')).toBe('2021-12-21T13:05:00+01:00');
    expect(wallTimeToIso('2023-04-10T12:00', 'Africa/Casablanca')).toBe('2023-04-10T12:00:00+00:00');
    expect(wallTimeToIso('2021-07-01T09:30', 'America/New_York')).toBe('2021-07-01T09:30:00-04:00');
  });

  it('round-trips', () => {
    const iso = wallTimeToIso('2024-03-31T23:59', 'Africa/Casablanca')!;
    expect(isoToWallTime(iso, 'Africa/Casablanca')).toBe('2024-03-31T23:59');
  });

  it('refuses a malformed wall time', () => {
    expect(wallTimeToIso('21/12/2021 13:05', 'Africa/Casablanca')).toBeUndefined();
  });
});
