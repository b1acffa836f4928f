import { describe, expect, it } from 'vitest';
import { closingQuoteStart } from './pendingQuote';

describe('closingQuoteStart', () => {
  const before = 'وأبرز الحافيظي، أن \u201Cالتأهب الأمني';

  it('closes the quote opened in the same text, for every closing key', () => {
    for (const key of ['"', '\u201D']) expect(closingQuoteStart(before, key)).toBe(before.indexOf('\u201C'));
    expect(closingQuoteStart('قال \u00ABنعم للحوار', '\u00BB')).toBe(4);
  });

  it('does nothing when the key opens a quote or no quote is open', () => {
    expect(closingQuoteStart('أوضح أن ', '"')).toBeUndefined();
    expect(closingQuoteStart('لا اقتباس هنا', '\u201D')).toBeUndefined();
    expect(closingQuoteStart('\u201Cكيفاش\u201D ثم', '\u201D')).toBeUndefined();
    expect(closingQuoteStart('أن \u201C', '\u201D')).toBeUndefined();
    expect(closingQuoteStart(before, 'a')).toBeUndefined();
  });

  it('pairs a guillemet only with a guillemet', () => {
    expect(closingQuoteStart('قال \u00ABنعم', '\u201D')).toBeUndefined();
  });
});
