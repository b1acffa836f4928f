import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bringUpWordPress, tearDownWordPress, type WordPressSite } from '../electron/services/publishing/testing/wordpressSite';
import { useMidadTab } from './support/browser';
import { screenshot } from './support/screenshots';

const HEADLINE = 'تفكيك خلية إرهابية بين طنجة ووجدة كلمةنشرفريدة';

/** The posts the site holds with the headline's unique word, read back as the admin. */
async function postsOnSite(site: WordPressSite): Promise<{ id: number; status: string; link: string; title: { raw: string } }[]> {
  const url = new URL(`${site.url}/wp-json/wp/v2/posts`);
  url.search = new URLSearchParams({ search: 'كلمةنشرفريدة', status: 'any', context: 'edit' }).toString();
  const response = await fetch(url, { headers: { Authorization: `Basic ${Buffer.from(`${site.user}:${site.applicationPassword}`).toString('base64')}` } });
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
    await target.getByRole('group', { name: 'kifache' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'publishing-targets');
    await target.getByRole('button', { name: 'إلغاء' }).click();
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

    const link = dialog.getByRole('link', { name: 'فتح المقال' });
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
    const job = dialog.getByRole('listitem', { name: HEADLINE });
    await job.getByText('أُرسل').waitFor();
    expect(await job.getByText('kifache').count()).toBe(1);
    expect(await job.getByRole('link', { name: 'فتح المقال' }).getAttribute('href')).toBe((await postsOnSite(site))[0]!.link);
    await screenshot(page, 'publishing-outbox');
    expect(tab.errors).toEqual([]);
  });
});
