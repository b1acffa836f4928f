import { describe, expect, it } from 'vitest';
import { type MidadPage, useMidadTab } from './support/browser';
import { screenshot } from './support/screenshots';

const rootAttributes = (tab: MidadPage) =>
  tab.page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);

describe('UI language, end to end in Chromium', () => {
  const tab = useMidadTab();



  it('switches the whole UI to French, left-to-right, and back to Arabic', async () => {
    const { page } = tab;
    await page.getByRole('heading', { name: 'المكتبة' }).waitFor();
    expect(await rootAttributes(tab)).toEqual(['ar', 'rtl']);

    // The shortcut matches the physical key, so it works whatever the keyboard layout.
    await page.keyboard.press('Control+Comma');
    const dialog = page.getByRole('dialog', { name: 'الإعدادات' });
    await dialog.waitFor();
    await screenshot(page, 'settings');

    try {
      await dialog.getByRole('combobox', { name: 'لغة الواجهة' }).selectOption('fr');
      await page.getByRole('dialog', { name: 'Paramètres' }).waitFor();
      expect(await rootAttributes(tab)).toEqual(['fr', 'ltr']);
      await page.getByRole('button', { name: 'Fermer' }).click();
      await page.getByRole('button', { name: 'Nouveau brouillon' }).waitFor();
      await page.getByRole('heading', { name: 'Bibliothèque' }).waitFor();
    } finally {
      await page.getByRole('button', { name: /^(Paramètres|الإعدادات)$/ }).click();
      await page.getByRole('dialog').getByRole('combobox', { name: /^(Langue de l’interface|لغة الواجهة)$/ }).selectOption('ar');
      await page.getByRole('dialog', { name: 'الإعدادات' }).waitFor();
    }
    expect(await rootAttributes(tab)).toEqual(['ar', 'rtl']);
    expect(tab.errors).toEqual([]);
  });
});
