import { documentText } from '../../../../shared/editor/documentText';
import type { ArticleDocument } from '../../../../shared/model/document';
import { arabicArticle } from './harness';

export interface CrashVersion {
  document: ArticleDocument;
  wordCount: number;
  headline: string;
}

/** The two versions the SIGKILL test alternates: 10,000 and 9,000 words, different headlines. */
export function crashVersions(): [CrashVersion, CrashVersion] {
  const make = (words: number, seed: number, headline: string): CrashVersion => {
    const document = arabicArticle(words, seed, headline);
    return { document, wordCount: words, headline: documentText(document).headline };
  };
  return [make(10_000, 1, 'النسخة ألف من التقرير'), make(9_000, 2, 'النسخة باء من التقرير')];
}
