import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useMidadTab } from './support/browser';
import { newDraft, readDraft, waitForSaved } from './support/editorPage';

const fieldsPanel = (page: Page) => page.getByRole('complementary', { name: 'حقول المقال' });

/**
 * Debian's Chromium carries stale zone data: its Intl puts Casablanca on UTC+0
 * for all of 2026 after Ramadan, where Morocco is on UTC+1. Times in the
 * newsroom's zone come from the bundled database, so the browser cannot shift them.
 */
describe("the newsroom's time zone, end to end in Chromium", () => {
  const tab = useMidadTab();

  it('stores a Casablanca publication time after Ramadan 2026 with +01:00 and prints it unchanged', async () => {
    const { page } = tab;
    const id = await newDraft(page);

    const panel = fieldsPanel(page);
    await panel.getByLabel('تاريخ النشر ووقته').fill('2026-12-01T13:05');
    await panel.getByText('الثلاثاء 1 ديسمبر 2026 على الساعة 13:05').waitFor();
    await waitForSaved(page);
    await expect.poll(async () => (await readDraft(page, id)).fields.publishedAt).toBe('2026-12-01T13:05:00+01:00');
    expect(tab.errors).toEqual([]);
  });
});
