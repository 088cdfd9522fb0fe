import { describe, expect, inject } from 'vitest';
import { examplePlan } from '../../src/plan/example/example-plan';
import { createShareLink } from '../../src/plan/exchange/share';
import { it, seriousViolations, watchContext } from './browser';
import { SITE_PAGES } from './site-pages';

const origin = inject('origin');

/**
 * Starlight's English interface words, as a screen reader would hear them on a page whose words
 * Starlight's Dutch did not have ("Section titled …" on every heading was one). The method's own
 * terms (Envision, Discover, …) are names the lessons introduce, not interface words.
 */
const ENGLISH =
  /\b(Section titled|Skip to content|On this page|Overview|Previous|Next|Close|Copy|Copied|Built with|Select theme|Select language|Dark|Light|Edit page|Last updated|Search|Cancel|Clear|Loading|No results|Main|Toggle|Draft|Directory|Caution|Danger|Note)\b/;

describe.each(SITE_PAGES)('the page %s', (path) => {
  it('answers 200 with one h1, lang="nl", no console errors, no outside request and no English interface words, on a phone', async ({ openContext }) => {
    // Phone size: the menu and the table of contents are the mobile ones, where Starlight's English showed.
    const context = await openContext({ viewport: { width: 390, height: 844 } });
    const watch = await watchContext(context, origin);
    const page = await context.newPage();
    const response = await page.goto(origin + path, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await expect(page.locator('h1').count()).resolves.toBe(1);
    expect((await page.locator('h1').innerText()).trim()).not.toBe('');
    const tree = await page.locator('body').ariaSnapshot();
    expect(tree.split('\n').filter((line) => ENGLISH.test(line))).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.outsideRequests).toEqual([]);
    await context.close();
  });

  it('has no serious or critical axe violation in light mode, nor in dark mode when the system turns dark, on a wide screen', async ({ openContext }) => {
    const context = await openContext({ colorScheme: 'light' });
    const watch = await watchContext(context, origin);
    const page = await context.newPage();
    await page.goto(origin + path, { waitUntil: 'networkidle' });
    expect(await page.getAttribute('html', 'data-theme')).toBe('light');
    expect(await seriousViolations(page, 'light: ')).toEqual([]);
    // The theme follows the system while the reader has not chosen one: the same page, now dark.
    // Only colours change (the theme is CSS variables), so the second check runs the colour rules.
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await seriousViolations(page, 'dark: ', undefined, true)).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.outsideRequests).toEqual([]);
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
      const visible = await page
        .locator(selector)
        .first()
        .isVisible()
        .catch(() => false);
      expect(visible, `${selector} is hidden in print`).toBe(false);
    }
    await expect(page.locator('main h1').isVisible()).resolves.toBe(true);
    await context.close();
  });
});

describe('the shared page', () => {
  it("with the trainer's feedback form open has no serious axe violation in light or dark mode", async ({ openContext }) => {
    const link = await createShareLink(examplePlan(), origin);
    if (!link.ok) throw new Error(link.message);
    const context = await openContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(link.url);
    await page.getByRole('button', { name: 'Geef feedback' }).click();
    await page.getByRole('button', { name: 'Opmerking bij Ambitie voor het account' }).click();
    await page.getByLabel('Opmerking bij Ambitie voor het account').waitFor();
    expect(await seriousViolations(page, 'light: ')).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await seriousViolations(page, 'dark: ', undefined, true)).toEqual([]);
    // The overall comment, the scores and the link are one jump away from anywhere in the plan.
    const jump = page.getByRole('button', { name: /Naar algemene opmerking, scores en feedbacklink/ });
    await page.getByRole('heading', { name: /^Stap 6: / }).scrollIntoViewIfNeeded();
    await expect(jump.isVisible()).resolves.toBe(true);
    await jump.click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Algemene feedback en beoordeling' }).evaluate((h) => h.getBoundingClientRect().top))
      .toBeLessThan(400);
    // The plan is still on the page (its address, which holds the plan, did not change).
    await expect(page.getByRole('button', { name: 'Maak feedbacklink' }).isVisible()).resolves.toBe(true);
    await context.close();
  });
});

describe('a printed lesson', () => {
  it("says where the student's answers are, and leaves out the link to the worksheet", async ({ openContext }) => {
    const context = await openContext();
    const page = await context.newPage();
    await page.goto(`${origin}/stappen/3-discover/`);
    await expect(page.locator('.werkblad-print').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('link', { name: /^Naar het werkblad van stap 3/ }).getAttribute('href')).resolves.toBe('#werkblad');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.werkblad-print').isVisible()).resolves.toBe(true);
    await expect(page.locator('.werkblad-print').innerText()).resolves.toMatch(/Download PDF.*\/werkboek\//);
    await expect(page.locator('.to-worksheet').isVisible()).resolves.toBe(false);
    await context.close();
  });
});
