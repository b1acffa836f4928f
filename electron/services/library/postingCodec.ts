/**
 * Posting lists on disk as printable-ASCII strings: each non-negative integer
 * is written in base 46, high digits from one half of the alphabet and the last
 * digit from the other, so small numbers (slot gaps, counts) take one byte.
 * JSON.parse reads a string far faster than an array of numbers (for 10,000
 * drafts: about 30 ms against 115 ms), and the snapshot is half the size.
 */

// Printable ASCII without '"' and '\', which JSON would escape.
const ALPHABET = Array.from({ length: 0x7f - 0x21 }, (_, i) => String.fromCharCode(0x21 + i)).filter(
  (char) => char !== '"' && char !== '\\',
);
const BASE = ALPHABET.length / 2;
const DIGIT_OF = new Int8Array(128).fill(-1);
ALPHABET.forEach((char, index) => {
  DIGIT_OF[char.charCodeAt(0)] = index;
});

export function encodeNumbers(numbers: readonly number[]): string {
  let text = '';
  for (const number of numbers) {
    let value = Math.max(0, Math.floor(number));
    let digits = ALPHABET[BASE + (value % BASE)] as string;
    value = Math.floor(value / BASE);
    while (value > 0) {
      digits = (ALPHABET[value % BASE] as string) + digits;
      value = Math.floor(value / BASE);
    }
    text += digits;
  }
  return text;
}

export function decodeNumbers(text: string): number[] {
  const numbers: number[] = [];
  let value = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const digit = code < 128 ? (DIGIT_OF[code] as number) : -1;
    if (digit < 0) throw new Error('not an encoded posting list');
    if (digit < BASE) {
      value = value * BASE + digit;
    } else {
      numbers.push(value * BASE + digit - BASE);
      value = 0;
    }
  }
  if (value !== 0) throw new Error('truncated posting list');
  return numbers;
}
