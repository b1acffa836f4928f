import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useMidadTab } from './support/browser';
import { editorText, lastParagraph, newDraft, placeCaretAtEnd, typeHeadline, waitForSaved } from './support/editorPage';
import { screenshot } from './support/screenshots';

const HEADLINE = 'الشرطة تفكك خلية في طنجة';
const JOURNALIST = 'سلمى بنعلي';
const EDITOR = 'رئيس التحرير';
const REASON = 'كما وردت في بيان الوزارة';
const REQUEST = 'أضف مصدرا ثانيا وتاريخ العملية';

const badge = (page: Page) => page.locator('.status-badge');

async function becomes(page: Page, role: 'journalist' | 'editor', userName: string) {
  await page.evaluate(
    async ({ role, userName }) => {
      await window.midad!.settings.set({ key: 'role', value: role });
      await window.midad!.settings.set({ key: 'userName', value: userName });
    },
    { role, userName },
  );
}

describe('the review workflow, end to end in Chromium', () => {
  const tab = useMidadTab();
  let id: string;

  beforeAll(async () => {
    await becomes(tab.page, 'journalist', JOURNALIST);
  });

  afterAll(async () => {
    await tab?.page.evaluate(async () => {
      await window.midad!.settings.set({ key: 'role', value: 'journalist' });
      await window.midad!.settings.set({ key: 'userName', value: '' });
    });
  });

  it('as a journalist: submitting checks the text, and the style error is acknowledged with a reason', async () => {
    const { page } = tab;
    await newDraft(page);
    await typeHeadline(page, HEADLINE);
    await page.keyboard.type('و أشادت الوزارة بالعمل الذي قامت به الشرطة في المدينة.');
    await waitForSaved(page);
    expect(await badge(page).textContent()).toBe('الحالة: مسودة');
    id = await page.evaluate(async (headline) => (await window.midad!.drafts.list({})).find((draft) => draft.headline === headline)!.id, HEADLINE);

    await page.getByRole('group', { name: 'سير المراجعة' }).getByRole('button', { name: 'إرسال للمراجعة' }).click();
    const dialog = page.getByRole('dialog', { name: 'إرسال للمراجعة' });
    const finding = dialog.locator('li[data-rule="detached-conjunction"]');
    await finding.waitFor();
    expect(await finding.textContent()).toContain('و أشادت');
    const confirm = dialog.getByRole('button', { name: 'تأكيد' });
    expect(await confirm.isDisabled()).toBe(true);
    await finding.getByRole('textbox', { name: 'السبب' }).fill(REASON);
    await finding.getByRole('button', { name: 'أُقرّ به' }).click();
    await screenshot(page, 'review-gate');
    await confirm.click();
    await dialog.waitFor({ state: 'detached' });
    await badge(page).filter({ hasText: 'الحالة: مُرسلة للمراجعة' }).waitFor();

    // The window carries on from the status revision: typing still saves.
    await placeCaretAtEnd(lastParagraph(page));
    await page.keyboard.type(' وأضافت');
    await page.getByRole('status').filter({ hasText: /^تغييرات غير محفوظة$/ }).waitFor();
    await waitForSaved(page);
  });

  it('as an editor: the inbox lists it with who and when; a step taken outside the window does not break saving; changes are requested', async () => {
    const { page } = tab;
    await becomes(page, 'editor', EDITOR);
    await page.getByRole('button', { name: 'العودة إلى المكتبة' }).click();
    const inbox = page.getByRole('region', { name: 'صندوق المراجعة' });
    const entry = inbox.getByRole('listitem').filter({ hasText: HEADLINE });
    await entry.waitFor();
    expect(await entry.textContent()).toMatch(new RegExp(`أرسلها ${JOURNALIST}، .*\\d`));
    await screenshot(page, 'review-inbox');

    await entry.getByRole('button', { name: HEADLINE }).click();
    await editorText(page).waitFor();
    await badge(page).filter({ hasText: 'الحالة: مُرسلة للمراجعة' }).waitFor();

    // The CLI-equivalent call, made while the draft is open here: the window must adopt the new revision.
    await page.evaluate((draftId) => window.midad!.review.transition({ id: draftId, to: 'in_review' }), id);
    await badge(page).filter({ hasText: 'الحالة: قيد المراجعة' }).waitFor();
    await placeCaretAtEnd(lastParagraph(page));
    await page.keyboard.type(' اليوم');
    await page.getByRole('status').filter({ hasText: /^تغييرات غير محفوظة$/ }).waitFor();
    await waitForSaved(page);
    const stored = await page.evaluate(async (draftId) => {
      const [latest] = await window.midad!.drafts.revisions({ id: draftId });
      return (await window.midad!.drafts.revision({ id: draftId, revisionId: latest!.id })).document;
    }, id);
    expect(JSON.stringify(stored)).toContain('وأضافت اليوم');

    const bar = page.getByRole('group', { name: 'سير المراجعة' });
    await bar.getByRole('button', { name: 'طلب تعديلات' }).click();
    const dialog = page.getByRole('dialog', { name: 'طلب تعديلات' });
    const confirm = dialog.getByRole('button', { name: 'تأكيد' });
    expect(await confirm.isDisabled()).toBe(true); // a request for changes must say what
    await dialog.getByRole('textbox', { name: 'رسالة (مطلوبة)' }).fill(REQUEST);
    await confirm.click();
    await dialog.waitFor({ state: 'detached' });
    await badge(page).filter({ hasText: 'الحالة: مطلوب تعديلات' }).waitFor();

    await page.getByRole('button', { name: 'سجل المراجعة', exact: true }).click();
    const history = page.getByRole('complementary', { name: 'سجل المراجعة' });
    const steps = history.locator(':scope > ol > li');
    await steps.nth(2).waitFor();
    const texts = await steps.allTextContents();
    expect(texts).toHaveLength(3);
    expect(texts[0]).toContain('قيد المراجعة ← مطلوب تعديلات');
    expect(texts[0]).toContain(EDITOR);
    expect(texts[0]).toContain(REQUEST);
    expect(texts[2]).toContain('مسودة ← مُرسلة للمراجعة');
    expect(texts[2]).toContain(JOURNALIST);
    expect(texts[2]).toContain('و أشادت');
    expect(texts[2]).toContain(REASON);
    expect(texts[2]).toMatch(/من جهاز \S+/);
    await screenshot(page, 'review-history');
    expect(tab.errors).toEqual([]);
  });
});
