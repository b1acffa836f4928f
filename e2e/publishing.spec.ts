import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bringUpWordPress, tearDownWordPress, type WordPressSite } from '../electron/services/publishing/testing/wordpressSite';
import { useMidadTab } from './support/browser';
import { screenshot } from './support/screenshots';

const HEADLINE = 'تفكيك خلية إرهابية بين طنجة ووجدة كلمةنشرفريدة';

const adminAuth = (site: WordPressSite) => ({ Authorization: `Basic ${Buffer.from(`${site.user}:${site.applicationPassword}`).toString('base64')}` });

/** The posts the site holds with the headline's unique word, read back as the admin. */
async function postsOnSite(site: WordPressSite): Promise<{ id: number; status: string; link: string; title: { raw: string } }[]> {
  const url = new URL(`${site.url}/wp-json/wp/v2/posts`);
  url.search = new URLSearchParams({ search: 'كلمةنشرفريدة', status: 'any', context: 'edit' }).toString();
  const response = await fetch(url, { headers: adminAuth(site) });
  return (await response.json()) as { id: number; status: string; link: string; title: { raw: string } }[];
}

const settingsDialog = (page: Page) => page.getByRole('dialog', { name: 'الإعدادات' });

describe('publishing to a real WordPress, end to end in Chromium', () => {
  const tab = useMidadTab();
  let site: WordPressSite;
  let draftId: string;

  beforeAll(async () => {
    site = await bringUpWordPress();
    // A story tagged (photos) without a picture: the checklist warns, the editor must give a reason.
    draftId = await tab.page.evaluate(
      async (headline) => (await window.midad!.drafts.create({ language: 'ar', headline, fields: { mediaTags: ['photos'] } as never })).meta.id,
      HEADLINE,
    );
  }, 180_000);

  afterAll(async () => {
    if (site) await tearDownWordPress(site);
  });

  it('adds the site as a target in the settings and tests the connection', async () => {
    const { page } = tab;
    await page.getByRole('button', { name: 'الإعدادات' }).click();
    const dialog = settingsDialog(page);
    await dialog.getByRole('button', { name: 'إضافة وجهة' }).click();
    const form = dialog.getByRole('group', { name: 'إضافة وجهة' });
    await form.getByLabel('الاسم').fill('kifache');
    await form.getByLabel('عنوان الموقع').fill(site.url);
    await form.getByLabel('مستخدم ووردبريس').fill(site.user);
    await form.getByLabel('كلمة مرور التطبيق').fill(site.applicationPassword);
    await form.getByRole('button', { name: 'حفظ' }).click();

    const target = dialog.getByRole('listitem', { name: 'kifache' });
    await target.getByRole('button', { name: 'اختبار الاتصال' }).click();
    await target.getByText(`متصل باسم ${site.user}.`).waitFor();
    expect(await target.getByRole('status').textContent()).toContain('يمكنه النشر');
    // The password is never shown back, not even in the edit form.
    await target.getByRole('button', { name: 'تعديل' }).click();
    expect(await target.getByLabel('كلمة مرور التطبيق').inputValue()).toBe('');
    const edit = target.getByRole('group', { name: 'kifache' });
    await edit.scrollIntoViewIfNeeded();
    await edit.getByText('كيف تصل الإشارات إلى الموقع').click();
    await edit.getByRole('group', { name: 'عاجل' }).getByLabel('قبل العنوان').fill('عاجل: ');
    // The categories come by name: from the connection test just made, and again from the site on demand.
    await edit.getByRole('button', { name: 'إعادة تحميل التصنيفات والوسوم من الموقع' }).click();
    await edit.getByRole('group', { name: 'عاجل' }).getByLabel('التصنيف').selectOption({ label: 'عاجل' });
    await edit.getByRole('button', { name: 'إضافة قسم' }).click();
    await edit.getByRole('group', { name: 'قسم جديد' }).getByLabel('القسم في مداد').fill('سياسة');
    await edit.getByRole('group', { name: 'سياسة' }).getByLabel('التصنيف').selectOption({ label: 'سياسة' });
    await screenshot(page, 'publishing-targets');
    await edit.getByRole('button', { name: 'حفظ' }).click();
    await edit.waitFor({ state: 'detached' });
    const [stored] = await page.evaluate(() => window.midad!.publishing.listTargets({}));
    expect(stored!.mappings.breaking).toEqual({ category: site.categories.breaking, prefix: 'عاجل: ', suffix: '' });
    expect(stored!.mappings.sections).toEqual({ سياسة: site.categories.politics });
    await dialog.getByRole('button', { name: 'إغلاق' }).last().click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('publishes from the editor: the checklist warning needs a reason, then the job goes through the outbox to the site', async () => {
    const { page } = tab;
    await page.evaluate((id) => (location.hash = `#/draft/${encodeURIComponent(id)}`), draftId);
    await page.getByRole('textbox', { name: 'نص المقال' }).waitFor();
    await page.getByRole('toolbar').getByRole('button', { name: 'النشر' }).click();
    const panel = page.getByRole('complementary', { name: 'النشر' });
    await panel.getByRole('button', { name: 'نشر…' }).click();

    const dialog = page.getByRole('dialog', { name: 'نشر' });
    await dialog.getByText('الخبر موسوم (صور) لكن لا صور فيه.').waitFor();
    await dialog.getByRole('radio', { name: 'نشر الآن' }).check();
    const send = dialog.getByRole('button', { name: 'إرسال إلى صندوق الإرسال' });
    expect(await send.isDisabled()).toBe(true);
    await dialog.getByLabel('النشر رغم ذلك، لأن:').fill('الصور تصل لاحقًا من المصور');
    await screenshot(page, 'publishing-dialog');
    await send.click();

    const link = dialog.getByRole('listitem', { name: HEADLINE }).getByRole('link', { name: 'فتح المقال' });
    await link.waitFor({ timeout: 30_000 });
    const posts = await postsOnSite(site);
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({ status: 'publish', title: { raw: HEADLINE } });
    expect(await link.getAttribute('href')).toBe(posts[0]!.link);
    // The draft is now on the site: the same button updates that post.
    await dialog.getByRole('button', { name: 'تحديث المقال' }).waitFor();
    await screenshot(page, 'publishing-done');
    await dialog.getByRole('button', { name: 'إغلاق' }).click();
    await panel.getByText('على kifache: منشور').waitFor();
  });

  it('a post deleted on the site: the update fails in plain words, and publishing it as a new post makes one new post', async () => {
    const { page } = tab;
    const [gone] = await postsOnSite(site);
    await fetch(`${site.url}/wp-json/wp/v2/posts/${gone!.id}?force=true`, { method: 'DELETE', headers: adminAuth(site) });
    await page.getByRole('complementary', { name: 'النشر' }).getByRole('button', { name: 'نشر…' }).click();
    const dialog = page.getByRole('dialog', { name: 'نشر' });
    const update = dialog.getByRole('button', { name: 'تحديث المقال' });
    await update.waitFor();
    await dialog.getByRole('radio', { name: 'نشر الآن' }).check();
    await dialog.getByLabel('النشر رغم ذلك، لأن:').fill('الصور تصل لاحقًا');
    await update.click();
    await dialog.getByText('حُذف المقال من الموقع فلا يمكن تحديثه. انشر الخبر مقالًا جديدًا بدلًا من ذلك.').waitFor();
    await dialog.getByRole('button', { name: 'نشره مقالًا جديدًا' }).click();
    await dialog.getByRole('listitem', { name: HEADLINE }).getByText('أُرسل').waitFor({ timeout: 30_000 });
    const posts = await postsOnSite(site);
    expect(posts).toHaveLength(1);
    expect(posts[0]!.id).not.toBe(gone!.id);
    await dialog.getByRole('button', { name: 'إغلاق' }).click();
  });

  it('exports the draft as plain text to a downloaded file', async () => {
    const { page } = tab;
    const panel = page.getByRole('complementary', { name: 'النشر' });
    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'نص خام' }).click()]);
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    expect(download.suggestedFilename()).toMatch(/\.txt$/);
    expect(await readFile(path, 'utf8')).toContain(HEADLINE);
  });

  it('the outbox in the library shows the job as sent, with the post link', async () => {
    const { page } = tab;
    await page.evaluate(() => (location.hash = ''));
    await page.getByRole('button', { name: 'صندوق الإرسال' }).click();
    const dialog = page.getByRole('dialog', { name: 'صندوق الإرسال' });
    const jobs = dialog.getByRole('listitem', { name: HEADLINE });
    // Newest first: the new post, the refused update, the first publish.
    await jobs.first().getByText('أُرسل').waitFor();
    expect(await jobs.count()).toBe(3);
    expect(await jobs.first().getByText('kifache').count()).toBe(1);
    expect(await jobs.first().getByRole('link', { name: 'فتح المقال' }).getAttribute('href')).toBe((await postsOnSite(site))[0]!.link);
    expect(await jobs.nth(1).getByText('فشل').count()).toBe(1);
    expect(await jobs.nth(1).getByText(/حُذف المقال من الموقع/).count()).toBe(1);
  });

  it('a site that does not answer: the job waits with its next try shown, live, can be edited (scheduled instead) and cancelled', async () => {
    const { page } = tab;
    await page.evaluate(async (id) => {
      await window.midad!.publishing.addTarget({ name: 'offline', type: 'wordpress', url: 'http://127.0.0.1:9', user: 'x', password: 'y' });
      await window.midad!.publishing.publish({ draftId: id, target: 'offline', options: { status: 'draft' } });
    }, draftId);
    const dialog = page.getByRole('dialog', { name: 'صندوق الإرسال' });
    const waiting = dialog.getByRole('listitem', { name: HEADLINE }).filter({ hasText: 'offline' });
    await waiting.getByText('بانتظار إعادة المحاولة').waitFor();
    await waiting.getByText(/المحاولة التالية/).waitFor();
    expect(await waiting.getByText(/127\.0\.0\.1:9/).count()).toBe(1);
    await screenshot(page, 'publishing-outbox');

    // Edited while it waits: scheduled instead, at a time on the newsroom's clock (Casablanca); it runs again at once.
    await waiting.getByRole('button', { name: 'تعديل' }).click();
    const edit = waiting.getByRole('group', { name: 'تعديل المهمة' });
    await edit.getByRole('radio', { name: 'مجدول' }).check();
    const saveButton = edit.getByRole('button', { name: 'حفظ وإعادة المحاولة' });
    expect(await saveButton.isDisabled()).toBe(true);
    await edit.getByLabel('التاريخ والوقت (Africa/Casablanca)').fill('2031-06-12T09:30');
    await screenshot(page, 'publishing-outbox-edit');
    await saveButton.click();
    await edit.waitFor({ state: 'detached' });
    const edited = (await page.evaluate(() => window.midad!.outbox.list({}))).find((job) => job.target === 'offline')!;
    // The offset is Casablanca's on that day from Midad's own time-zone database (Morocco is on UTC+1 outside Ramadan),
    // not from the browser's, which is stale in Debian's Chromium.
    expect(edited.options).toEqual({ status: 'future', at: '2031-06-12T09:30:00+01:00' });
    expect(edited.attempts).toBeLessThanOrEqual(1);
    await waiting.getByText(/المحاولة التالية/).waitFor();
    await waiting.getByRole('button', { name: 'إلغاء' }).click();
    await waiting.getByText('أُلغي').waitFor();
    await dialog.getByRole('button', { name: 'إغلاق' }).click();

    // The same site from the settings: "test connection" says what is wrong in plain words.
    await page.getByRole('button', { name: 'الإعدادات' }).click();
    const offline = settingsDialog(page).getByRole('listitem', { name: 'offline' });
    await offline.getByRole('button', { name: 'اختبار الاتصال' }).click();
    expect(await offline.getByRole('alert').textContent()).toContain('تعذّر الوصول إلى الموقع (http://127.0.0.1:9)');
    expect(tab.errors).toEqual([]);
  });
});
