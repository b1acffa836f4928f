import { MONTHS } from '../dates';
import { tokenize } from '../tokenize';
import type { SpellChecker } from '../types';

/** A slip put into a correct text: the new text and where the slip is in it. */
export interface Inserted {
  text: string;
  start: number;
  end: number;
}

type Maker = (text: string, random: () => number, spell: SpellChecker) => Inserted | undefined;

function pickIndex<T>(random: () => number, list: readonly T[]): T | undefined {
  return list.length ? list[Math.floor(random() * list.length)] : undefined;
}

/** Replaces `from`–`to` with `by`; the slip spans `by` unless told otherwise. */
function splice(text: string, from: number, to: number, by: string, label: [number, number] = [from, from + by.length]): Inserted {
  return { text: text.slice(0, from) + by + text.slice(to), start: label[0], end: label[1] };
}

function positions(text: string, pattern: RegExp): { index: number; text: string }[] {
  return [...text.matchAll(pattern)].map((match) => ({ index: match.index, text: match[0] }));
}

const JOINING = /[بتثجحخسشصضطظعغفقكلمنهي]/;
const MASHRIQ_ONLY = MONTHS.mashriq.filter((name) => !(MONTHS.maghreb as readonly string[]).includes(name));

/**
 * One way to make each kind of slip journalists make, applied where the text
 * allows it (a comma to turn Latin, a و to detach, a hamza to drop).
 */
export const slipMakers: Record<string, Maker> = {
  'latin-punctuation': (text, random) => {
    const match = pickIndex(random, positions(text, /[،؟]/g));
    return match && splice(text, match.index, match.index + 1, match.text === '،' ? ',' : '?');
  },
  'space-before-punctuation': (text, random) => {
    const match = pickIndex(random, positions(text, /(?<=[\u0621-\u064A])[،.]/g));
    return match && splice(text, match.index, match.index, ' ', [match.index, match.index + 2]);
  },
  'missing-space-after-punctuation': (text, random) => {
    const match = pickIndex(random, positions(text, /، (?=[\u0621-\u064A])/g));
    return match && splice(text, match.index, match.index + 2, '،');
  },
  'repeated-punctuation': (text, random) => {
    const match = pickIndex(random, positions(text, /[،؟]/g));
    return match && splice(text, match.index, match.index + 1, match.text + match.text);
  },
  'detached-conjunction': (text, random, spell) => {
    const token = pickIndex(random, tokenize(text).filter((t) => /^و(?:ال|أ|إ)/.test(t.text) && t.text.length >= 5 && spell.spell(t.text.slice(1))));
    return token && splice(text, token.start, token.end, `و ${token.text.slice(1)}`);
  },
  'repeated-word': (text, random) => {
    const token = pickIndex(random, tokenize(text).filter((t) => ['في', 'من', 'على', 'أن', 'إلى', 'عن'].includes(t.text)));
    return token && splice(text, token.end, token.end, ` ${token.text}`);
  },
  'stray-letter': (text, random, spell) => {
    const letter = pickIndex(random, ['ن', 'م', 'ك', 'ع', 'ف', 'ق']);
    const token = pickIndex(random, tokenize(text).filter((t) => /^ال.{3,}|ة$/.test(t.text) && !spell.spell(t.text + letter)));
    return token && splice(text, token.start, token.end, token.text + letter);
  },
  spelling: (text, random, spell) => {
    const candidates = tokenize(text).filter((t) => t.script === 'arabic' && t.text.length >= 6);
    const token = pickIndex(random, candidates);
    if (!token) return undefined;
    // Two letters swapped in the middle of the word, the commonest typing slip.
    const i = 2 + Math.floor(random() * (token.text.length - 4));
    const typo = token.text.slice(0, i) + token.text[i + 1] + token.text[i] + token.text.slice(i + 2);
    if (typo === token.text || spell.spell(typo) || /^و?(?:ال)?ا/.test(typo)) return undefined;
    return splice(text, token.start, token.end, typo);
  },
  hamza: (text, random) => {
    const token = pickIndex(random, tokenize(text).filter((t) => /^(?:ال[أإ]|إلى$)/.test(t.text)));
    return token && splice(text, token.start, token.end, token.text.replace(/[أإ]/, 'ا'));
  },
  'quote-marks': (text, random) => {
    const match = pickIndex(random, positions(text, /“/g));
    return match && splice(text, match.index, match.index + 1, random() < 0.5 ? '”' : '«');
  },
  'particle-inside-quote': (text, random) => {
    const match = pickIndex(random, positions(text, /أن “/g));
    return match && splice(text, match.index, match.index + 4, '“أن ', [match.index, match.index + 3]);
  },
  'reporting-verb-particle': (text, random) => {
    const match = pickIndex(random, positions(text, /(?<=(?:قال|قالت) (?:[^ ]+ ){0,3})إن(?= )|(?<=(?:أكد|أكدت|أوضح|أبرز) (?:[^ ]+ ){0,2})أن(?= )/g));
    return match && splice(text, match.index, match.index + 2, match.text === 'إن' ? 'أن' : 'إن');
  },
  'month-style': (text, random) => {
    const match = pickIndex(random, positions(text, new RegExp(`(?<= )(${MASHRIQ_ONLY.join('|')})(?= [0-9]{4})`, 'g')));
    return match && splice(text, match.index, match.index + match.text.length, MONTHS.maghreb[MONTHS.mashriq.indexOf(match.text as never)]!);
  },
  'dateline-weekday': (text, random) => {
    const match = /^(ال[^ ]+) /.exec(text);
    if (!match || !/[0-9]{4} على الساعة/.test(text)) return undefined;
    const other = pickIndex(random, ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'].filter((day) => day !== match[1]))!;
    return splice(text, 0, match[1]!.length, other);
  },
  'digit-style': (text, random) => {
    const match = pickIndex(random, positions(text, /(?<![A-Za-z0-9\u0621-\u064A])[0-9]{2}(?![0-9:.])/g));
    return match && splice(text, match.index, match.index + 2, match.text.replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d))));
  },
  'number-unit-space': (text, random) => {
    const match = pickIndex(random, positions(text, /(?<![0-9.:\u0621-\u064A])[0-9]+ (?=[\u0621-\u064A])/g));
    return match && splice(text, match.index, match.index + match.text.length, match.text.trimEnd(), [match.index, match.index + match.text.length]);
  },
  tatweel: (text, random) => {
    const token = pickIndex(random, tokenize(text).filter((t) => t.script === 'arabic' && t.text.length >= 5 && JOINING.test(t.text[2]!) && /[\u0621-\u064A]/.test(t.text[3]!)));
    return token && splice(text, token.start + 3, token.start + 3, 'ـــ');
  },
  'quote-without-source': (text) => {
    const quote = '“الوضع يتطلب مزيدا من اليقظة والحذر في الأيام المقبلة”.';
    return { text: `${text} ${quote}`, start: text.length + 1, end: text.length + quote.length };
  },
};
