import { deflateSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openMidad, type MidadPage } from './support/browser';
import { screenshot } from './support/screenshots';

/** A real 8×8 red PNG, built here so the test carries no binary file. */
function redPng(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => (bytes.reduce((c, byte) => crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8), 0xffffffff) ^ 0xffffffff) >>> 0;
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(8, 0);
  header.writeUInt32BE(8, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.concat(Array.from({ length: 8 }, () => Buffer.from([0, ...Array.from({ length: 8 }, () => [220, 30, 30]).flat()])));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

describe('pictures and embeds, end to end in Chromium', () => {
  let browser: Browser;
  let tab: MidadPage;

  beforeAll(async () => {
    browser = await launchChromium();
    tab = await openMidad(browser, inject('midadUrl'));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('picks a picture from disk, captions it, and keeps it after a reload', async () => {
    const { page } = tab;
    await page.getByRole('button', { name: 'مسودة جديدة' }).click();
    const text = page.getByRole('textbox', { name: 'نص المقال' });
    await text.click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('صور من الرباط');
    for (let step = 0; step < 3; step++) await page.keyboard.press('Enter');
    await page.keyboard.type('فقرة قبل الصورة');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'إدراج صورة' }).click()]);
    await chooser.setFiles({ name: 'red.png', mimeType: 'image/png', buffer: redPng() });
    await page.getByRole('textbox', { name: 'تعليق الصورة' }).fill('ساحة البريد في الرباط');
    await page.getByRole('textbox', { name: 'مصدر الصورة' }).fill('تصوير: كيفاش');
    await page.getByRole('textbox', { name: 'نص بديل' }).fill('ساحة مزدحمة');
    await page.getByRole('status').filter({ hasText: /^محفوظ$/ }).waitFor();
    await page.reload();
    const image = page.getByRole('img', { name: 'ساحة مزدحمة' });
    await image.waitFor();
    expect(await image.evaluate((node) => (node as HTMLImageElement).naturalWidth)).toBe(8);
    expect(await page.getByRole('textbox', { name: 'تعليق الصورة' }).inputValue()).toBe('ساحة البريد في الرباط');
    expect(await page.getByRole('textbox', { name: 'مصدر الصورة' }).inputValue()).toBe('تصوير: كيفاش');
    await screenshot(page, 'picture');
  });

  it('inserts an embed by its URL and shows it as a card', async () => {
    const { page } = tab;
    await page.getByRole('textbox', { name: 'نص المقال' }).getByText('فقرة قبل الصورة').click();
    await page.getByRole('button', { name: 'إدراج محتوى مضمّن' }).click();
    await page.getByRole('textbox', { name: 'رابط المنشور أو الفيديو' }).fill('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    await page.getByRole('button', { name: 'إدراج', exact: true }).click();
    const card = page.getByRole('group', { name: 'محتوى مضمّن من يوتيوب' });
    await card.waitFor();
    expect(await card.innerText()).toContain('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
  });
});
