import { chromium, type Browser, type Page } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, inject } from 'vitest';
import { startWebHostProcess, type WebHostProcess } from './webHost';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Debian's Chromium, headless and quiet: no network chatter, no first-run UI. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export interface MidadPage {
  page: Page;
  /** Uncaught errors in the page; a spec ends by checking there were none. */
  errors: Error[];
}

/** A fresh tab (own sessionStorage, so its own client id) on the web host's URL. */
export async function openMidad(browser: Browser, url: string): Promise<MidadPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ar-MA' });
  const page = await context.newPage();
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  await page.goto(url);
  return { page, errors };
}

/**
 * One Chromium and one Midad tab for a spec file: opened before its tests, closed
 * after its own clean-up hooks (after-hooks run in reverse order). Specs share
 * the web host started by globalSetup and its data folder, unless `ownHost`: a
 * spec whose checks depend on what the sources directory or the library holds
 * gets a host of its own on an empty data folder, so the order specs run in
 * cannot change its result.
 */
export function useMidadTab(options: { ownHost?: boolean } = {}): MidadPage {
  let browser: Browser | undefined;
  let tab: MidadPage | undefined;
  let host: WebHostProcess | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
    if (options.ownHost) host = await startWebHostProcess(mkdtempSync(join(tmpdir(), 'midad-e2e-own-')));
    tab = await openMidad(browser, host?.url ?? inject('midadUrl'));
  });
  afterAll(async () => {
    await browser?.close();
    host?.stop();
  });
  const current = () => {
    if (!tab) throw new Error('the Midad tab opens in beforeAll');
    return tab;
  };
  return {
    get page() {
      return current().page;
    },
    get errors() {
      return current().errors;
    },
  };
}
