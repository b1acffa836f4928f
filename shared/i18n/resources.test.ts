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
