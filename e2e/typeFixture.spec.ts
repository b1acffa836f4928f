import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../shared/model/draft';
import { useMidadTab } from './support/browser';
import { editorText, newDraft, readDraft, waitForSaved } from './support/editorPage';

/** A shortened copy of the fixture article, in the fixtures' plain-text form (breaking line, date line, headline twice). */
const ARTICLE = readFileSync(join(import.meta.dirname, 'fixtures', 'typed-article.txt'), 'utf8');
const HEADLINE = 'واخا ما كاين بوناني.. حرب المغرب على الإرهاب مستمرة';
const HAFIDI = 'إحسان الحافيظي';
const MINISTRY = 'وزارة الخارجية الأمريكية';

const popover = (page: Page) => page.getByRole('dialog', { name: 'مصدر الاقتباس' });

/** The paragraphs of `ARTICLE` after the headline lines, in order: lead, intertitle, body… */
function bodyLines(): string[] {
  const lines = ARTICLE.split('\n').filter((line) => line.trim() !== '');
  return lines.slice(lines.findLastIndex((line) => line.startsWith(HEADLINE)) + 1);
}

interface Structure {
  blocks: string[];
  intertitles: string[];
  speech: { source: string; channel: string | undefined }[];
  terms: string[];
  fields: Pick<Draft['fields'], 'breaking' | 'mediaTags' | 'publishedAt'>;
}

type JsonNode = { type: string; children?: JsonNode[]; text?: string; quoteKind?: string; attribution?: { sourceId?: string; channel?: string } };

/** What both drafts must share: block kinds in order, intertitles, quotes with their sources' names, fields. Not the exact text. */
function structureOf(draft: Draft): Structure {
  const nameOf = (id: string | undefined) => draft.sources.find((source) => source.id === id)?.name ?? '(none)';
  const textOf = (node: JsonNode): string => node.text ?? (node.children ?? []).map(textOf).join('');
  const quotes: JsonNode[] = [];
  const walk = (node: JsonNode) => {
    if (node.type === 'midad-quote') quotes.push(node);
    node.children?.forEach(walk);
  };
  const top = (draft.document.root as { children: JsonNode[] }).children;
  top.forEach(walk);
  return {
    // A typed article may end on the empty paragraph the last Enter leaves.
    blocks: top.filter((node) => !(node.type === 'paragraph' && textOf(node) === '')).map((node) => node.type),
    intertitles: top.filter((node) => node.type === 'heading').map(textOf),
    speech: quotes
      .filter((quote) => quote.quoteKind !== 'term')
      .map((quote) => ({ source: nameOf(quote.attribution?.sourceId), channel: quote.attribution?.channel })),
    terms: quotes.filter((quote) => quote.quoteKind === 'term').map(textOf),
    fields: { breaking: draft.fields.breaking, mediaTags: draft.fields.mediaTags, publishedAt: draft.fields.publishedAt },
  };
}

/** Types a paragraph ending on a speech quote, then answers the source popover: a new source, or the directory's pick. */
async function typeQuotedParagraph(page: Page, text: string, speaker: string, fresh: boolean): Promise<void> {
  const close = text.lastIndexOf('"') + 1;
  await page.keyboard.type(text.slice(0, close));
  await popover(page).waitFor();
  if (fresh) {
    await popover(page).getByRole('option', { name: `مصدر جديد: ${speaker}` }).click();
    await page.getByRole('dialog', { name: 'مصدر جديد' }).getByRole('button', { name: 'إنشاء المصدر' }).click();
  }
  await popover(page).getByRole('status').filter({ hasText: `المصدر: ${speaker}` }).waitFor();
  await popover(page).getByRole('button', { name: 'حفظ المصدر' }).click();
  await popover(page).waitFor({ state: 'detached' });
  await page.keyboard.type(text.slice(close));
}

describe('typing the fixture from scratch, end to end in Chromium', () => {
  // Its own data folder: it creates sources the quotes spec also creates, and compares source names.
  const tab = useMidadTab({ ownHost: true });

  it('produces the same structure as importing it', async () => {
    const { page } = tab;
    const typedId = await newDraft(page);

    // The body as a writer types it: straight quotation marks, `## ` for intertitles, Enter between blocks.
    const [lead, intertitle1, hafidi1, hafidi2, intertitle2, ministry, last] = bodyLines().map((line) => line.replace(/[“”]/gu, '"'));
    await editorText(page).click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type(HEADLINE);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type(lead!);
    await page.keyboard.press('Enter');
    await page.keyboard.type(`## ${intertitle1}`);
    await page.keyboard.press('Enter');
    await typeQuotedParagraph(page, hafidi1!, HAFIDI, true);
    await page.keyboard.press('Enter');
    await typeQuotedParagraph(page, hafidi2!, HAFIDI, false);
    await page.keyboard.press('Enter');
    await page.keyboard.type(`## ${intertitle2}`);
    await page.keyboard.press('Enter');
    await typeQuotedParagraph(page, ministry!, MINISTRY, true);
    await page.keyboard.press('Enter');
    await page.keyboard.type(last!);

    // The fields the fixture's page header carries, set in the fields pane, never typed into the headline.
    const panel = page.getByRole('complementary', { name: 'حقول المقال' });
    if ((await panel.count()) === 0) await page.getByRole('button', { name: 'حقول المقال' }).click();
    await panel.getByRole('checkbox', { name: 'عاجل' }).check();
    await panel.getByRole('group', { name: 'وسوم الوسائط' }).getByRole('checkbox', { name: 'صور' }).check();
    await panel.getByLabel('تاريخ النشر ووقته').fill('2021-12-21T13:05');
    await panel.getByLabel('المكان').fill('الرباط');
    await waitForSaved(page);
    await page.getByRole('button', { name: 'العودة إلى المكتبة' }).click();
    await page.getByRole('heading', { name: 'المكتبة' }).waitFor();

    const importedId = await page.evaluate(async (text) => {
      const bytes = new TextEncoder().encode(text);
      const base64 = btoa(String.fromCharCode(...bytes));
      return (await window.midad!.import.fromContent({ name: 'مقال.txt', base64 })).meta.id;
    }, ARTICLE);

    const typed = await readDraft(page, typedId);
    const imported = await readDraft(page, importedId);
    const expected = structureOf(imported);
    // The import is the reference: check it is the article, so two empty drafts cannot agree.
    expect(expected.blocks).toEqual(['midad-headline', 'midad-kicker', 'midad-lead', 'heading', 'paragraph', 'paragraph', 'heading', 'paragraph', 'paragraph']);
    expect(expected.speech.map((quote) => quote.source)).toEqual([HAFIDI, HAFIDI, MINISTRY]);
    expect(structureOf(typed)).toEqual(expected);
    // The plain-text importer reads no place line; the typed one keeps what the pane was given.
    expect(typed.fields.place).toBe('الرباط');
    expect(tab.errors).toEqual([]);
  });
});
