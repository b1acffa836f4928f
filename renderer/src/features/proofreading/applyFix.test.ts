import { $createParagraphNode, $createTextNode, $getRoot, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { createArticleEditor } from '../../../../shared/editor/headless';
import { $createQuoteNode } from '../../../../shared/editor/nodes';
import { check } from '../../../../shared/proofreading/engine';
import type { Finding } from '../../../../shared/proofreading/types';
import { defaultSettings } from '../../../../shared/model/settings';
import { $applyFixes, $applyReplacement, bulkFixable } from './applyFix';
import { $readBlock } from './liveBlocks';

/** A paragraph of plain text, then a bold run, then a quote node, so fixes cross text nodes. */
function article(): LexicalEditor {
  const editor = createArticleEditor();
  editor.update(
    () => {
      const paragraph = $createParagraphNode();
      const quote = $createQuoteNode('speech');
      quote.append($createTextNode('هذا خطأ , قال'));
      paragraph.append($createTextNode('و أشادت الوزارة , '), $createTextNode('بالعمل').toggleFormat('bold'), $createTextNode(' و أكدت '), quote);
      $getRoot().clear().append(paragraph);
    },
    { discrete: true },
  );
  return editor;
}

const text = (editor: LexicalEditor) => editor.read(() => $getRoot().getTextContent());

function findingsOf(editor: LexicalEditor): Finding[] {
  const blocks = editor.read(() => $getRoot().getChildren().map((node) => $readBlock(node)!));
  return check({ blocks, language: 'ar', houseStyle: defaultSettings.houseStyle });
}

describe('fixing findings in the live editor', () => {
  it('reads quote spans so findings inside the speaker\'s words are marked as such', () => {
    const findings = findingsOf(article());
    const commas = findings.filter((finding) => finding.ruleId === 'latin-punctuation');
    expect(commas.map((finding) => finding.insideQuote)).toEqual([false, true]);
  });

  it('fixes one finding where it is, leaving the rest of the block and its formatting', () => {
    const editor = article();
    const conjunction = findingsOf(editor).find((finding) => finding.ruleId === 'detached-conjunction')!;
    editor.update(() => void $applyReplacement(conjunction, conjunction.fix!.replacement), { discrete: true });
    expect(text(editor)).toBe('وأشادت الوزارة , بالعمل و أكدت هذا خطأ , قال');
    expect(editor.read(() => $getRoot().getAllTextNodes().find((node) => node.getTextContent() === 'بالعمل')?.hasFormat('bold'))).toBe(true);
  });

  it('fixes all of a kind outside quotes in one update, and refuses a stale finding', () => {
    const editor = article();
    const conjunctions = bulkFixable(findingsOf(editor)).filter((finding) => finding.ruleId === 'detached-conjunction');
    let applied = 0;
    editor.update(() => void (applied = $applyFixes(conjunctions)), { discrete: true });
    expect(applied).toBe(2);
    expect(text(editor)).toBe('وأشادت الوزارة , بالعمل وأكدت هذا خطأ , قال');
    // The block has changed: the old findings no longer match its text.
    editor.update(() => void (applied = $applyFixes(conjunctions)), { discrete: true });
    expect(applied).toBe(0);
  });

  it('skips a fix overlapping one already applied, and never touches the quote', () => {
    const editor = article();
    const fixable = bulkFixable(findingsOf(editor));
    expect(fixable.map((finding) => finding.ruleId)).toEqual(['detached-conjunction', 'space-before-punctuation', 'latin-punctuation', 'detached-conjunction']);
    let applied = 0;
    editor.update(() => void (applied = $applyFixes(fixable)), { discrete: true });
    // The comma became «،» first; the space-before fix spans it and is left for the next check.
    expect(applied).toBe(3);
    expect(text(editor)).toBe('وأشادت الوزارة ، بالعمل وأكدت هذا خطأ , قال');
  });
});
