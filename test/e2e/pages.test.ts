import { describe, expect, inject } from 'vitest';
import { it, seriousViolations, watchContext } from './browser';
import { SITE_PAGES } from './site-pages';

const origin = inject('origin');

describe.each(SITE_PAGES)('the page %s', (path) => {
  it('answers 200 with one h1, lang="nl", no console errors and no outside request', async ({ openContext }) => {
    const context = await openContext();
    const watch = await watchContext(context, origin);
    const page = await context.newPage();
    const response = await page.goto(origin + path, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await expect(page.locator('h1').count()).resolves.toBe(1);
    expect((await page.locator('h1').innerText()).trim()).not.toBe('');
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.outsideRequests).toEqual([]);
    await context.close();
  });

  it.for(['light', 'dark'] as const)('has no serious or critical axe violation in %s mode', async (colorScheme, { openContext }) => {
    const context = await openContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(origin + path, { waitUntil: 'networkidle' });
    expect(await page.getAttribute('html', 'data-theme')).toBe(colorScheme);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('an unknown address', () => {
  it('answers 404 with a Dutch page that leads back', async ({ openContext }) => {
    const context = await openContext();
    const page = await context.newPage();
    const response = await page.goto(`${origin}/bestaat-niet/`);
    expect(response?.status()).toBe(404);
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await expect(page.locator('h1').innerText()).resolves.toMatch(/niet gevonden/i);
    expect(await page.locator('a[href="/"]').count()).toBeGreaterThan(0);
    await context.close();
  });
});

describe('a lesson', () => {
  it('shows the matrix scores ++ and -- literally, never typeset as a dash', async ({ openContext }) => {
    const context = await openContext();
    const page = await context.newPage();
    await page.goto(`${origin}/stappen/4-klantplan/`);
    const content = page.locator('.sl-markdown-content');
    const codes = await content.locator('code').allInnerTexts();
    expect(codes).toEqual(expect.arrayContaining(['++', '--', '-']));
    // The old typesetting: "Een – betekent", "(W1 × B1: –)".
    expect(await content.innerText()).not.toMatch(/[–—]\s*betekent|:\s*[–—]\)|\(\s*[–—]{1,2}\s*\)/);
    await context.close();
  });

  it('holds its worksheet in a section with id="werkblad"', async ({ openContext }) => {
    const context = await openContext();
    const page = await context.newPage();
    await page.goto(`${origin}/stappen/4-klantplan/#werkblad`);
    await expect(page.locator('section#werkblad').count()).resolves.toBe(1);
    await context.close();
  });

  it('prints without navigation chrome', async ({ openContext }) => {
    const context = await openContext();
    const page = await context.newPage();
    await page.goto(`${origin}/stappen/1-envision/`);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['header.header', 'nav.sidebar', '.right-sidebar-container', '.pagination-links']) {
      const visible = await page.locator(selector).first().isVisible().catch(() => false);
      expect(visible, `${selector} is hidden in print`).toBe(false);
    }
    await expect(page.locator('main h1').isVisible()).resolves.toBe(true);
    await context.close();
  });
});
