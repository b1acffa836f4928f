import { describe, expect, it } from 'vitest';
import { formatDateline, formatUpdatedLine, parseDateline, toZonedIso } from './dateline';

const casablanca = { monthNames: 'mashriq', digits: 'western', timeZone: 'Africa/Casablanca' } as const;

describe('formatDateline', () => {
  it("prints the fixture's date line from its UTC time (Morocco is UTC+1 in December)", () => {
    expect(formatDateline('2021-12-21T12:05:00Z', casablanca, 'ar')).toBe('الثلاثاء 21 ديسمبر 2021 على الساعة 13:05');
  });

  it('uses Maghreb month names and Eastern digits when the house style says so', () => {
    expect(formatDateline('2021-12-21T12:05:00Z', { ...casablanca, monthNames: 'maghreb' }, 'ar')).toBe(
      'الثلاثاء 21 دجنبر 2021 على الساعة 13:05',
    );
    expect(formatDateline('2021-08-03T08:30:00Z', { ...casablanca, monthNames: 'maghreb', digits: 'eastern' }, 'ar')).toBe(
      'الثلاثاء ٣ غشت ٢٠٢١ على الساعة ٠٩:٣٠',
    );
  });

  it("follows Morocco's hour back during Ramadan from the time-zone database", () => {
    // Ramadan 2024: Morocco on UTC+0 from 10 March to 14 April.
    expect(formatDateline('2024-03-20T12:00:00Z', casablanca, 'ar')).toBe('الأربعاء 20 مارس 2024 على الساعة 12:00');
    expect(formatDateline('2024-05-20T12:00:00Z', casablanca, 'ar')).toBe('الإثنين 20 مايو 2024 على الساعة 13:00');
    // Another newsroom's zone: Cairo is UTC+2 in winter.
    expect(formatDateline('2021-12-21T12:05:00Z', { ...casablanca, timeZone: 'Africa/Cairo' }, 'ar')).toContain('14:05');
  });

  it('adds the Umm al-Qura Hijri date on request', () => {
    expect(formatDateline('2021-12-21T12:05:00Z', casablanca, 'ar', { hijri: true })).toBe(
      'الثلاثاء 21 ديسمبر 2021 (17 جمادى الأولى 1443 هـ) على الساعة 13:05',
    );
  });

  it('writes French and English articles in their own style, and an updated-at line', () => {
    expect(formatDateline('2021-12-21T12:05:00Z', casablanca, 'fr')).toBe('mardi 21 décembre 2021 à 13h05');
    expect(formatDateline('2021-12-21T12:05:00Z', casablanca, 'en')).toBe('Tuesday 21 December 2021 at 13:05');
    expect(formatUpdatedLine('2021-12-21T14:30:00Z', casablanca, 'ar')).toBe('آخر تحديث: الثلاثاء 21 ديسمبر 2021 على الساعة 15:30');
    expect(formatUpdatedLine('2021-12-21T14:30:00Z', casablanca, 'fr')).toBe('Mis à jour le mardi 21 décembre 2021 à 15h30');
  });
});

describe('parseDateline', () => {
  it("reads the fixture's date line as a time with Casablanca's offset", () => {
    expect(parseDateline('الثلاثاء 21 ديسمبر 2021 على الساعة 13:05')).toBe('2021-12-21T13:05:00+01:00');
  });

  it('accepts Maghreb months, Eastern digits, and the Ramadan offset', () => {
    expect(parseDateline('الثلاثاء ٢١ دجنبر ٢٠٢١ على الساعة ١٣:٠٥')).toBe('2021-12-21T13:05:00+01:00');
    expect(parseDateline('الأربعاء 20 مارس 2024 على الساعة 12:00')).toBe('2024-03-20T12:00:00+00:00');
    expect(parseDateline('mardi 21 décembre 2021 à 13h05')).toBe('2021-12-21T13:05:00+01:00');
  });

  it('round-trips what formatDateline prints, and refuses text with no date', () => {
    for (const iso of ['2021-12-21T12:05:00Z', '2024-03-20T12:00:00Z', '2023-07-30T22:45:00Z']) {
      for (const monthNames of ['mashriq', 'maghreb'] as const) {
        const line = formatDateline(iso, { ...casablanca, monthNames, digits: 'eastern' }, 'ar');
        expect(new Date(parseDateline(line)!).toISOString()).toBe(new Date(iso).toISOString());
      }
    }
    expect(parseDateline('عاجل')).toBeUndefined();
    expect(toZonedIso('2021-12-21T12:05:00Z', 'Africa/Casablanca')).toBe('2021-12-21T13:05:00+01:00');
    expect(toZonedIso('2024-03-20T12:00:00Z', 'Africa/Casablanca')).toBe('2024-03-20T12:00:00+00:00');
    expect(parseDateline('21 Smarch 2021')).toBeUndefined();
  });
});

const CASABLANCA = 'Africa/Casablanca';

describe('parseDateline: whole lines only, as the importer reads them', () => {
  it.each([
    ['الثلاثاء 21 ديسمبر 2021 على الساعة 13:05', '2021-12-21T13:05:00+01:00'],
    ['الثلاثاء 21 دجنبر 2021 على الساعة 13:05', '2021-12-21T13:05:00+01:00'],
    ['الأربعاء ٥ يناير ٢٠٢٢ - ٠٩:٤٠', '2022-01-05T09:40:00+01:00'],
    ['21 كانون الأول 2021، 13:05', '2021-12-21T13:05:00+01:00'],
    ['الخميس 3 جوان 2021', '2021-06-03T00:00:00+01:00'],
    ['Mardi 21 décembre 2021 à 13h05', '2021-12-21T13:05:00+01:00'],
    ['1er août 2022 à 08:30', '2022-08-01T08:30:00+01:00'],
    ['21/12/2021 13:05', '2021-12-21T13:05:00+01:00'],
  ])('reads %s', (line, iso) => {
    expect(parseDateline(line, CASABLANCA)).toBe(iso);
  });

  it('follows Morocco’s Ramadan change of offset from the time-zone database', () => {
    // Ramadan 2023: Morocco was on UTC+0 from 19 March to 23 April.
    expect(parseDateline('الأحد 2 أبريل 2023 على الساعة 20:00', CASABLANCA)).toBe('2023-04-02T20:00:00+00:00');
    expect(parseDateline('الأحد 2 أبريل 2023 على الساعة 20:00', 'Asia/Beirut')).toBe('2023-04-02T20:00:00+03:00');
  });

  it.each(['وأعلنت الحكومة يوم 20 دجنبر 2021 منع الاحتفالات', '31 فبراير 2021', 'عاجل', '', 'البوناني.. تأهب أمني'])(
    'refuses %s',
    (line) => {
      expect(parseDateline(line, CASABLANCA)).toBeUndefined();
    },
  );
});

describe('parseDateline and the house Hijri date', () => {
  it('reads back a date line printed with the Hijri date', () => {
    const line = formatDateline('2021-12-21T12:05:00Z', casablanca, 'ar', { hijri: true });
    expect(parseDateline(line)).toBe('2021-12-21T13:05:00+01:00');
  });
});
