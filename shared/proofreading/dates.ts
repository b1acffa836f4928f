/** Gregorian month names as the Maghreb and the Mashriq write them, January first. */
export const MONTHS = {
  maghreb: ['يناير', 'فبراير', 'مارس', 'أبريل', 'ماي', 'يونيو', 'يوليوز', 'غشت', 'شتنبر', 'أكتوبر', 'نونبر', 'دجنبر'],
  mashriq: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
} as const;

/** Month index (0–11) of any spelling of either style, with common variants. */
export const MONTH_INDEX: ReadonlyMap<string, number> = new Map([
  ...MONTHS.maghreb.map((name, index) => [name, index] as const),
  ...MONTHS.mashriq.map((name, index) => [name, index] as const),
  ['ابريل', 3],
  ['إبريل', 3],
  ['اكتوبر', 9],
  ['اغسطس', 7],
]);

/** Weekday names (Sunday = 0), with and without the hamza people often leave out. */
export const WEEKDAY_INDEX: ReadonlyMap<string, number> = new Map([
  ['الأحد', 0], ['الاحد', 0], ['الاثنين', 1], ['الإثنين', 1], ['الثلاثاء', 2], ['الأربعاء', 3],
  ['الاربعاء', 3], ['الخميس', 4], ['الجمعة', 5], ['السبت', 6],
]);

export function parseDigits(text: string): number {
  return Number(text.replace(/[\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) - 0x0660)));
}
