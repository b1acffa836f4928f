import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleDocument } from '../shared/model/document';
import { article, edit, startMachine, type Machine } from '../electron/services/packages/testing/machine';
import { articleText } from './support/articleText';
import { useMidadTab } from './support/browser';
import { editorText, placeCaretAtEnd, waitForSaved } from './support/editorPage';
import { screenshot } from './support/screenshots';

const HEADLINE = 'تفكيك خلية إرهابية بين طنجة والناظور';
const P1 = 'أعلنت المديرية العامة للأمن الوطني تفكيك خلية إرهابية تتكون من أربعة عناصر.';
const P2 = 'وأوضح بلاغ للمديرية أن العملية جرت صباح الثلاثاء بتنسيق مع المخابرات.';
const P3 = 'وحجزت المصالح الأمنية أسلحة بيضاء ومعدات إلكترونية.';
const MY_ADDITION = ' وأكد مصدر أمني أن التحقيق متواصل.';
const THEIR_P2 = 'وأوضح بلاغ للمديرية أن العملية جرت فجر الثلاثاء.';
const THEIR_P3 = 'وحجزت المصالح الأمنية أسلحة بيضاء ومعدات إلكترونية ومبالغ مالية.';

const arrivals = (page: Page) => page.getByRole('region', { name: 'الواردات من المكتب' });

/** The other machine's text as its editor saves it: Lexical writes a paragraph's text format and style too. */
function savedByEditor(paragraphs: Record<string, string>): ArticleDocument {
  const document = article(HEADLINE, paragraphs);
  const children = document.root.children.map((node) => (node.type === 'paragraph' ? { ...node, textFormat: 0, textStyle: '' } : node));
  return { root: { ...document.root, children } };
}

/** Sets the desk folder the way a user does: typed into the settings dialog, committed when the field is left. */
async function setDeskFolder(page: Page, folder: string) {
  await page.getByRole('button', { name: 'الإعدادات' }).click();
  const dialog = page.getByRole('dialog', { name: 'الإعدادات' });
  const field = dialog.getByRole('textbox', { name: 'مجلد المكتب المشترك' });
  await field.fill(folder);
  await field.blur();
  await dialog.getByRole('status').filter({ hasText: 'مجلد المكتب متاح.' }).waitFor();
  await screenshot(page, 'desk-settings');
  await dialog.getByRole('button', { name: 'إغلاق' }).click();
}

