import { countWords } from '../../editor/documentText';
import { mulberry32, pick } from '../../util/random';
import { MONTHS } from '../dates';
import type { CheckBlock, HouseStyleOptions } from '../types';
import { headlines, sentences, slots, type Genre } from './corpus';



function fill(template: string, random: () => number): string {
  return template.replace(/\{(\w+)\}/g, (_slot, name: string) => {
    if (name === 'n') return String(11 + Math.floor(random() * 89));
    if (name === 'decimal') return `${1 + Math.floor(random() * 8)}.${1 + Math.floor(random() * 9)}`;
    return pick(random, slots[name as keyof typeof slots]);
  });
}

const WEEKDAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];

/** A dateline whose weekday is its date's, in the house's month names. */
function dateline(random: () => number, houseStyle: HouseStyleOptions): string {
  const date = new Date(Date.UTC(2019 + Math.floor(random() * 6), Math.floor(random() * 12), 1 + Math.floor(random() * 28)));
  const time = `${10 + Math.floor(random() * 12)}:${String(Math.floor(random() * 60)).padStart(2, '0')}`;
  const month = MONTHS[houseStyle.monthNames][date.getUTCMonth()];
  return `${WEEKDAYS[date.getUTCDay()]} ${date.getUTCDate()} ${month} ${date.getUTCFullYear()} على الساعة ${time}`;
}

export interface GeneratedArticle {
  genre: Genre;
  blocks: CheckBlock[];
}

/** A headline, a dateline and paragraphs of two to four sentences, mostly of one genre. */
export function generateArticle(random: () => number, houseStyle: HouseStyleOptions, index: number): GeneratedArticle {
  const genres = Object.keys(sentences) as Genre[];
  const genre = genres[index % genres.length]!;
  const blocks: CheckBlock[] = [
    { id: 'h', kind: 'headline', text: pick(random, headlines) },
    { id: 'd', kind: 'paragraph', text: dateline(random, houseStyle) },
  ];
  const paragraphs = 6 + Math.floor(random() * 4);
  for (let p = 0; p < paragraphs; p++) {
    const count = 2 + Math.floor(random() * 3);
    const parts: string[] = [];
    for (let s = 0; s < count; s++) {
      const pool = random() < 0.75 ? sentences[genre] : sentences[pick(random, genres)];
      parts.push(fill(pick(random, pool), random));
    }
    blocks.push({ id: `p${p}`, kind: 'paragraph', text: parts.join(' ') });
  }
  return { genre, blocks };
}

/** Articles from `seed` until they hold at least `words` words. */
export function generateArticles(seed: number, words: number, houseStyle: HouseStyleOptions): GeneratedArticle[] {
  const random = mulberry32(seed);
  const articles: GeneratedArticle[] = [];
  let total = 0;
  while (total < words) {
    const article = generateArticle(random, houseStyle, articles.length);
    articles.push(article);
    total += article.blocks.reduce((sum, block) => sum + countWords(block.text), 0);
  }
  return articles;
}

