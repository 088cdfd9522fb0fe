import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, test } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser, newContext } from '../../scripts/lib/browser';

export { findChromium, launchBrowser, newContext, openWorkbook } from '../../scripts/lib/browser';

/**
 * The stories' `it`: one Chromium per test file (`browser`), and `openContext(options)` for a
 * fresh browser profile that is closed when the story ends, also when it fails, so a failing
 * story never leaves a browser window behind for the next one.
 */
export const it = test
  // eslint-disable-next-line no-empty-pattern -- Vitest reads a fixture's dependencies from this pattern.
  .extend('browser', { scope: 'file' }, async ({}, { onCleanup }) => {
    const browser = await launchBrowser();
    onCleanup(() => browser.close());
    return browser;
  })
  .extend('openContext', async ({ browser }, { onCleanup }) => {
    const opened: BrowserContext[] = [];
    onCleanup(async () => {
      await Promise.all(opened.map((context) => context.close().catch(() => undefined)));
    });
    return async (options: BrowserContextOptions = {}): Promise<BrowserContext> => {
      const context = await newContext(browser, options);
      opened.push(context);
      return context;
    };
  });

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

/**
 * The rules whose outcome depends on the colours: all that changes between light and dark mode
 * (the theme switches CSS colour variables only, never the markup or the names).
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * The serious and critical axe violations of a page (or of one part of it), one readable line each.
 * With `colourOnly`, only the rules about colour: for the second theme of a page whose markup the
 * first theme's full check has covered (half the time of a full check, which a story pays per page).
 */
export async function seriousViolations(page: Page, label = '', only?: string, colourOnly = false): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  // Only a part of the page (a CSS selector): much faster on a long page.
  if (only) builder.include(only);
  if (colourOnly) builder.withRules(COLOUR_RULES);
  // Only the violations are read: axe then skips listing every element that passed (faster).
  builder.options({ resultTypes: ['violations'] });
  const results = await builder.analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${label}${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}
