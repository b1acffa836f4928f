import type { UiLanguage } from '../../../shared/model/language';
import { dateLocale } from './documentLanguage';

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/**
 * When a past event happened: "قبل 5 دقائق", "il y a 5 minutes", "5 minutes ago",
 * the largest whole unit. A time slightly ahead of now (a draft taken from a
 * machine whose clock runs fast) reads as now, never as "in 4 seconds".
 */
export function formatRelativeTime(iso: string, now: number, language: UiLanguage): string {
  const seconds = Math.min(0, Math.round((Date.parse(iso) - now) / 1000));
  const format = new Intl.RelativeTimeFormat(dateLocale(language), { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size || unit === 'second') return format.format(Math.trunc(seconds / size), unit);
  }
  return format.format(0, 'second');
}

export function formatDateTime(iso: string, language: UiLanguage): string {
  return new Intl.DateTimeFormat(dateLocale(language), { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );
}
