import { describe, expect, it } from 'vitest';
import { normalizeSlug, suggestSlug } from './slug';

describe('suggestSlug', () => {
  it('makes a Latin slug from a French or English headline', () => {
    expect(suggestSlug('La fête de l’UB40 à Casablanca : 45 ans !', 'fr')).toBe('la-fete-de-l-ub40-a-casablanca-45-ans');
    expect(suggestSlug('  Morocco’s war on terror goes on ', 'en')).toBe('morocco-s-war-on-terror-goes-on');
  });

  it('suggests nothing for an Arabic headline', () => {
    expect(suggestSlug('حرب المغرب على الإرهاب مستمرة', 'ar')).toBe('');
  });

  it('caps the length without a trailing hyphen', () => {
    const slug = suggestSlug('word '.repeat(40), 'en');
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
  });
});

describe('normalizeSlug', () => {
  it('keeps an Arabic slug, without tashkeel or tatweel', () => {
    expect(normalizeSlug('حربُ المغـرب على الإرهاب')).toBe('حرب-المغرب-على-الإرهاب');
  });

  it('joins words with single hyphens', () => {
    expect(normalizeSlug('--UB40 // جازابلانكا--')).toBe('ub40-جازابلانكا');
  });
});
