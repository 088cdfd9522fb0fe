import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

/** Driving a real Chromium: shared by the browser stories (test/e2e/) and the scripts (size, bench, Lighthouse). */

/**
 * Finds a Chromium to drive: `CHROMIUM_PATH` if set, else the one that ships inside the
 * `@sparticuz/chromium` npm package (so `npm install` alone brings a browser), else a system one.
 */
export async function findChromium(): Promise<string> {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
    return fromEnv;
  }
  const errors: string[] = [];
  try {
    const { default: packaged } = await import('@sparticuz/chromium');
    const path = await packaged.executablePath();
    if (path && existsSync(path)) return path;
  } catch (error) {
    errors.push(`@sparticuz/chromium: ${(error as Error).message}`);
  }
  for (const path of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable']) {
    if (existsSync(path)) return path;
  }
  throw new Error(`No Chromium found. Set CHROMIUM_PATH or install chromium.\n${errors.join('\n')}`);
}

// Without the background-networking flags Chromium phones home, which this machine's closed network refuses.
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
];

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: await findChromium(), args: ARGS, headless: true });
}

/**
 * A fresh browser profile for one story. Service workers are off unless a story asks for them
 * (the offline story does): otherwise each profile would first download the whole site.
 */
export function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({ serviceWorkers: 'block', ...options });
}

/** Opens the workbook and brings every part of it into view, so each island hydrates. */
export async function openWorkbook(page: Page, origin: string) {
  await page.goto(`${origin}/werkboek/`);
  // The parts hydrate when they come into view; the page opens with its task list.
  await page.locator('.workbook').scrollIntoViewIfNeeded();
  await page.locator('.workbook[data-ready="true"]').waitFor();
  const parts = page.locator('.workbook-part');
  for (let i = 0; i < (await parts.count()); i++) {
    await parts.nth(i).scrollIntoViewIfNeeded();
    await parts.nth(i).and(page.locator('[data-ready="true"]')).waitFor();
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}
