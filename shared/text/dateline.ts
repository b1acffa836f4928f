import { normalizeArabic } from './arabicSearch';
import type { ArticleLanguage } from '../model/language';
import type { HouseStyle } from '../model/settings';
import { formatToPartsInZone } from '../time/formatInZone';
import { isoWithZoneOffset } from '../time/isoWithZoneOffset';
import { wallClock, wallTimeToInstant, type WallClock } from '../time/wallClock';

type DatelineStyle = Pick<HouseStyle, 'monthNames' | 'digits' | 'timeZone'>;

const MONTHS = {
  /** As in the fixtures' own date line (ديسمبر). */
  mashriq: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
  /** Moroccan usage (دجنبر). */
  maghreb: ['يناير', 'فبراير', 'مارس', 'أبريل', 'ماي', 'يونيو', 'يوليوز', 'غشت', 'شتنبر', 'أكتوبر', 'نونبر', 'دجنبر'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
} as const;

const WEEKDAYS = {
  ar: ['الأحد', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'],
  fr: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
} as const;

const HIJRI_MONTHS = [
  'محرم', 'صفر', 'ربيع الأول', 'ربيع الآخر', 'جمادى الأولى', 'جمادى الآخرة',
  'رجب', 'شعبان', 'رمضان', 'شوال', 'ذو القعدة', 'ذو الحجة',
] as const;

const EASTERN_DIGITS = '٠١٢٣٤٥٦٧٨٩';

function toEastern(text: string): string {
  return text.replace(/[0-9]/g, (digit) => EASTERN_DIGITS[Number(digit)]!);
}

const two = (value: number) => String(value).padStart(2, '0');

function arabicDate(local: WallClock, style: DatelineStyle): string {
  return `${WEEKDAYS.ar[local.weekday]} ${local.day} ${MONTHS[style.monthNames][local.month - 1]} ${local.year}`;
}

/** Intl only spells the Umm al-Qura date of the newsroom's wall clock; the offset comes from shared/time. */
function hijriDate(date: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    formatToPartsInZone(date, timeZone, 'en-US-u-ca-islamic-umalqura', { year: 'numeric', month: 'numeric', day: 'numeric' }).map((part) => [part.type, part.value]),
  );
  return `${Number(parts.day)} ${HIJRI_MONTHS[Number(parts.month) - 1]} ${Number.parseInt(parts.year ?? '', 10)} هـ`;
}

export interface DatelineOptions {
  /** Adds the Hijri (Umm al-Qura) date after the Gregorian one, for Arabic articles. */
  hijri?: boolean;
}

/**
 * The publication time as the house prints it, in the newsroom's time zone:
 * `الثلاثاء 21 ديسمبر 2021 على الساعة 13:05` (or دجنبر with Maghreb month
 * names, Eastern digits if the house uses them), `mardi 21 décembre 2021 à 13h05`,
 * `Tuesday 21 December 2021 at 13:05`.
 */
export function formatDateline(iso: string, style: DatelineStyle, language: ArticleLanguage, options: DatelineOptions = {}): string {
  const date = new Date(iso);
  const local = wallClock(date, style.timeZone);
  if (language === 'fr') {
    return `${WEEKDAYS.fr[local.weekday]} ${local.day} ${MONTHS.fr[local.month - 1]} ${local.year} à ${local.hour}h${two(local.minute)}`;
  }
  if (language === 'en') {
    return `${WEEKDAYS.en[local.weekday]} ${local.day} ${MONTHS.en[local.month - 1]} ${local.year} at ${two(local.hour)}:${two(local.minute)}`;
  }
  const hijri = options.hijri ? ` (${hijriDate(date, style.timeZone)})` : '';
  const text = `${arabicDate(local, style)}${hijri} على الساعة ${two(local.hour)}:${two(local.minute)}`;
  return style.digits === 'eastern' ? toEastern(text) : text;
}

const UPDATED_PREFIX: Record<ArticleLanguage, string> = { ar: 'آخر تحديث:', fr: 'Mis à jour le', en: 'Updated' };

/** The "updated at" line shown after a correction, in the article's language. */
export function formatUpdatedLine(iso: string, style: DatelineStyle, language: ArticleLanguage): string {
  return `${UPDATED_PREFIX[language]} ${formatDateline(iso, style, language)}`;
}

/** An instant as ISO 8601 in the zone's wall-clock time with its offset, as schema.org dates want it. */
export function toZonedIso(iso: string, timeZone: string): string {
  // To the minute, as the date line shows it.
  return isoWithZoneOffset(Math.floor(Date.parse(iso) / 60_000) * 60_000, timeZone);
}

/** Every spelling a date line uses for each month: Mashriq, Maghreb (دجنبر، شتنبر، غشت), Levant (كانون الأول), Algeria and Tunisia (جانفي، جوان), French, English. */
const MONTH_NAMES: ReadonlyArray<readonly string[]> = [
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

const WEEKDAY_NAMES = new Set(
  ['الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map(
    normalizeArabic,
  ),
);

/** Filler between the parts: "على الساعة", "à", "le", "-", "،", "at", "h". */
const FILLER = new Set(['علي', 'الساعه', 'ساعه', 'في', 'يوم', 'a', 'le', 'at', 'on', 'h', 'publie', 'published', 'نشر', 'بتاريخ', 'mis', 'jour']);

const monthIndex = new Map<string, number>();
MONTH_NAMES.forEach((names, index) => names.forEach((name) => monthIndex.set(normalizeArabic(name), index + 1)));
/** Two-word month names (كانون الأول) first, so "الأول" is not left over. */
const monthNamesLongestFirst = [...monthIndex.keys()].sort((a, b) => b.length - a.length);

interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

function wallTime(year: number, month: number, day: number, hour: number, minute: number): WallTime | undefined {
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || hour > 23 || minute > 59) return undefined;
  return { year, month, day, hour, minute };
}

/**
 * The date and time a date line shows, without a time zone. Only a line that
 * is a date and nothing else is read (a weekday, filler such as "على الساعة",
 * the house's own Hijri date in brackets are allowed): a headline or sentence
 * that mentions a date is not a date line, which is what the importer needs.
 */
function readDateline(line: string): WallTime | undefined {
  const withoutHijri = line.replace(/\([^)]*هـ\s*\)/gu, ' ');
  const folded = normalizeArabic(withoutHijri).replace(/[،,\-–—|/.:]+/gu, (match) => (match.includes('/') || match.includes(':') || match.includes('.') ? match : ' '));
  if (folded.length > 80) return undefined;
  const numeric = /^\s*(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?:\s+(\d{1,2})[:h](\d{2}))?\s*$/u.exec(folded);
  if (numeric) return wallTime(+numeric[3]!, +numeric[2]!, +numeric[1]!, +(numeric[4] ?? 0), +(numeric[5] ?? 0));

  let rest = ` ${folded.replace(/(\d)\s*[:h]\s*(\d{2})/u, '$1:$2')} `;
  let month: number | undefined;
  for (const name of monthNamesLongestFirst) {
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
    .filter((word) => word !== '' && !WEEKDAY_NAMES.has(word) && !FILLER.has(word));
  if (leftover.length > 0) return undefined;
  return wallTime(+match[2]!, month, +match[1]!, +(time?.[1] ?? 0), +(time?.[2] ?? 0));
}

/**
 * Reads a publication date line as news sites print it (`الثلاثاء 21 ديسمبر 2021
 * على الساعة 13:05`, any month spelling, either digit set, French, English or
 * `21/12/2021 13:05`) as the ISO time it names in the newsroom's zone, with
 * that zone's offset on that date (Morocco's Ramadan hour included).
 */
export function parseDateline(text: string, timeZone = 'Africa/Casablanca'): string | undefined {
  const time = readDateline(text);
  if (!time) return undefined;
  return isoWithZoneOffset(wallTimeToInstant(time, timeZone), timeZone);
}
