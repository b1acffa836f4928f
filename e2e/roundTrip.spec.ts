import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { articleText } from './support/articleText';
import { launchChromium, openMidad, type MidadPage } from './support/browser';
import { editorText, newDraft, typeHeadline, waitForSaved } from './support/editorPage';
import { screenshot } from './support/screenshots';
import { startWebHostProcess, type WebHostProcess } from './support/webHost';

const JOURNALIST = 'سعاد';
const EDITOR = 'كريم';
const MINISTRY = 'وزارة الداخلية';
const HEADLINE = 'الأمن يفكك خلية إرهابية في طنجة';
const FIRST = 'أعلنت المديرية العامة للأمن الوطني اليوم تفكيك خلية إرهابية في مدينة طنجة.';
const SECOND_BEFORE_QUOTE = 'وقالت الوزارة في بلاغ إن ';
const QUOTE = 'العملية تمت بتنسيق وثيق مع الشركاء';
const SECOND = `${SECOND_BEFORE_QUOTE}${QUOTE}، مضيفة أن البحث متواصل.`;
const THIRD = 'وتم حجز أسلحة بيضاء ومعدات إلكترونية خلال عمليات التفتيش الواسعة.';
const COMMENTED = 'تفكيك خلية';
const COMMENT = 'هل هذا مؤكد من مصدر ثان؟';
const REPLY = 'نعم، أكدته الولاية أيضا';
const REQUEST = 'أكّد التاريخ وخفّف الوصف';
/** Suggested: اليوم → الثلاثاء (accepted), and الواسعة deleted (rejected). */
const REPLACED = 'اليوم';
const REPLACEMENT = 'الثلاثاء';
const DELETED = 'الواسعة';
const ACCEPTED_FIRST = FIRST.replace(REPLACED, REPLACEMENT);
/** The concurrent edits after approval, on both machines. */
const JOURNALIST_SECOND = SECOND.replace('البحث متواصل', 'البحث ما زال متواصلا');
const EDITOR_SECOND = SECOND.replace('البحث متواصل', 'التحقيق متواصل');
const EDITOR_THIRD = THIRD.replace('أسلحة بيضاء', 'أسلحة نارية');

const paragraph = (page: Page, text: string) => editorText(page).locator(':scope > p', { hasText: text });
const badge = (page: Page) => page.locator('.status-badge');

async function configure(page: Page, settings: Record<string, string>) {
  await page.evaluate(async (entries) => {
    for (const [key, value] of Object.entries(entries)) await window.midad!.settings.set({ key: key as 'role', value });
  }, settings);
}

/** Waits until Lexical has taken over the DOM selection (it follows selectionchange, which comes after the call). */
async function settleSelection(page: Page, expected: string) {
  await page.waitForFunction((text) => getSelection()?.toString() === text, expected);
  await page.waitForTimeout(120);
}

/** Selects `word` (or puts the caret after it when `caretAfter`) in the first text node of `block` that holds it. */
async function selectWord(page: Page, block: Locator, word: string, caretAfter = false) {
  await block.evaluate(
    (element, { word, caretAfter }) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(word);
        if (at < 0) continue;
        (element.closest('[contenteditable]') as HTMLElement).focus();
        const end = at + word.length;
        getSelection()!.setBaseAndExtent(node, caretAfter ? end : at, node, end);
        return;
      }
      throw new Error(`«${word}» is not in the block`);
    },
    { word, caretAfter },
  );
  await settleSelection(page, caretAfter ? '' : word);
}

async function openPanel(page: Page, toggle: string, panel: string): Promise<Locator> {
  const aside = page.getByRole('complementary', { name: panel });
  if (!(await aside.isVisible())) await page.getByRole('button', { name: toggle, exact: true }).click();
  await aside.waitFor();
  return aside;
}

/**
 * One review step through the transition bar: the dialog checks the text
 * first (the proofreading gate); any error it finds is acknowledged.
 */
async function takeStep(page: Page, action: string, to: string, message = '') {
  await page.getByRole('group', { name: 'سير المراجعة' }).getByRole('button', { name: action, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: action });
  await dialog.waitFor();
  await dialog.getByText('جارٍ تدقيق النص…').waitFor({ state: 'detached' });
  const acknowledgeAll = dialog.getByRole('button', { name: 'أُقرّ بها كلها' });
  if (await acknowledgeAll.isVisible()) await acknowledgeAll.click();
  if (message) await dialog.getByRole('textbox').last().fill(message);
  await dialog.getByRole('button', { name: 'تأكيد' }).click();
  await dialog.waitFor({ state: 'detached' });
  await badge(page).filter({ hasText: `الحالة: ${to}` }).waitFor();
}

