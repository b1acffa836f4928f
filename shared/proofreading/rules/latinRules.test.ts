import { describe, expect, it } from 'vitest';
import type { ArticleLanguage } from '../../model/language';
import { check } from '../engine';
import type { HouseStyleOptions } from '../types';
import { ruleIds } from './index';

const houseStyle: HouseStyleOptions = { monthNames: 'mashriq', digits: 'western', quotationMarks: 'curly', headlineMaxLength: 60 };
const NBSP = '\u00A0';

/** One rule on one paragraph of a French, English or Arabic draft: each finding's text and fix. */
function run(ruleId: string, language: ArticleLanguage, text: string) {
  return check({ blocks: [{ id: 'b', kind: 'paragraph', text }], language, houseStyle, disabledRules: ruleIds.filter((id) => id !== ruleId) }).map(
    (finding) => [finding.text, finding.fix?.replacement],
  );
}

describe('French typography', () => {
  it('wants a no-break space before : ; ! ? and inside « »', () => {
    expect(run('french-spacing', 'fr', 'Il a dit: oui')).toEqual([[':', `${NBSP}:`]]);
    expect(run('french-spacing', 'fr', 'Vraiment ? Oui !')).toEqual([
      [' ?', `${NBSP}?`],
      [' !', `${NBSP}!`],
    ]);
    expect(run('french-spacing', 'fr', 'le mot «oui» et « non »')).toEqual([
      ['«', `«${NBSP}`],
      ['»', `${NBSP}»`],
      ['« ', `«${NBSP}`],
      [' »', `${NBSP}»`],
    ]);
  });

  it('leaves alone what is already right, times, addresses and other languages', () => {
    for (const text of [`Il a dit${NBSP}: oui`, 'Vraiment\u202F? Oui\u202F!', `le mot «${NBSP}oui${NBSP}»`, 'à 13:05', 'https://kifache.com', `Oui${NBSP}?!`, 'Acquire::ftp::ProxyLogin est vide']) {
      expect(run('french-spacing', 'fr', text), text).toEqual([]);
    }
    expect(run('french-spacing', 'en', 'He said: yes; really?')).toEqual([]);
    expect(run('french-spacing', 'ar', 'قال: نعم')).toEqual([]);
  });

  it('quotes with « » in French and “ ” in English, whatever the Arabic house style', () => {
    expect(run('quote-marks', 'fr', `Il a dit «${NBSP}oui${NBSP}»`)).toEqual([]);
    expect(run('quote-marks', 'fr', 'Il a dit “oui”')).toEqual([
      ['“', '«'],
      ['”', '»'],
    ]);
    expect(run('quote-marks', 'en', 'He said “yes”')).toEqual([]);
    expect(run('quote-marks', 'en', 'He said «yes»')).toEqual([
      ['«', '“'],
      ['»', '”'],
    ]);
  });
});

describe('straight quotes', () => {
  it('become the language’s marks, pair by pair, as a warning', () => {
    expect(run('straight-quotes', 'en', 'He said "yes" and "no"')).toEqual([
      ['"', '“'],
      ['"', '”'],
      ['"', '“'],
      ['"', '”'],
    ]);
    expect(run('straight-quotes', 'fr', 'Il a dit "oui"')).toEqual([
      ['"', '«'],
      ['"', '»'],
    ]);
    expect(run('straight-quotes', 'ar', 'لموقع "كيفاش"')).toEqual([
      ['"', '“'],
      ['"', '”'],
    ]);
    const findings = check({ blocks: [{ id: 'b', kind: 'paragraph', text: 'He said "yes"' }], language: 'en', houseStyle });
    expect(findings.map((finding) => [finding.ruleId, finding.severity])).toEqual([
      ['straight-quotes', 'warning'],
      ['straight-quotes', 'warning'],
    ]);
  });

  it('leaves typeset quotes and a lone straight quote (quote-marks reports that) alone', () => {
    expect(run('straight-quotes', 'en', 'He said “yes”, a 6" screen')).toEqual([]);
    expect(run('quote-marks', 'en', 'He said "yes')).toEqual([
      ['"', '“'],
      ['"', undefined],
    ]);
  });
});

describe('double spaces and repeated words in every language', () => {
  it('flags two spaces or more between words, not a no-break space', () => {
    expect(run('double-space', 'en', 'The  minister   said')).toEqual([
      ['  ', ' '],
      ['   ', ' '],
    ]);
    expect(run('double-space', 'ar', 'قال  الوزير')).toEqual([['  ', ' ']]);
    expect(run('double-space', 'fr', `Il a dit${NBSP} : oui`)).toEqual([]);
  });

  it('flags a word typed twice in French and English, not a deliberate repetition', () => {
    expect(run('repeated-word', 'fr', 'Il a a dit')).toEqual([[' a', '']]);
    expect(run('repeated-word', 'en', 'The the minister')).toEqual([[' the', '']]);
    expect(run('repeated-word', 'fr', 'nous nous sommes vus')).toEqual([]);
    expect(run('repeated-word', 'en', 'that that was it; he had had enough')).toEqual([]);
  });
});
