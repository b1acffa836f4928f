import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useMidadTab } from './support/browser';

const HEADLINE = 'كتلة أعمدة وصورة في مراجعة قديمة';
const PNG_1PX = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
/** A WordPress block as a site sends it: Midad keeps it byte for byte and must never run or load anything from it. */
const COLUMNS = '<div class="wp-block-columns"><div class="wp-block-column"><p>عمود أول عن الأمن</p></div><script>window.__pwned="script"</script><img src="https://cdn.example.com/col.png" onerror="window.__pwned=\'img\'"></div>';
const CARD = 'كتلة ووردبريس: core/columns، محفوظة كما هي';

const editorText = (page: Page) => page.getByRole('textbox', { name: 'نص المقال' });

describe('decorations in the live editor and in a read-only revision, end to end in Chromium', () => {
  const tab = useMidadTab();
  const loaded: string[] = [];

  beforeAll(async () => {
    const { page } = tab;
    page.on('request', (request) => {
      if (request.url().includes('cdn.example.com')) loaded.push(request.url());
    });
    await page.getByRole('button', { name: 'مسودة جديدة' }).waitFor();
    // A draft saved with a stored picture and a kept block, as a WordPress pull leaves it.
    await page.evaluate(
      async ({ headline, png, markup }) => {
        const midad = window.midad!;
        const draft = await midad.drafts.create({ language: 'ar', headline });
        const { assetId } = await midad.assets.add({ draftId: draft.meta.id, name: 'a.png', mime: 'image/png', base64: png });
        const root = draft.document.root as { children: unknown[] };
        root.children.push(
          { type: 'midad-image', version: 1, assetId, caption: 'صورة المراجعة' },
          { type: 'midad-rawblock', version: 1, name: 'core/columns', markup },
        );
        await midad.drafts.open({ id: draft.meta.id, takeOver: false });
        await midad.drafts.save({ id: draft.meta.id, baseRevisionId: draft.meta.revisionId, document: draft.document, kind: 'checkpoint' });
        await midad.drafts.close({ id: draft.meta.id });
      },
      { headline: HEADLINE, png: PNG_1PX, markup: COLUMNS },
    );
    await page.reload();
    await page.getByRole('button', { name: HEADLINE, exact: true }).click();
    await editorText(page).waitFor();
  });

  it('shows a kept WordPress block as a card with its name and text, nothing of its HTML running', async () => {
    const { page } = tab;
    const card = editorText(page).getByRole('group', { name: CARD });
    await card.waitFor();
    expect(await card.textContent()).toBe(`${CARD}عمود أول عن الأمن`);
    expect(await card.locator('script, img, div.wp-block-columns').count()).toBe(0);
    expect(await card.evaluate((node) => node.closest('[contenteditable="false"]') !== null)).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned ?? null)).toBeNull();
  });

  it('loads the pictures of an old revision shown read-only', async () => {
    const { page } = tab;
    await page.getByRole('button', { name: 'المراجعات' }).click();
    const panel = page.getByRole('complementary', { name: 'المراجعات' });
    await panel.getByRole('button', { name: /نقطة حفظ/ }).first().click();
    const preview = panel.getByRole('textbox', { name: 'نص المراجعة' });
    await preview.waitFor();
    await expect.poll(() => preview.locator('figure img').getAttribute('src')).toMatch(/^blob:/);
    await preview.getByRole('group', { name: CARD }).waitFor();
    expect(loaded).toEqual([]);
    expect(tab.errors).toEqual([]);
  });
});
