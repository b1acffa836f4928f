import { describe, expect, it } from 'vitest';
import { useMidadTab } from './support/browser';

describe('settings dialog, end to end in Chromium', () => {
  const tab = useMidadTab();



  const openSettings = async () => {
    await tab.page.getByRole('heading', { name: 'المكتبة' }).waitFor();
    await tab.page.keyboard.press('Control+Comma');
    const dialog = tab.page.getByRole('dialog', { name: 'الإعدادات' });
    await dialog.waitFor();
    return dialog;
  };

  it('keeps a switched-off rule and a headline limit after a reload', async () => {
    const rule = () => tab.page.getByRole('dialog').getByRole('checkbox', { name: 'التطويل' });
    const limit = () => tab.page.getByRole('dialog').getByRole('spinbutton', { name: 'الحد الأقصى لطول العنوان (بالحروف)' });
    let dialog = await openSettings();
    expect(await dialog.getByRole('checkbox', { name: 'التدقيق أثناء الكتابة' }).isChecked()).toBe(true);
    expect(await dialog.getByRole('checkbox', { name: 'علامات الترقيم العربية أثناء الكتابة (، ؛ ؟)' }).isChecked()).toBe(true);
    try {
      await limit().fill('95');
      await limit().press('Tab');
      await rule().click();
      // The switch is controlled: it shows off once the saved settings came back.
      await expect.poll(() => rule().isChecked()).toBe(false);
      await tab.page.reload();
      dialog = await openSettings();
      await expect.poll(() => rule().isChecked()).toBe(false);
      expect(await limit().inputValue()).toBe('95');
    } finally {
      if (!(await rule().isChecked())) await rule().click();
      await limit().fill('110');
      await limit().press('Tab');
      await expect.poll(() => rule().isChecked()).toBe(true);
    }
    expect(tab.errors).toEqual([]);
  });
});