describe('the desk folder, end to end in Chromium', () => {
  const tab = useMidadTab();
  let desk: string;
  let editor: Machine;
  let id: string;

  beforeAll(async () => {
    desk = mkdtempSync(join(tmpdir(), 'midad-desk-'));
    // The other computer: its own data folder, driven by the same services the app runs.
    editor = await startMachine('كريم');
    id = (await editor.drafts.create({ headline: HEADLINE })).meta.id;
    await edit(editor, id, savedByEditor({ para0001: P1, para0002: P2, para0003: P3 }));
    await editor.packages.export({ id, path: join(desk, `${id}.midad`) });
    // A transfer cut short: not a package at all.
    writeFileSync(join(desk, 'broken-transfer.midad'), 'PK\u0003\u0004 truncated');
  });

  afterAll(async () => {
    await tab?.page.evaluate(() => window.midad!.settings.set({ key: 'deskFolder', value: '' }));
    await editor?.close();
    rmSync(desk, { recursive: true, force: true });
  });

  it('shows a package another machine dropped into the desk folder, takes it and opens it', async () => {
    const { page } = tab;
    await setDeskFolder(page, desk);
    const arrival = arrivals(page).getByRole('listitem').filter({ hasText: HEADLINE });
    await arrival.waitFor();
    expect(await arrival.textContent()).toContain('جديدة');
    // Names are bidi-isolated (U+2068…U+2069) so a Latin machine name keeps its place in the Arabic sentence.
    expect(await arrival.textContent()).toContain('من \u2068كريم\u2069 على جهاز \u2068كريم-pc\u2069');
    const broken = arrivals(page).getByRole('listitem').filter({ hasText: 'broken-transfer.midad' });
    expect(await broken.textContent()).toContain('تعذّرت قراءة الملف «broken-transfer.midad»: قد يكون تالفًا أو ناقصًا');
    expect(await broken.getByRole('button').count()).toBe(0);
    await screenshot(page, 'desk-arrivals');

    await arrival.getByRole('button', { name: 'استلام' }).click();
    const outcome = arrivals(page).locator('.package-outcome');
    await outcome.filter({ hasText: `استُلمت «${HEADLINE}» مادةً جديدة.` }).waitFor();
    await arrival.waitFor({ state: 'detached' });
    await outcome.getByRole('button', { name: 'فتح المادة' }).click();
    await editorText(page).waitFor();
    const text = await articleText(editorText(page));
    expect(text).toContain(HEADLINE);
    expect(text).toContain(P2);
    expect(await page.getByRole('button', { name: 'إرسال إلى المكتب' }).isVisible()).toBe(true);
  });

  it('a story changed on both machines is kept twice, compared paragraph by paragraph and merged as chosen', async () => {
    const { page } = tab;
    // Here: a sentence added to the second paragraph.
    const paragraph = editorText(page).locator(':scope > p', { hasText: P2 });
    await placeCaretAtEnd(paragraph);
    await page.keyboard.type(MY_ADDITION);
    await waitForSaved(page);

    // There, meanwhile, from the revision both had: the second and third paragraphs changed.
    await edit(editor, id, savedByEditor({ para0001: P1, para0002: THEIR_P2, para0003: THEIR_P3 }));
    await editor.packages.export({ id, path: join(desk, `${id}.midad`) });

    await page.getByRole('button', { name: 'العودة إلى المكتبة' }).click();
    const arrival = arrivals(page).getByRole('listitem').filter({ hasText: HEADLINE });
    await arrival.filter({ hasText: 'تعارض' }).waitFor();
    await arrival.getByRole('button', { name: 'استلام' }).click();
    const outcome = arrivals(page).locator('.package-outcome[data-outcome="conflict"]');
    await outcome.waitFor();
    await outcome.getByRole('button', { name: 'فتح المادة' }).click();
    await editorText(page).waitFor();
    // Nothing was overwritten: until resolved, the text here is still mine.
    expect(await articleText(editorText(page))).toContain(P2 + MY_ADDITION.trimEnd());

    const banner = page.getByRole('alert').filter({ hasText: 'عُدِّلت هذه المادة أيضًا على جهاز \u2068كريم-pc\u2069 بيد \u2068كريم\u2069 — قارن واختر.' });
    await banner.waitFor();
    await screenshot(page, 'desk-conflict-banner');
    const dialog = page.getByRole('dialog', { name: 'نسختان من المادة' });
    // Putting the choice off changes nothing: both versions wait.
    await banner.getByRole('button', { name: 'قارن واختر' }).click();
    await dialog.getByRole('button', { name: 'لاحقًا' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await banner.isVisible()).toBe(true);
    await banner.getByRole('button', { name: 'قارن واختر' }).click();
    const second = dialog.locator('fieldset', { hasText: 'فجر الثلاثاء' });
    const third = dialog.locator('fieldset', { hasText: 'ومبالغ مالية' });
    await second.waitFor();
    expect(await dialog.locator('fieldset').count()).toBe(2);
    // Take everything of theirs, then keep mine for the second paragraph: both controls and the per-paragraph pick.
    await dialog.getByRole('button', { name: 'خذ كل نسختهم' }).click();
    expect(await third.getByRole('radio', { name: 'خذ نسختهم' }).isChecked()).toBe(true);
    await second.getByRole('radio', { name: 'أبقِ نسختي' }).check();
    await screenshot(page, 'desk-conflict');
    await dialog.getByRole('button', { name: 'حسم التعارض' }).click();
    await dialog.waitFor({ state: 'detached' });
    await banner.waitFor({ state: 'detached' });
    // The session starts again from the merged revision.
    await editorText(page).filter({ hasText: 'ومبالغ مالية' }).waitFor({ timeout: 10_000 });

    const merged = await articleText(editorText(page));
    expect(merged).toContain(P2 + MY_ADDITION.trimEnd());
    expect(merged).toContain(THEIR_P3);
    expect(merged).not.toContain(THEIR_P2);
    expect(merged).toContain(P1);
    expect(tab.errors).toEqual([]);
  });

  it('imports a .midad file picked in the library, says what happened in plain words, and exports one back', async () => {
    const { page } = tab;
    const outbox = mkdtempSync(join(tmpdir(), 'midad-mail-'));
    try {
      const mailed = (await editor.drafts.create({ headline: 'زلزال بقوة خمس درجات يضرب الحسيمة' })).meta.id;
      await editor.packages.export({ id: mailed, path: join(outbox, 'story.midad') });
      await page.getByRole('button', { name: 'العودة إلى المكتبة' }).click();
      const picker = page.locator('.import-draft input[type="file"]');

      await picker.setInputFiles(join(outbox, 'story.midad'));
      const outcome = page.locator('.import-draft .package-outcome[data-outcome="created"]');
      await outcome.filter({ hasText: 'استُلمت «زلزال بقوة خمس درجات يضرب الحسيمة» مادةً جديدة.' }).waitFor();
      await picker.setInputFiles(join(outbox, 'story.midad'));
      await page.locator('.import-draft .package-outcome[data-outcome="up_to_date"]').waitFor();

      // A damaged file is refused in words, never with a stack trace.
      await picker.setInputFiles({ name: 'damaged.midad', mimeType: 'application/octet-stream', buffer: Buffer.from('not a package') });
      const refusal = page.locator('.import-draft [role="alert"]');
      await refusal.waitFor();
      const words = (await refusal.textContent()) ?? '';
      expect(words).toMatch(/[\u0600-\u06FF]{3}/u);
      expect(words).not.toMatch(/Error|at \w+ \(/u);

      await page.locator('.import-draft').getByRole('button', { name: 'استيراد…' }).waitFor();
      await page.getByRole('button', { name: 'زلزال بقوة خمس درجات يضرب الحسيمة' }).first().click();
      await editorText(page).waitFor();
      const download = page.waitForEvent('download');
      await page.getByRole('group', { name: 'حزمة المادة' }).getByRole('button', { name: 'تصدير حزمة مداد' }).click();
      expect((await download).suggestedFilename()).toBe(`${mailed}.midad`);
      await page.getByRole('group', { name: 'حزمة المادة' }).getByRole('button', { name: 'إرسال إلى المكتب' }).click();
      await page.getByRole('status').filter({ hasText: 'أودِعت المادة في مجلد المكتب.' }).waitFor();
      expect(existsSync(join(desk, `${mailed}.midad`))).toBe(true);
      expect(tab.errors).toEqual([]);
    } finally {
      rmSync(outbox, { recursive: true, force: true });
    }
  });

  it('follows the desk folder live: a package dropped in shows up, and a folder that goes away is retried until it is back', async () => {
    const { page } = tab;
    await page.getByRole('button', { name: 'العودة إلى المكتبة' }).click();
    await arrivals(page).waitFor();
    const live = (await editor.drafts.create({ headline: 'افتتاح معرض الكتاب بالرباط' })).meta.id;
    await editor.packages.export({ id: live, path: join(desk, `${live}.midad`) });
    // No reload, no navigation: the host's watcher reports it (desk.onDidArrive).
    await arrivals(page).getByRole('listitem').filter({ hasText: 'افتتاح معرض الكتاب بالرباط' }).waitFor({ timeout: 30_000 });

    const usb = join(desk, 'usb-stick');
    await page.evaluate((folder) => window.midad!.settings.set({ key: 'deskFolder', value: folder }), usb);
    await arrivals(page).getByRole('status').filter({ hasText: 'تعذّر الوصول إلى مجلد المكتب — ستُعاد المحاولة تلقائيًا.' }).waitFor();
    await screenshot(page, 'desk-unreachable');
    mkdirSync(usb);
    await arrivals(page).getByRole('status').filter({ hasText: 'مجلد المكتب متاح.' }).waitFor({ timeout: 30_000 });
    expect(tab.errors).toEqual([]);
  });
});
