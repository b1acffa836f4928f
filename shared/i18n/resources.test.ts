import { describe, expect, it } from 'vitest';
import { resources } from './resources';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

describe('translations', () => {
  for (const language of ['fr', 'en'] as const) {
    it(`${language} has exactly the Arabic keys, none empty`, () => {
      for (const [namespace, strings] of Object.entries(resources.ar)) {
        const translated = resources[language][namespace as keyof typeof resources.ar];
        expect(keysOf(translated).sort(), `${language}/${namespace}`).toEqual(keysOf(strings).sort());
        for (const key of keysOf(translated)) expect(key).not.toBe('');
      }
    });
  }
});

describe('the Arabic UI', () => {
  it('is written in Arabic: no string is Latin text left untranslated', () => {
    const leaves = (value: unknown, path: string): [string, string][] =>
      typeof value === 'string'
        ? [[path, value]]
        : Object.entries(value as object).flatMap(([key, child]) => leaves(child, `${path}.${key}`));
    const untranslated = Object.entries(resources.ar)
      .flatMap(([namespace, strings]) => leaves(strings, namespace))
      // Brand and product names, codes and placeholders may stay Latin; running text may not.
      .filter(([, text]) => /[A-Za-z]{3,}(?:\s+[A-Za-z]{2,})+/.test(text.replace(/\{\{\w+\}\}/g, '')) && !/[\u0600-\u06FF]/.test(text));
    expect(untranslated).toEqual([]);
  });
});
