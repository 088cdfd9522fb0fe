import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll } from 'vitest';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

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

/** What a page did that a story may want to fail on. */
export interface PageWatch {
  consoleErrors: string[];
  outsideRequests: string[];
}

/**
 * Records console errors, uncaught exceptions and every request that leaves the local origin.
 * Outside requests are also aborted, so a slow or missing network never hides the failure.
 */
export async function watchContext(context: BrowserContext, origin: string): Promise<PageWatch> {
  const watch: PageWatch = { consoleErrors: [], outsideRequests: [] };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    watch.outsideRequests.push(url);
    return route.abort('blockedbyclient');
  });
  context.on('page', (page) => attachPage(page, watch));
  for (const page of context.pages()) attachPage(page, watch);
  return watch;
}

function attachPage(page: Page, watch: PageWatch): void {
  page.on('console', (msg) => {
    if (msg.type() === 'error') watch.consoleErrors.push(`${page.url()}: ${msg.text()}`);
  });
  page.on('pageerror', (error) => watch.consoleErrors.push(`${page.url()}: ${error.message}`));
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

/** One Chromium for the stories of a test file: launched before them, closed after. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('The browser is not running: call useBrowser() at the top of the test file.');
    return browser;
  };
}

/** The serious and critical axe violations of a page, one readable line each. */
export async function seriousViolations(page: Page, label = ''): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${label}${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}
