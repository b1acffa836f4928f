import { describe, expect, it } from 'vitest';
import { parseDateline } from './dateline';

const CASABLANCA = 'Africa/Casablanca';

describe('parseDateline', () => {
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
