/**
 * The real slips in the Kifache article of 21 December 2021
 * (shared/text/fixtures/kifache-2021-12-21-terror-cells.txt), as published:
 * each is the text that is wrong, found in the article by its context.
 */
export const fixtureSlips: { ruleId: string; context: string; slip: string }[] = [
  { ruleId: 'quote-marks', context: 'لـ”ولد الفشوش”', slip: '”' },
  { ruleId: 'month-style', context: '(20 دجنبر)', slip: 'دجنبر' },
  { ruleId: 'spelling', context: 'نهاية الأسوع الماضي', slip: 'الأسوع' },
  { ruleId: 'particle-inside-quote', context: 'إلى “أنه منذ', slip: '“أنه' },
  { ruleId: 'hamza', context: 'الخلايا الارهابية', slip: 'الارهابية' },
  { ruleId: 'hamza', context: 'العشرية الاخيرة', slip: 'الاخيرة' },
  { ruleId: 'detached-conjunction', context: 'و أشادت واشنطن', slip: 'و أشادت' },
  { ruleId: 'stray-letter', context: 'الإرهابيةن حيث', slip: 'الإرهابيةن' },
  { ruleId: 'reporting-verb-particle', context: 'حيث أن عددا', slip: 'أن' },
  { ruleId: 'reporting-verb-particle', context: 'حيث أن قوات', slip: 'أن' },
  { ruleId: 'hamza', context: 'استنادا الى عنصري', slip: 'الى' },
  { ruleId: 'hamza', context: 'الاجهزة الأمنية', slip: 'الاجهزة' },
];
