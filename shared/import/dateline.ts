import { normalizeArabic } from '../text/arabicSearch';

/**
 * Reads a publication date line as news sites print it, into an ISO time with
 * the newsroom's offset: `الثلاثاء 21 ديسمبر 2021 على الساعة 13:05`, the
 * Maghreb months (دجنبر، شتنبر، غشت), the Levant's (كانون الأول), Algeria's and
 * Tunisia's (جانفي، جوان), French (`mardi 21 décembre 2021 à 13h05`) and
 * numeric dates (`21/12/2021 13:05`). Only a line that is a date and nothing
 * else is read: a sentence that mentions a date is not a date line.
 */

const MONTHS: ReadonlyArray<readonly string[]> = [
  ['يناير', 'جانفي', 'كانون الثاني', 'janvier', 'january', 'jan'],
  ['فبراير', 'فيفري', 'شباط', 'fevrier', 'february', 'feb'],
  ['مارس', 'آذار', 'mars', 'march', 'mar'],
  ['أبريل', 'ابريل', 'أفريل', 'نيسان', 'avril', 'april', 'apr'],
  ['مايو', 'ماي', 'أيار', 'mai', 'may'],
  ['يونيو', 'يونيه', 'جوان', 'حزيران', 'juin', 'june', 'jun'],
  ['يوليو', 'يوليوز', 'يوليه', 'جويلية', 'تموز', 'juillet', 'july', 'jul'],
  ['أغسطس', 'غشت', 'أوت', 'آب', 'aout', 'august', 'aug'],
  ['سبتمبر', 'شتنبر', 'أيلول', 'septembre', 'september', 'sep', 'sept'],
  ['أكتوبر', 'تشرين الأول', 'octobre', 'october', 'oct'],
  ['نوفمبر', 'نونبر', 'تشرين الثاني', 'novembre', 'november', 'nov'],
  ['ديسمبر', 'دجنبر', 'كانون الأول', 'decembre', 'december', 'dec'],
];

const WEEKDAYS = new Set(
  ['الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map(
    normalizeArabic,
  ),
);

/** Filler between the parts: "على الساعة", "à", "le", "-", "،", "at", "h". */
const FILLER = new Set(['علي', 'الساعه', 'ساعه', 'في', 'يوم', 'a', 'le', 'at', 'on', 'h', 'publie', 'published', 'نشر', 'بتاريخ', 'mis', 'jour']);

const monthIndex = new Map<string, number>();
MONTHS.forEach((names, index) => names.forEach((name) => monthIndex.set(normalizeArabic(name), index + 1)));

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** The date and time a date line shows, without a time zone; undefined when the line is not one. */
export function readDateline(line: string): WallTime | undefined {
  const folded = normalizeArabic(line).replace(/[،,\-–—|/.:]+/gu, (match) => (match.includes('/') || match.includes(':') || match.includes('.') ? match : ' '));
  if (folded.length > 80) return undefined;
  const numeric = /^\s*(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?:\s+(\d{1,2})[:h](\d{2}))?\s*$/u.exec(folded);
  if (numeric) return wallTime(+numeric[3]!, +numeric[2]!, +numeric[1]!, +(numeric[4] ?? 0), +(numeric[5] ?? 0));

  let rest = ` ${folded.replace(/(\d)\s*[:h]\s*(\d{2})/u, '$1:$2')} `;
  let month: number | undefined;
  // Two-word month names (كانون الأول) first, so "الأول" is not left over.
  const names = [...monthIndex.keys()].sort((a, b) => b.length - a.length);
  for (const name of names) {
    const at = rest.indexOf(` ${name} `);
    if (at >= 0) {
      month = monthIndex.get(name);
      rest = `${rest.slice(0, at)} <month> ${rest.slice(at + name.length + 2)}`;
      break;
    }
  }
  if (!month) return undefined;
  const match = /(\d{1,2})(?:er)?\s+<month>\s+(\d{4})/u.exec(rest);
  if (!match) return undefined;
  const time = /(\d{1,2}):(\d{2})/u.exec(rest.slice(match.index + match[0].length));
  const leftover = (rest.slice(0, match.index) + ' ' + rest.slice(match.index + match[0].length).replace(time?.[0] ?? '', ' '))
    .split(/\s+/u)
    .filter((word) => word !== '' && !WEEKDAYS.has(word) && !FILLER.has(word));
  if (leftover.length > 0) return undefined;
  return wallTime(+match[2]!, month, +match[1]!, +(time?.[1] ?? 0), +(time?.[2] ?? 0));
}

function wallTime(year: number, month: number, day: number, hour: number, minute: number): WallTime | undefined {
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || hour > 23 || minute > 59) return undefined;
  return { year, month, day, hour, minute };
}

/** Minutes east of UTC that `timeZone` observes at the instant `utcMs`. */
function offsetMinutes(utcMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(new Date(utcMs));
  const get = (type: string): number => Number(parts.find((part) => part.type === type)!.value);
  return (Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute')) - utcMs) / 60_000;
}

/**
 * The wall time in `timeZone` as an ISO string with that zone's offset then;
 * the time-zone database knows Morocco's Ramadan change of offset.
 */
export function zonedIso(time: WallTime, timeZone: string): string {
  const wall = Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute);
  let offset = offsetMinutes(wall, timeZone);
  offset = offsetMinutes(wall - offset * 60_000, timeZone);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${time.year}-${pad(time.month)}-${pad(time.day)}T${pad(time.hour)}:${pad(time.minute)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

export function parseDateline(line: string, timeZone: string): string | undefined {
  const time = readDateline(line);
  return time && zonedIso(time, timeZone);
}
