import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { useMidadTab } from './support/browser';
import { screenshot } from './support/screenshots';
import { waitForSaved } from './support/editorPage';

/** A real photo-sized PNG (a sky-to-sand gradient), built here so the test carries no binary file. */
function picturePng(width = 800, height = 450): Buffer {
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
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.alloc(height * (1 + width * 3));
  for (let y = 0; y < height; y++) {
    const row = y * (1 + width * 3);
    for (let x = 0; x < width; x++) {
      const at = row + 1 + x * 3;
      const horizon = y / height;
      rows[at] = Math.round(90 + 150 * horizon);
      rows[at + 1] = Math.round(150 + 60 * horizon);
      rows[at + 2] = Math.round(230 - 130 * horizon - (40 * x) / width);
    }
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

describe('pictures and embeds, end to end in Chromium', () => {
  const tab = useMidadTab();



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
    await chooser.setFiles({ name: 'sky.png', mimeType: 'image/png', buffer: picturePng() });
    await page.getByRole('textbox', { name: 'تعليق الصورة' }).fill('ساحة البريد في الرباط');
    await page.getByRole('textbox', { name: 'مصدر الصورة' }).fill('تصوير: كيفاش');
    await page.getByRole('textbox', { name: 'نص بديل' }).fill('ساحة مزدحمة');
    await waitForSaved(page);
    await page.reload();
    const image = page.getByRole('img', { name: 'ساحة مزدحمة' });
    await image.waitFor();
    expect(await image.evaluate((node) => (node as HTMLImageElement).naturalWidth)).toBe(800);
    // Drawn at the article's full width, not at its own pixel size.
    const widths = await image.evaluate((node) => ({
      image: node.getBoundingClientRect().width,
      text: node.closest('.article-content')!.getBoundingClientRect().width,
    }));
    expect(widths.image).toBeCloseTo(widths.text, 0);
    expect(await page.getByRole('textbox', { name: 'تعليق الصورة' }).inputValue()).toBe('ساحة البريد في الرباط');
    expect(await page.getByRole('textbox', { name: 'مصدر الصورة' }).inputValue()).toBe('تصوير: كيفاش');
    // The featured picture, chosen in the fields panel, shows small under its picker.
    await page.getByRole('combobox', { name: 'الصورة البارزة' }).selectOption({ label: 'الصورة 1' });
    const thumbnail = page.getByRole('img', { name: 'معاينة الصورة البارزة' });
    await thumbnail.waitFor();
    expect(await thumbnail.evaluate((node) => (node as HTMLImageElement).naturalWidth)).toBe(800);
    await waitForSaved(page);
    await thumbnail.scrollIntoViewIfNeeded();
    await page.getByRole('textbox', { name: 'نص بديل' }).scrollIntoViewIfNeeded();
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
