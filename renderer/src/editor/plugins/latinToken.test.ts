import { describe, expect, it } from 'vitest';
import { latinTokenAround } from './latinToken';

const TEXT = 'على الساعة 13:05 أمام 360 متفرج من UB40، يوم 21/12/2021.';
const around = (part: string, offset = 0, length = part.length) => {
  const start = TEXT.indexOf(part) + offset;
  const found = latinTokenAround(TEXT, start, start + length);
  return found && TEXT.slice(found.start, found.end);
};

describe('the Latin or numeric token around a selection', () => {
  it('widens a part of a time or date to the whole of it', () => {
    expect(around('13:05', 0, 2)).toBe('13:05');
    expect(around('13:05', 2, 1)).toBe('13:05');
    expect(around('13:05', 3, 2)).toBe('13:05');
    expect(around('21/12/2021', 3, 2)).toBe('21/12/2021');
  });

  it('leaves alone a selection that already covers its token, Arabic text, and the comma after a word', () => {
    expect(around('UB40')).toBeUndefined();
    expect(around('360')).toBeUndefined();
    expect(around('أمام')).toBeUndefined();
    expect(around('UB40،')).toBeUndefined();
    // A sentence's full stop after a number is not part of it.
    expect(around('2021', 0, 2)).toBe('21/12/2021');
  });
});
