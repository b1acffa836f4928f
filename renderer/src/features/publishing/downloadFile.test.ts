import { describe, expect, it } from 'vitest';
import { fileBytes } from './downloadFile';

describe('fileBytes', () => {
  it('decodes base64 to the exact bytes, including those above 127', () => {
    const bytes = [0, 1, 127, 128, 200, 255, 80, 75];
    const base64 = btoa(String.fromCharCode(...bytes));
    expect([...fileBytes(base64)]).toEqual(bytes);
  });
});
