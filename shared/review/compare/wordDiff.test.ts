import { describe, expect, it } from 'vitest';
import { tokenizeWords } from './tokenizeWords';
import { wordDiff } from './wordDiff';

describe('tokenizeWords', () => {
  it('keeps an Arabic word with its prefixes and tashkeel as one token, punctuation apart', () => {
    expect(tokenizeWords('وأشادت بالمغربِ، والمملكةَ.').map((token) => token.text)).toEqual(['وأشادت', 'بالمغربِ', '،', 'والمملكةَ', '.']);
  });

  it('keeps the spaces after each token, so the tokens rebuild the text', () => {
    const text = '  قال “إن الأمر”  انتهى ';
    expect(tokenizeWords(text).map((token) => token.text + token.space).join('')).toBe(text);
  });
});

describe('wordDiff', () => {
  it('reports a replaced word as that whole word, never its letters', () => {
    expect(wordDiff('نهاية الأسوع الماضي', 'نهاية الأسبوع الماضي')).toEqual([
      { op: 'equal', text: 'نهاية ' },
      { op: 'delete', text: 'الأسوع ' },
      { op: 'insert', text: 'الأسبوع ' },
      { op: 'equal', text: 'الماضي' },
    ]);
  });

  it('reports a glued conjunction as two words replaced by one', () => {
    expect(wordDiff('و أشادت واشنطن', 'وأشادت واشنطن')).toEqual([
      { op: 'delete', text: 'و أشادت ' },
      { op: 'insert', text: 'وأشادت ' },
      { op: 'equal', text: 'واشنطن' },
    ]);
  });

  it('treats a prefix added to a word as a new word, and ignores spacing alone', () => {
    expect(wordDiff('في المغرب', 'في بالمغرب')).toEqual([
      { op: 'equal', text: 'في ' },
      { op: 'delete', text: 'المغرب' },
      { op: 'insert', text: 'بالمغرب' },
    ]);
    expect(wordDiff('قال  الوزير', 'قال الوزير')).toEqual([{ op: 'equal', text: 'قال الوزير' }]);
  });
});
