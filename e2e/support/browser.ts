import { chromium, type Browser, type Page } from 'playwright-core';

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
