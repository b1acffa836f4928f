import type { Locator, Page } from 'playwright-core';
import type { Draft } from '../../shared/model/draft';

/** The article's text area, as a screen reader names it. */
export const editorText = (page: Page) => page.getByRole('textbox', { name: 'نص المقال' });

/** Waits until the status bar says the latest text is on disk. */
export async function waitForSaved(page: Page): Promise<void> {
  await page.getByRole('status').filter({ hasText: /^محفوظ$/ }).waitFor();
}

/** The last paragraph of the body, where a writer carries on. */
export const lastParagraph = (page: Page) => editorText(page).locator(':scope > p').last();

/**
 * Clicks into `block` and waits until the caret is really there: Lexical follows the caret on
 * selectionchange, which under load can come after the click returns, and typing or pasting
 * before that lands wherever the caret was before.
 */
export async function placeCaretIn(block: Locator): Promise<void> {
  await block.click();
  await block.evaluate(
    (element) =>
      new Promise<void>((resolve) => {
        const check = () => (element.contains(getSelection()?.anchorNode ?? null) ? resolve() : setTimeout(check, 20));
        check();
      }),
  );
  await block.page().waitForTimeout(50);
}

/** Places the caret at the end of `block`'s text. */
export async function placeCaretAtEnd(block: Locator): Promise<void> {
  await placeCaretIn(block);
  await block.page().keyboard.press('End');
}

const draftIds = (page: Page) => page.evaluate(async () => (await window.midad!.drafts.list({ sort: 'updated' })).map((meta) => meta.id));

/** Creates a draft from the library and waits for its editor; returns the new draft's id. */
export async function newDraft(page: Page): Promise<string> {
  const before = new Set(await draftIds(page));
  await page.getByRole('button', { name: 'مسودة جديدة' }).click();
  await editorText(page).waitFor();
  const id = (await draftIds(page)).find((candidate) => !before.has(candidate));
  if (!id) throw new Error('no new draft in the library');
  return id;
}

/** Types the headline of an empty draft, then puts the caret in the body, after the fixed kicker and lead. */
export async function typeHeadline(page: Page, headline: string): Promise<void> {
  await editorText(page).click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type(headline);
  await placeCaretIn(lastParagraph(page));
}

/** The draft as saved, read through the API without taking it over from the window that has it open. */
export async function readDraft(page: Page, id: string): Promise<Draft> {
  return page.evaluate(async (draftId) => {
    const { draft } = await window.midad!.drafts.open({ id: draftId, takeOver: false });
    await window.midad!.drafts.close({ id: draftId });
    return draft;
  }, id);
}
