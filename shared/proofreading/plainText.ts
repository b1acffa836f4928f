import type { CheckBlock } from './types';

/**
 * Blocks of a plain-text article: one per non-empty line, the first being the
 * headline. Offsets are kept per block, so findings point into each line.
 */
export function plainTextBlocks(text: string): CheckBlock[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '')
    .map((line, index) => ({ id: `p${index}`, kind: index === 0 ? 'headline' : 'paragraph', text: line }));
}
