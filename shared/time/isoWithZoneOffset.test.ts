import { describe, expect, it } from 'vitest';
import { isoWithZoneOffset } from './isoWithZoneOffset';

describe('isoWithZoneOffset', () => {
  it('writes the wall time with the offset in force', () => {
    expect(isoWithZoneOffset('2021-12-21T12:05:00Z', 'Africa/Casablanca')).toBe('2021-12-21T13:05:00+01:00');
    expect(isoWithZoneOffset('2026-03-01T12:00:00Z', 'Africa/Casablanca')).toBe('2026-03-01T12:00:00+00:00');
    expect(isoWithZoneOffset('2026-12-01T12:05:00Z', 'Africa/Casablanca')).toBe('2026-12-01T13:05:00+01:00');
    expect(isoWithZoneOffset('2026-07-01T13:30:15Z', 'America/New_York')).toBe('2026-07-01T09:30:15-04:00');
    expect(isoWithZoneOffset('2026-07-01T12:00:00Z', 'Asia/Kolkata')).toBe('2026-07-01T17:30:00+05:30');
  });
});
