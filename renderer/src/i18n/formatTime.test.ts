import { describe, expect, it } from 'vitest';
import { formatDateTime, formatRelativeTime } from './formatTime';

const now = Date.parse('2021-12-21T13:05:00Z');

describe('formatRelativeTime', () => {
  it('speaks the UI language with the largest whole unit', () => {
    expect(formatRelativeTime('2021-12-21T13:00:00Z', now, 'ar')).toBe('قبل 5 دقائق');
    expect(formatRelativeTime('2021-12-21T13:00:00Z', now, 'fr')).toBe('il y a 5 minutes');
    expect(formatRelativeTime('2021-12-21T11:05:00Z', now, 'en')).toBe('2 hours ago');
    expect(formatRelativeTime('2021-12-20T13:05:00Z', now, 'en')).toBe('yesterday');
  });

  it('reads a time from a machine whose clock runs ahead as now, not as the future', () => {
    expect(formatRelativeTime('2021-12-21T13:05:04Z', now, 'en')).toBe(formatRelativeTime('2021-12-21T13:05:00Z', now, 'en'));
    expect(formatRelativeTime('2021-12-21T13:05:04Z', now, 'ar')).not.toMatch(/خلال/);
  });
});

describe('formatDateTime', () => {
  it('writes Arabic dates with Western digits (ar-MA)', () => {
    const text = formatDateTime('2021-12-21T13:05:00Z', 'ar');
    expect(text).toMatch(/2021/);
    expect(text).not.toMatch(/[٠-٩]/);
  });
});
