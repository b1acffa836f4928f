/** Character classes and small normalisations the proofreading rules share. */

const ARABIC_LETTER = /[\u0620-\u063F\u0641-\u064A\u066E-\u066F\u0671-\u06D3\u06D5\u06FA-\u06FF]/;
/** Harakat, shadda, sukun, superscript alef: Ayaspell's IGNORE list, with tatweel. */
const MARKS = /[\u064B-\u065F\u0670\u0640]/g;

export const TATWEEL = '\u0640';

export function isArabicLetter(char: string | undefined): boolean {
  return char !== undefined && ARABIC_LETTER.test(char);
}

export function isLatinLetter(char: string | undefined): boolean {
  return char !== undefined && /[A-Za-z\u00C0-\u024F]/.test(char);
}

export function isDigit(char: string | undefined): boolean {
  return char !== undefined && /[0-9\u0660-\u0669\u06F0-\u06F9]/.test(char);
}

/** Removes harakat and tatweel, which Hunspell's Arabic dictionary ignores too. */
export function stripMarks(text: string): string {
  return text.replace(MARKS, '');
}

/** For comparing two wordings: no marks, one alef, final ya and ta marbuta folded. */
export function foldArabic(text: string): string {
  return stripMarks(text).replace(/[أإآٱ]/g, 'ا').replace(/ى/g, 'ي').replace(/ة/g, 'ه');
}

/** Proclitics a name or a listed word may carry in running text: و، ف، ب، ل، ك and their pairs. */
export const PROCLITICS = ['وبال', 'وال', 'بال', 'فال', 'كال', 'لل', 'وب', 'ول', 'فب', 'فل', 'وك', 'و', 'ف', 'ب', 'ل', 'ك'];

/** A word without its proclitics, longest first; `لل` gives back its article (للمغرب → المغرب). */
export function withoutProclitics(word: string): string[] {
  const forms = [word];
  for (const clitic of PROCLITICS) {
    if (word.length - clitic.length < 2 || !word.startsWith(clitic)) continue;
    const rest = word.slice(clitic.length);
    if (clitic.endsWith('ال')) forms.push(`ال${rest}`, rest);
    else if (clitic === 'لل') forms.push(`ال${rest}`);
    else forms.push(rest);
  }
  return forms;
}

/** Whitespace that separates words; a no-break space is a deliberate join and is not one. */
export function isBreakingSpace(char: string | undefined): boolean {
  return char === ' ' || char === '\t' || char === '\n';
}
