import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detectLanguage';

describe('detectLanguage', () => {
  it('finds Arabic even with Latin names and figures in the story', () => {
    expect(detectLanguage('أعلن المكتب المركزي للأبحاث القضائية (BCIJ) تفكيك خلية إرهابية تضم 4 عناصر في مدينة Tanger.')).toBe('ar');
  });

  it('tells French from English by their common words', () => {
    expect(detectLanguage("Les services de sécurité ont démantelé une cellule terroriste dans la région de l'Oriental.")).toBe('fr');
    expect(detectLanguage('The security services said they dismantled a terrorist cell in the eastern region on Tuesday.')).toBe('en');
  });

  it('reads French elisions and accents when the stopwords tie', () => {
    expect(detectLanguage("L'armée d'Algérie")).toBe('fr');
  });

  it('falls back when there is nothing to judge by', () => {
    expect(detectLanguage('2021 — 12:30', 'fr')).toBe('fr');
    expect(detectLanguage('')).toBe('ar');
  });
});
