import { describe, expect, it } from 'vitest';
import { decodeNumbers, encodeNumbers } from './postingCodec';

describe('posting codec', () => {
  it('round-trips small and large numbers in printable ASCII without JSON escapes', () => {
    const numbers = [0, 1, 45, 46, 47, 2_115, 2_116, 99_999, 4_294_967_295, 3, 0];
    const text = encodeNumbers(numbers);
    expect(text).toMatch(/^[!#-[\]-~]*$/);
    expect(JSON.stringify(text)).toBe(`"${text}"`);
    expect(decodeNumbers(text)).toEqual(numbers);
    expect(encodeNumbers([5, 7])).toHaveLength(2);
  });

  it('refuses damaged text', () => {
    expect(() => decodeNumbers('é')).toThrow();
    expect(() => decodeNumbers(encodeNumbers([99_999]).slice(0, -1))).toThrow();
  });
});
