import { describe, expect, it } from 'vitest';
import { splitHeadline } from './headlineTags';

describe('splitHeadline', () => {
  it.each([
    ['واخا ما كاين بوناني.. حرب المغرب على الإرهاب مستمرة (صور)', 'واخا ما كاين بوناني.. حرب المغرب على الإرهاب مستمرة', ['photos'], false],
    ['بالفيديو.. أمطار غزيرة تغرق شوارع البيضاء', 'أمطار غزيرة تغرق شوارع البيضاء', ['video'], false],
    ['عاجل: زلزال يضرب الحوز (فيديو) (صور)', 'زلزال يضرب الحوز', ['photos', 'video'], true],
    ['Séisme dans le Haouz (vidéo)', 'Séisme dans le Haouz', ['video'], false],
    ['مصر.. حاتم عمور في ضيافة السفير', 'مصر.. حاتم عمور في ضيافة السفير', [], false],
    ['“جازابلانكا”.. الفرقة تحتفل (2)', '“جازابلانكا”.. الفرقة تحتفل (2)', [], false],
  ])('%s', (line, text, mediaTags, breaking) => {
    const parts = splitHeadline(line);
    expect(parts.text).toBe(text);
    expect([...parts.mediaTags].sort()).toEqual([...mediaTags].sort());
    expect(parts.breaking).toBe(breaking);
  });
});
