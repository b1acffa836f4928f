import { describe, expect, it } from 'vitest';
import { formatInZone, formatToPartsInZone } from './formatInZone';

describe('formatInZone', () => {
  it('spells the time with Intl but takes the offset from the bundled database', () => {
    const options = { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' } as const;
    expect(formatInZone('2026-12-01T12:05:00Z', 'Africa/Casablanca', 'en-GB', options)).toBe(
      new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' }).format(new Date('2026-12-01T13:05:00Z')),
    );
    expect(formatInZone('2026-12-01T12:05:00Z', 'Africa/Casablanca', 'en-GB', options)).toContain('13:05');
    expect(formatInZone('2026-03-01T12:05:00Z', 'Africa/Casablanca', 'fr', options)).toContain('12:05');
    expect(formatInZone('2026-10-25T00:30:00Z', 'Europe/Paris', 'fr', options)).toContain('02:30');
  });

  it("keeps the locale's digits and month names", () => {
    const text = formatInZone('2021-12-21T12:05:00Z', 'Africa/Casablanca', 'ar-EG', { month: 'long', hour: 'numeric', minute: 'numeric', hourCycle: 'h23' });
    expect(text).toContain('ديسمبر');
    expect(text).toContain('١٣:٠٥');
  });

  it('gives the parts in another calendar', () => {
    const parts = formatToPartsInZone('2026-02-18T23:30:00Z', 'Asia/Riyadh', 'en-US-u-ca-islamic-umalqura', { year: 'numeric', month: 'numeric', day: 'numeric' });
    // 02:30 on 19 February 2026 in Riyadh is 2 Ramadan 1447.
    expect(Object.fromEntries(parts.map((part) => [part.type, part.value]))).toMatchObject({ year: '1447', month: '9', day: '2' });
  });

  it('refuses an unknown zone', () => {
    expect(() => formatInZone(0, 'Nowhere/Else', 'en', { hour: 'numeric' })).toThrow(RangeError);
  });
});
