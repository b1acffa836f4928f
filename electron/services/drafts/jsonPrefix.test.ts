import { describe, expect, it } from 'vitest';
import { isJsonPrefix } from './jsonPrefix';

describe('isJsonPrefix', () => {
  const whole = JSON.stringify({
    format: 'midad-draft',
    n: -12.5e3,
    ok: true,
    no: false,
    none: null,
    list: [1, 'نص "مقتبس" \\ هنا', { a: [] }],
  });

  it('recognises every cut of a valid document as a prefix', () => {
    for (let length = 1; length < whole.length; length++) {
      expect(isJsonPrefix(whole.slice(0, length)), whole.slice(0, length)).toBe(true);
    }
  });

  it('counts a NUL-filled tail as a cut', () => {
    expect(isJsonPrefix(whole.slice(0, 40) + '\0\0\0\0')).toBe(true);
  });

  it('rejects text that is not the start of JSON', () => {
    for (const text of ['hello', '<html>', '{"a":1}x', '{"a" 1', '[1,,2', '{"a":tru e}', whole + '}', '{a:1']) {
      expect(isJsonPrefix(text), text).toBe(false);
    }
  });
});
