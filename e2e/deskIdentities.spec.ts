import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Source } from '../shared/model/source';
import { useMidadTab } from './support/browser';
import { editorText } from './support/editorPage';

const HEADLINE = 'مصدر أمني يكشف تفاصيل تفكيك الخلية';
const IDENTITY = 'العقيد فلان، مديرية الأمن الوطني';
const anonymous: Source = { id: 'src-anon-01', kind: 'person', name: 'مصدر أمني', title: '', organisation: '', aliases: [], anonymous: true, confidentialIdentity: IDENTITY };

const packageBar = (page: Page) => page.getByRole('group', { name: 'حزمة المادة' });
const identitiesBox = (page: Page) => packageBar(page).getByRole('checkbox', { name: 'تضمين الهوية الحقيقية للمصادر المجهولة' });

/** Every entry of a package (draft, revisions, manifest) as text. */
function packageText(path: string): string {
  return Object.values(unzipSync(readFileSync(path)))
    .map((bytes) => strFromU8(bytes))
    .join('\n');
}

/** Clicks "Export" and returns the downloaded package as text. */
async function exportedPackage(page: Page): Promise<string> {
  const download: Promise<Download> = page.waitForEvent('download');
  await packageBar(page).getByRole('button', { name: 'تصدير حزمة مداد' }).click();
  return packageText(await (await download).path());
}

async function openStory(page: Page) {
  await page.getByRole('button', { name: HEADLINE }).first().click();
  await editorText(page).waitFor();
}

/** Changes the role the way a user does: in the library's settings dialog, then back to the story. */
async function chooseRole(page: Page, role: 'صحفي' | 'محرر') {
  await page.getByRole('button', { name: 'العودة إلى المكتبة' }).click();
  await page.getByRole('button', { name: 'الإعدادات' }).click();
  const dialog = page.getByRole('dialog', { name: 'الإعدادات' });
  await dialog.getByRole('combobox', { name: 'الدور' }).selectOption({ label: role });
  await dialog.getByRole('button', { name: 'إغلاق' }).click();
  await openStory(page);
}

describe('anonymous sources’ identities in an exported package, end to end in Chromium', () => {
  // Its own data folder: it switches the role, which other specs on the shared host rely on.
  const tab = useMidadTab({ ownHost: true });
  const desk = mkdtempSync(join(tmpdir(), 'midad-desk-identities-'));
  let id: string;

  beforeAll(async () => {
    const { page } = tab;
    id = await page.evaluate(
      async ({ headline, source, folder }) => {
        await window.midad!.settings.set({ key: 'deskFolder', value: folder });
        return (await window.midad!.drafts.create({ headline, sources: [source] })).meta.id;
      },
      { headline: HEADLINE, source: anonymous, folder: desk },
    );
    await openStory(page);
  });

  it('offers a journalist no choice: the package leaves the identity out', async () => {
    const { page } = tab;
    await packageBar(page).getByRole('button', { name: 'تصدير حزمة مداد' }).waitFor();
    expect(await identitiesBox(page).count()).toBe(0);
    expect(await exportedPackage(page)).not.toContain(IDENTITY);
  });

  it('offers an editor an unticked box; ticked, the exported or sent package carries the identity, and it is unticked again after', async () => {
    const { page } = tab;
    await chooseRole(page, 'محرر');
    await identitiesBox(page).waitFor();
    expect(await identitiesBox(page).isChecked()).toBe(false);
    expect(await exportedPackage(page)).not.toContain(IDENTITY);

    await identitiesBox(page).check();
    expect(await exportedPackage(page)).toContain(IDENTITY);
    // One package at a time: the next one leaves identities out unless the editor ticks the box again.
    expect(await identitiesBox(page).isChecked()).toBe(false);
    expect(await exportedPackage(page)).not.toContain(IDENTITY);

    // Sending to the desk honours the box the same way.
    await identitiesBox(page).check();
    await packageBar(page).getByRole('button', { name: 'إرسال إلى المكتب' }).click();
    await packageBar(page).getByRole('status').filter({ hasText: 'أودِعت المادة في مجلد المكتب.' }).waitFor();
    expect(packageText(join(desk, `${id}.midad`))).toContain(IDENTITY);
    expect(await identitiesBox(page).isChecked()).toBe(false);

    await chooseRole(page, 'صحفي');
    await identitiesBox(page).waitFor({ state: 'detached' });
    expect(tab.errors).toEqual([]);
  });
});
