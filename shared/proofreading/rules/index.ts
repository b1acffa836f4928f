import { datelineWeekday } from './datelineWeekday';
import { detachedConjunction } from './detachedConjunction';
import { digitStyle } from './digitStyle';
import { doubleSpace } from './doubleSpace';
import { frenchSpacing } from './frenchSpacing';
import { hamza } from './hamza';
import { headlineLength } from './headlineLength';
import { latinPunctuation } from './latinPunctuation';
import { leadRepeatsHeadline } from './leadRepeatsHeadline';
import { missingSpaceAfterPunctuation } from './missingSpaceAfterPunctuation';
import { monthStyle } from './monthStyle';
import { numberUnitSpace } from './numberUnitSpace';
import { particleInsideQuote } from './particleInsideQuote';
import { quoteMarks } from './quoteMarks';
import { quoteWithoutSource } from './quoteWithoutSource';
import { repeatedPunctuation } from './repeatedPunctuation';
import { repeatedWord } from './repeatedWord';
import { reportingVerbParticle } from './reportingVerbParticle';
import type { Rule } from './rule';
import { sourceTitleConflict } from './sourceTitleConflict';
import { spaceBeforePunctuation } from './spaceBeforePunctuation';
import { spelling } from './spelling';
import { straightQuotes } from './straightQuotes';
import { strayLetter } from './strayLetter';
import { tatweel } from './tatweel';

/** Every rule, in the order the findings panel lists them. */
export const rules: readonly Rule[] = [
  spelling,
  strayLetter,
  hamza,
  detachedConjunction,
  repeatedWord,
  latinPunctuation,
  spaceBeforePunctuation,
  missingSpaceAfterPunctuation,
  repeatedPunctuation,
  doubleSpace,
  frenchSpacing,
  quoteMarks,
  straightQuotes,
  quoteWithoutSource,
  particleInsideQuote,
  reportingVerbParticle,
  monthStyle,
  datelineWeekday,
  digitStyle,
  numberUnitSpace,
  tatweel,
  sourceTitleConflict,
  headlineLength,
  leadRepeatsHeadline,
];

export const ruleIds = rules.map((rule) => rule.id);
