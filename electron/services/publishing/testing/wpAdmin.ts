import type { Page } from 'playwright-core';

/** What a page needs to sign in to wp-admin (a subset of what up.sh prints). */
export interface WpAdminLogin {
  url: string;
  user: string;
  adminPassword: string;
}

/** A block as the editor parsed it, with the markup it would save in place of the original. */
export interface ParsedBlock {
  name: string;
  isValid: boolean;
  originalContent: string;
  expectedContent: string;
  innerBlocks: ParsedBlock[];
}

/**
 * Signs the page's browser context in with the admin's password (Application
 * Passwords do not open wp-admin), unless it already is. Waits only for the
 * redirect to commit, which carries the cookie: waiting for the dashboard to
 * load as well once timed a bench run out behind the PHP server's busy workers.
 */
export async function logIntoWpAdmin(page: Page, site: WpAdminLogin): Promise<void> {
  const cookies = await page.context().cookies(site.url);
  if (cookies.some((cookie) => cookie.name.startsWith('wordpress_logged_in_'))) return;
  await page.goto(new URL('/wp-login.php', site.url).href);
  if (await page.locator('#user_login').count()) {
    await page.fill('#user_login', site.user);
    await page.fill('#user_pass', site.adminPassword);
    await Promise.all([page.waitForURL(/wp-admin/, { waitUntil: 'commit' }), page.click('#wp-submit')]);
  }
}

type WpGlobal = {
  wp?: {
    data?: {
      select(store: string): Record<string, (...args: unknown[]) => unknown>;
      dispatch(store: string): Record<string, (...args: unknown[]) => unknown>;
    };
  };
};

/** The welcome guide opens over the editor on a new user's first visit: close it and keep it closed. */
export async function closeWelcomeGuide(page: Page): Promise<void> {
  await page.evaluate(() => {
    const wp = (window as unknown as WpGlobal).wp;
    if (wp?.data?.select('core/edit-post').isFeatureActive!('welcomeGuide')) wp.data.dispatch('core/edit-post').toggleFeature!('welcomeGuide');
  });
}

/** Opens a post in the block editor and waits until its blocks are parsed. */
export async function openPostInBlockEditor(page: Page, siteUrl: string, postId: number): Promise<void> {
  await page.goto(new URL(`/wp-admin/post.php?post=${postId}&action=edit`, siteUrl).href);
  await page.waitForFunction(() => {
    const data = (window as unknown as WpGlobal).wp?.data;
    return Boolean(data && (data.select('core/block-editor').getBlocks!() as unknown[]).length > 0);
  });
  await closeWelcomeGuide(page);
}

/** The editor's blocks with their validity, and what the editor itself would save for each. */
export function editorBlocks(page: Page): Promise<ParsedBlock[]> {
  return page.evaluate(() => {
    interface Block {
      name: string;
      isValid: boolean;
      originalContent: string;
      attributes: Record<string, unknown>;
      innerBlocks: Block[];
    }
    const wp = (window as unknown as WpGlobal & { wp: { blocks: { getSaveContent(name: string, attributes: unknown, inner: unknown): string } } }).wp;
    const describe = (block: Block): ParsedBlock => ({
      name: block.name,
      isValid: block.isValid,
      originalContent: block.originalContent,
      expectedContent: wp.blocks.getSaveContent(block.name, block.attributes, block.innerBlocks),
      innerBlocks: block.innerBlocks.map(describe),
    });
    return (wp.data!.select('core/block-editor').getBlocks!() as Block[]).map(describe);
  });
}

/** The post as the editor would save it now: `serialize` of the parsed blocks. */
export function editorSerialization(page: Page): Promise<string> {
  return page.evaluate(() => {
    const wp = (window as unknown as WpGlobal & { wp: { blocks: { serialize(blocks: unknown): string } } }).wp;
    return wp.blocks.serialize(wp.data!.select('core/block-editor').getBlocks!());
  });
}