type ArrivalState = 'new' | 'update' | 'conflict';
type Outcome = 'created' | 'updated' | 'conflict';

/**
 * The library's desk arrivals: waits until the host's watcher shows the story
 * from `sender` in `state` (it polls the folder every few seconds), takes it, and
 * checks what receiving it did.
 */
async function takeFromDesk(page: Page, sender: string, state: ArrivalState, outcome: Outcome) {
  const arrivals = page.getByRole('region', { name: 'الواردات من المكتب' });
  const arrival = arrivals.locator(`li[data-state="${state}"]`, { hasText: HEADLINE });
  await arrival.waitFor();
  // Names are isolated for bidi (U+2068 … U+2069).
  expect(await arrival.textContent()).toMatch(new RegExp(`من \u2068?${sender}\u2069? على جهاز`));
  await arrival.getByRole('button', { name: 'استلام' }).click();
  await arrivals.locator(`[data-outcome="${outcome}"]`).waitFor();
  await arrival.waitFor({ state: 'detached' });
}

async function backToLibrary(page: Page) {
  await page.getByRole('button', { name: 'العودة إلى المكتبة' }).click();
  await page.getByRole('button', { name: 'مسودة جديدة' }).waitFor();
}

describe('a story between a journalist and an editor through one desk folder, end to end in Chromium', () => {
  let browser: Browser;
  let hosts: WebHostProcess[] = [];
  let journalist: MidadPage;
  let editor: MidadPage;
  const folders: string[] = [];
  let desk: string;
  let id: string;

  beforeAll(async () => {
    desk = mkdtempSync(join(tmpdir(), 'midad-desk-'));
    const dataDirs = [mkdtempSync(join(tmpdir(), 'midad-journalist-')), mkdtempSync(join(tmpdir(), 'midad-editor-'))];
    folders.push(desk, ...dataDirs);
    // Two machines of the newsroom: each its own data folder and host, the desk folder shared.
    const started = await Promise.allSettled(dataDirs.map((dir) => startWebHostProcess(dir)));
    hosts = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
    const failed = started.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
    browser = await launchChromium();
    [journalist, editor] = await Promise.all([openMidad(browser, hosts[0]!.url), openMidad(browser, hosts[1]!.url)]);
    await configure(journalist.page, { role: 'journalist', userName: JOURNALIST, deskFolder: desk });
    await configure(editor.page, { role: 'editor', userName: EDITOR, deskFolder: desk });
    await journalist.page.evaluate(
      (name) => window.midad!.sources.create({ name, kind: 'organisation', title: '', organisation: '', aliases: ['الوزارة'], anonymous: false }),
      MINISTRY,
    );
  });

  // Each step builds on the one before: after a failure, the rest would only wait out their timeouts.
  let failed = false;
  beforeEach(({ skip, onTestFailed }) => {
    if (failed) skip();
    onTestFailed(() => {
      failed = true;
    });
  });

  afterAll(async () => {
    await browser?.close();
    for (const host of hosts) host.stop();
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  it('the journalist writes an Arabic story with a quote and submits it: it lands in the desk folder', async () => {
    const { page } = journalist;
    await newDraft(page);
    await typeHeadline(page, HEADLINE);
    await page.keyboard.type(FIRST);
    await page.keyboard.press('Enter');
    await page.keyboard.type(`${SECOND_BEFORE_QUOTE}"${QUOTE}"`);
    const popover = page.getByRole('dialog', { name: 'مصدر الاقتباس' });
    await popover.waitFor();
    await popover.getByRole('combobox', { name: 'ابحث عن مصدر' }).fill(MINISTRY);
    await popover.getByRole('option', { name: MINISTRY, exact: true }).click();
    await popover.getByRole('button', { name: 'حفظ المصدر' }).click();
    await popover.waitFor({ state: 'detached' });
    await page.keyboard.type(SECOND.slice(SECOND_BEFORE_QUOTE.length + QUOTE.length));
    await page.keyboard.press('Enter');
    await page.keyboard.type(THIRD);
    await waitForSaved(page);
    expect((await articleText(editorText(page))).split('\n').filter(Boolean)).toEqual([HEADLINE, FIRST, SECOND, THIRD]);
    expect(await editorText(page).locator('q[data-midad-quote="speech"]').textContent()).toBe(QUOTE);
    id = await page.evaluate(async (headline) => (await window.midad!.drafts.list({})).find((draft) => draft.headline === headline)!.id, HEADLINE);

    await takeStep(page, 'إرسال للمراجعة', 'مُرسلة للمراجعة');
    await screenshot(page, 'roundtrip-1-submitted');
    await backToLibrary(page);
  });

  it('the editor sees it arrive, takes it, comments, suggests two changes and requests changes', async () => {
    const { page } = editor;
    // The submission dropped the package into the desk folder by itself.
    await takeFromDesk(page, JOURNALIST, 'new', 'created');
    const inbox = page.getByRole('region', { name: 'صندوق المراجعة' });
    const entry = inbox.getByRole('listitem').filter({ hasText: HEADLINE });
    await entry.waitFor();
    expect(await entry.textContent()).toContain(`أرسلها ${JOURNALIST}`);
    await screenshot(page, 'roundtrip-2-editor-inbox');
    await entry.getByRole('button', { name: HEADLINE }).click();
    await editorText(page).waitFor();
    await paragraph(page, THIRD).waitFor();
    expect(await editorText(page).locator('q[data-midad-quote="speech"]').textContent()).toBe(QUOTE);
    await takeStep(page, 'بدء المراجعة', 'قيد المراجعة');

    await selectWord(page, paragraph(page, FIRST), COMMENTED);
    await page.keyboard.press('Control+Alt+KeyM');
    const composer = page.getByRole('dialog', { name: 'تعليق جديد' });
    await composer.getByRole('textbox', { name: 'التعليق' }).fill(COMMENT);
    await composer.getByRole('button', { name: 'تعليق', exact: true }).click();
    await composer.waitFor({ state: 'detached' });
    expect(await editorText(page).locator('mark').textContent()).toBe(COMMENTED);

    await paragraph(page, FIRST).click();
    await page.keyboard.press('Control+Shift+KeyE');
    expect(await page.getByRole('button', { name: 'اقتراح تعديلات' }).getAttribute('aria-pressed')).toBe('true');
    await selectWord(page, paragraph(page, FIRST), REPLACED);
    await page.keyboard.type(REPLACEMENT);
    expect(await paragraph(page, 'أعلنت').locator('ins[data-suggestion-id]').textContent()).toBe(REPLACEMENT);
    await selectWord(page, paragraph(page, THIRD), DELETED);
    await page.keyboard.press('Backspace');
    expect(await paragraph(page, 'وتم حجز').locator('del[data-suggestion-id]').textContent()).toBe(DELETED);
    const suggestions = await openPanel(page, 'الاقتراحات', 'الاقتراحات');
    await suggestions.getByRole('listitem').nth(1).waitFor();
    expect(await suggestions.getByRole('listitem').count()).toBe(2);
    await waitForSaved(page);
    await screenshot(page, 'roundtrip-2-editor-suggestions');

    await takeStep(page, 'طلب تعديلات', 'مطلوب تعديلات', REQUEST);
    await backToLibrary(page);
  });

  it('the journalist gets it back, accepts one suggestion, rejects the other, replies and resubmits', async () => {
    const { page } = journalist;
    await takeFromDesk(page, EDITOR, 'update', 'updated');
    const inbox = page.getByRole('region', { name: 'عادت بطلب تعديلات' });
    const entry = inbox.getByRole('listitem').filter({ hasText: HEADLINE });
    await entry.waitFor();
    expect(await entry.textContent()).toContain(EDITOR);
    expect(await entry.locator('blockquote').textContent()).toBe(REQUEST);
    await screenshot(page, 'roundtrip-3-returned');
    await entry.getByRole('button', { name: HEADLINE }).click();
    await editorText(page).waitFor();
    await badge(page).filter({ hasText: 'الحالة: مطلوب تعديلات' }).waitFor();

    const suggestions = await openPanel(page, 'الاقتراحات', 'الاقتراحات');
    await suggestions.getByRole('listitem').nth(1).waitFor();
    expect(await suggestions.getByRole('listitem').allTextContents()).toEqual([expect.stringContaining(EDITOR), expect.stringContaining(EDITOR)]);
    await suggestions.getByRole('button', { name: `قبول الاقتراح: ${REPLACEMENT}` }).click();
    await suggestions.getByRole('button', { name: `رفض الاقتراح: ${DELETED}` }).click();
    await suggestions.getByText('لا اقتراحات معلّقة.').waitFor();
    expect((await articleText(editorText(page))).split('\n').filter(Boolean)).toEqual([HEADLINE, ACCEPTED_FIRST, SECOND, THIRD]);

    const comments = await openPanel(page, 'التعليقات', 'التعليقات');
    const thread = comments.getByRole('listitem', { name: `تعليق ${EDITOR}: ${COMMENT}` });
    await thread.getByRole('textbox', { name: `ردّ على ${EDITOR}` }).fill(REPLY);
    await thread.getByRole('button', { name: 'ردّ', exact: true }).click();
    expect(await thread.locator('.comment-text').allTextContents()).toEqual([COMMENT, REPLY]);
    await waitForSaved(page);
    await screenshot(page, 'roundtrip-3-decided');

    await takeStep(page, 'إعادة الإرسال', 'مُرسلة للمراجعة');
    await backToLibrary(page);
  });

  it('the editor takes the resubmission, compares word by word and approves', async () => {
    const { page } = editor;
    await takeFromDesk(page, JOURNALIST, 'update', 'updated');
    await page.getByRole('region', { name: 'صندوق المراجعة' }).getByRole('button', { name: HEADLINE }).click();
    await editorText(page).waitFor();
    await paragraph(page, ACCEPTED_FIRST).waitFor();
    await takeStep(page, 'بدء المراجعة', 'قيد المراجعة');

    // One click: since the resubmission's base, the text the editor sent back with its suggestions.
    const compare = await openPanel(page, 'المقارنة', 'مقارنة النسخ');
    await compare.getByRole('button', { name: 'ما الذي تغيّر منذ الإرسال' }).click();
    const changed = compare.getByRole('listitem').filter({ hasText: 'تغيّرت' }).filter({ hasText: REPLACEMENT });
    await changed.waitFor();
    // Whole words, not letters (the space beside a word may go with it).
    const words = async (tag: string) => (await changed.locator(tag).allTextContents()).map((text) => text.trim());
    expect(await words('del')).toEqual([REPLACED]);
    expect(await words('ins')).toEqual([REPLACEMENT]);
    // The rejected deletion leaves its paragraph as it was: not listed as changed.
    expect(await compare.getByRole('listitem').filter({ hasText: 'تغيّرت' }).count()).toBe(1);
    await screenshot(page, 'roundtrip-4-compare');

    await takeStep(page, 'موافقة', 'موافق عليها');
  });

  it('both change the same paragraph after approval: the conflict keeps both versions and is resolved per paragraph', async () => {
    const { page: mine } = journalist;
    const { page: theirs } = editor;
    await takeFromDesk(mine, EDITOR, 'update', 'updated');

    // The editor edits the approved story in the window still open.
    await selectWord(theirs, paragraph(theirs, SECOND_BEFORE_QUOTE), 'البحث');
    await theirs.keyboard.type('التحقيق');
    await selectWord(theirs, paragraph(theirs, THIRD), 'بيضاء');
    await theirs.keyboard.type('نارية');
    await waitForSaved(theirs);
    expect((await articleText(editorText(theirs))).split('\n').filter(Boolean)).toEqual([HEADLINE, ACCEPTED_FIRST, EDITOR_SECOND, EDITOR_THIRD]);
    await backToLibrary(theirs);

    // Meanwhile the journalist edits the same paragraph otherwise and sends the story to the desk.
    await mine.getByRole('button', { name: 'فتح المادة' }).click();
    await editorText(mine).waitFor();
    await badge(mine).filter({ hasText: 'الحالة: موافق عليها' }).waitFor();
    await selectWord(mine, paragraph(mine, SECOND_BEFORE_QUOTE), 'البحث متواصل');
    await mine.keyboard.type('البحث ما زال متواصلا');
    await waitForSaved(mine);
    const deskBar = mine.getByRole('group', { name: 'حزمة المادة' });
    await deskBar.getByRole('button', { name: 'إرسال إلى المكتب' }).click();
    await deskBar.getByRole('status').filter({ hasText: 'أودِعت المادة في مجلد المكتب.' }).waitFor();

    await takeFromDesk(theirs, JOURNALIST, 'conflict', 'conflict');
    const [conflict] = await theirs.evaluate((draftId) => window.midad!.packages.conflicts({ id: draftId }), id);
    expect(conflict!.package.sender.name).toBe(JOURNALIST);
    expect(JSON.stringify(conflict!.document)).toContain('البحث ما زال متواصلا');
    await theirs.getByRole('button', { name: 'فتح المادة' }).click();
    await editorText(theirs).waitFor();
    // Nothing was overwritten: the editor's own text, and a banner about the other version.
    const banner = theirs.getByRole('alert').filter({ hasText: 'عُدِّلت هذه المادة أيضًا' });
    await banner.waitFor();
    expect(await banner.textContent()).toContain(JOURNALIST);
    await paragraph(theirs, EDITOR_THIRD).waitFor();
    expect((await articleText(editorText(theirs))).split('\n').filter(Boolean)).toEqual([HEADLINE, ACCEPTED_FIRST, EDITOR_SECOND, EDITOR_THIRD]);
    await screenshot(theirs, 'roundtrip-5-conflict');

    // Per paragraph: the journalist's second paragraph, the editor's third (the default, "keep mine").
    await banner.getByRole('button', { name: 'قارن واختر' }).click();
    const choice = theirs.getByRole('dialog', { name: 'نسختان من المادة' });
    const second = choice.getByRole('group').filter({ hasText: 'ما زال متواصلا' });
    await second.waitFor();
    expect(await choice.getByRole('group').filter({ hasText: 'نارية' }).count()).toBe(1);
    await second.getByRole('radio', { name: 'خذ نسختهم' }).check();
    await screenshot(theirs, 'roundtrip-5-choose');
    await choice.getByRole('button', { name: 'حسم التعارض' }).click();
    await choice.waitFor({ state: 'detached' });
    await paragraph(theirs, 'ما زال متواصلا').waitFor();
    expect((await articleText(editorText(theirs))).split('\n').filter(Boolean)).toEqual([HEADLINE, ACCEPTED_FIRST, JOURNALIST_SECOND, EDITOR_THIRD]);
    expect(await banner.count()).toBe(0);
    await screenshot(theirs, 'roundtrip-5-resolved');

    await backToLibrary(theirs);
    const stored = await theirs.evaluate(async (draftId) => {
      const opened = await window.midad!.drafts.open({ id: draftId });
      await window.midad!.drafts.close({ id: draftId });
      const revisions = await window.midad!.drafts.revisions({ id: draftId });
      const texts = await Promise.all(revisions.map(async (revision) => JSON.stringify((await window.midad!.drafts.revision({ id: draftId, revisionId: revision.id })).document)));
      return {
        document: JSON.stringify(opened.draft.document),
        status: opened.draft.meta.status,
        comments: opened.draft.comments.map((thread) => thread.messages.map((message) => `${message.author}: ${message.text}`)),
        history: (await window.midad!.review.history({ id: draftId })).map((step) => `${step.from}>${step.to} ${step.by}${step.message ? `: ${step.message}` : ''}`),
        conflicts: (await window.midad!.packages.conflicts({ id: draftId })).length,
        texts,
      };
    }, id);
    expect(stored.status).toBe('approved');
    expect(stored.document).toContain('البحث ما زال متواصلا');
    expect(stored.document).toContain('أسلحة نارية');
    expect(stored.document).toContain(REPLACEMENT);
    expect(stored.document).toContain(DELETED);
    expect(stored.comments).toEqual([[`${EDITOR}: ${COMMENT}`, `${JOURNALIST}: ${REPLY}`]]);
    const steps = [
      `draft>submitted ${JOURNALIST}`,
      `submitted>in_review ${EDITOR}`,
      `in_review>changes_requested ${EDITOR}: ${REQUEST}`,
      `changes_requested>submitted ${JOURNALIST}`,
      `submitted>in_review ${EDITOR}`,
      `in_review>approved ${EDITOR}`,
    ];
    expect(stored.history).toEqual(steps);
    // The journalist's machine holds the same editorial history.
    const journalistHistory = await mine.evaluate(
      async (draftId) => (await window.midad!.review.history({ id: draftId })).map((step) => `${step.from}>${step.to} ${step.by}${step.message ? `: ${step.message}` : ''}`),
      id,
    );
    expect(journalistHistory).toEqual(steps);
    expect(stored.conflicts).toBe(0);
    // Nothing lost: the editor's own version of the second paragraph stays in the history.
    expect(stored.texts.some((text) => text.includes('التحقيق متواصل'))).toBe(true);
    expect(journalist.errors).toEqual([]);
    expect(editor.errors).toEqual([]);
  });
});
