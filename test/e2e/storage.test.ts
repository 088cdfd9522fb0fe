import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, inject } from 'vitest';
import { it, watchContext, type PageWatch, openWorkbook as openWorkbookAt } from './browser';

const origin = inject('origin');

/** A fresh profile (closed when the story ends) that records console errors and outside requests. */
async function newContext(openContext: (options: BrowserContextOptions) => Promise<BrowserContext>): Promise<{ context: BrowserContext; watch: PageWatch }> {
  const context = await openContext({ acceptDownloads: true });
  const watch = await watchContext(context, origin);
  return { context, watch };
}

/** Opens a lesson at its worksheet and waits until the plan is loaded. */
async function openWorksheet(page: Page, slug = '1-envision') {
  await page.goto(`${origin}/stappen/${slug}/#werkblad`);
  await page.locator('.worksheet[data-ready="true"]').waitFor();
}

const ambition = (page: Page) => page.locator('#werkblad-ambition-invoer');

describe('what the reader types', () => {
  it('is still there after a reload', async ({ openContext }) => {
    const { context, watch } = await newContext(openContext);
    const page = await context.newPage();
    await openWorksheet(page);
    await ambition(page).fill('Over drie jaar zijn we hun vaste partner.');
    await page.locator('.save-status', { hasText: 'Opgeslagen' }).waitFor();
    await page.reload();
    await page.locator('.worksheet[data-ready="true"]').waitFor();
    await expect(ambition(page).inputValue()).resolves.toBe('Over drie jaar zijn we hun vaste partner.');
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });

  it('is still there when the reader leaves the page at once', async ({ openContext }) => {
    const { context } = await newContext(openContext);
    const page = await context.newPage();
    await openWorksheet(page);
    await ambition(page).fill('Meteen weg na het typen');
    // No waiting for the autosave delay: leaving the page must flush it.
    await page.goto(`${origin}/privacy/`);
    await openWorksheet(page);
    await expect(ambition(page).inputValue()).resolves.toBe('Meteen weg na het typen');
    await context.close();
  });

  it("survives two tabs editing different fields, and each tab sees the other's change", async ({ openContext }) => {
    const { context, watch } = await newContext(openContext);
    const a = await context.newPage();
    const b = await context.newPage();
    await openWorksheet(a);
    await openWorksheet(b);
    await ambition(a).fill('Ambitie uit tab A');
    await b.locator('#werkblad-attitude-note-invoer').fill('Toelichting uit tab B');
    await a.locator('.save-status', { hasText: 'Opgeslagen' }).waitFor();
    await b.locator('.save-status', { hasText: 'Opgeslagen' }).waitFor();
    // Without a reload, each tab shows the other's field.
    await expect.poll(() => b.locator('#werkblad-ambition-invoer').inputValue()).toBe('Ambitie uit tab A');
    await expect.poll(() => a.locator('#werkblad-attitude-note-invoer').inputValue()).toBe('Toelichting uit tab B');
    const fresh = await context.newPage();
    await openWorksheet(fresh);
    await expect(ambition(fresh).inputValue()).resolves.toBe('Ambitie uit tab A');
    await expect(fresh.locator('#werkblad-attitude-note-invoer').inputValue()).resolves.toBe('Toelichting uit tab B');
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('when storage misbehaves', () => {
  it('keeps corrupt stored data aside, says so, and starts a fresh plan', async ({ openContext }) => {
    const { context, watch } = await newContext(openContext);
    await context.addInitScript(() => {
      if (location.protocol === 'http:' && !sessionStorage.getItem('seeded')) {
        localStorage.setItem('accountplan:plan:kapot', '{"schemaVersion":1,"id":"kapot","cover":{"title":"half');
        sessionStorage.setItem('seeded', '1');
      }
    });
    const page = await context.newPage();
    await openWorksheet(page);
    await page.getByRole('alert').filter({ hasText: 'apart bewaard' }).waitFor();
    await ambition(page).fill('Gewoon verder typen');
    await expect(ambition(page).inputValue()).resolves.toBe('Gewoon verder typen');
    const kept = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('accountplan:bewaard:'))
        .map((k) => localStorage.getItem(k)),
    );
    expect(kept).toEqual(['{"schemaVersion":1,"id":"kapot","cover":{"title":"half']);
    expect(watch.consoleErrors, watch.consoleErrors.join('\n')).toEqual([]);
    await context.close();
  });

  it('works in memory and warns when storage is blocked', async ({ openContext }) => {
    const { context, watch } = await newContext(openContext);
    await context.addInitScript(() => {
      // Like a browser that blocks storage: reading the property throws.
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    const page = await context.newPage();
    await openWorksheet(page);
    await page.getByRole('alert').filter({ hasText: 'verdwijnt als je dit tabblad sluit' }).waitFor();
    await expect(page.getByRole('button', { name: /Exporteer/ }).count()).resolves.toBeGreaterThan(0);
    await ambition(page).fill('Typen werkt zonder opslag');
    await expect(ambition(page).inputValue()).resolves.toBe('Typen werkt zonder opslag');
    await expect(page.locator('.save-status').innerText()).resolves.toMatch(/Niet opgeslagen/);
    expect(watch.consoleErrors, watch.consoleErrors.join('\n')).toEqual([]);
    await context.close();
  });

  // Issue 26 'smaller': Starlight's theme script stores the theme on every page; where setItem
  // throws (storage full, some private modes) every plain page threw an uncaught error.
  it('leaves plain pages without errors when every write to storage throws, and the worksheet says so', async ({ openContext }) => {
    const { context, watch } = await newContext(openContext);
    await context.addInitScript(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      };
    });
    const page = await context.newPage();
    for (const path of ['/', '/privacy/', '/stappen/1-envision/']) {
      await page.goto(`${origin}${path}`);
      await page.locator('starlight-theme-select').first().waitFor({ state: 'attached' });
      // The theme picker still works (for this page).
      await page.evaluate(() => {
        const select = document.querySelector<HTMLSelectElement>('starlight-theme-select select')!;
        select.value = 'dark';
        select.dispatchEvent(new Event('change'));
      });
      await expect(page.evaluate(() => document.documentElement.dataset['theme'])).resolves.toBe('dark');
    }
    await openWorksheet(page);
    await ambition(page).fill('Past nergens in');
    await page.getByRole('alert').filter({ hasText: 'opslag van je browser is vol' }).first().waitFor();
    await expect(ambition(page).inputValue()).resolves.toBe('Past nergens in');
    expect(watch.consoleErrors, watch.consoleErrors.join('\n')).toEqual([]);
    await context.close();
  });

  it('keeps the text on screen and the stored plan intact when storage is full', async ({ openContext }) => {
    const { context } = await newContext(openContext);
    const page = await context.newPage();
    await openWorksheet(page);
    await ambition(page).fill('Eerste versie, opgeslagen');
    await page.locator('.save-status', { hasText: 'Opgeslagen' }).waitFor();
    await page.evaluate(() => {
      const original = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key.startsWith('accountplan:plan:')) throw new DOMException('Quota exceeded', 'QuotaExceededError');
        return original.call(this, key, value);
      };
    });
    await ambition(page).fill('Tweede versie, past niet meer');
    await page.getByRole('alert').filter({ hasText: 'opslag van je browser is vol' }).first().waitFor();
    await expect(ambition(page).inputValue()).resolves.toBe('Tweede versie, past niet meer');
    const stored = await page.evaluate(() => {
      const key = Object.keys(localStorage).find((k) => k.startsWith('accountplan:plan:'))!;
      return JSON.parse(localStorage.getItem(key)!).envision.ambition as string;
    });
    expect(stored).toBe('Eerste versie, opgeslagen');
    await context.close();
  });
});

describe('a JSON backup', () => {
  it('round-trips: export in one browser, import in another, same plan', async ({ openContext }) => {
    const first = await newContext(openContext);
    const page = await first.context.newPage();
    await openWorksheet(page);
    await ambition(page).fill('Tekst die mee moet verhuizen: € 1.250,50 – “Zoë” & Łódź');
    await openWorkbookAt(page, origin);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporteer dit plan (JSON)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^accountplan-.+-\d{4}-\d{2}-\d{2}\.json$/);
    const file = join(await mkdtemp(join(tmpdir(), 'accountplan-')), download.suggestedFilename());
    await download.saveAs(file);
    const exported = JSON.parse(await readFile(file, 'utf8'));
    await first.context.close();

    const second = await newContext(openContext);
    const other = await second.context.newPage();
    await openWorkbookAt(other, origin);
    await other.getByLabel(/Importeer/).setInputFiles(file);
    await other.getByRole('status').filter({ hasText: 'ingelezen als nieuw plan' }).waitFor();
    const imported = await other.evaluate((id: string) => JSON.parse(localStorage.getItem(`accountplan:plan:${id}`)!), exported.plans[0].id);
    expect({ ...imported, updatedAt: '' }).toEqual({ ...exported.plans[0], updatedAt: '' });
    await openWorksheet(other);
    await expect(ambition(other).inputValue()).resolves.toBe('Tekst die mee moet verhuizen: € 1.250,50 – “Zoë” & Łódź');
    expect(second.watch.consoleErrors).toEqual([]);
    await second.context.close();
  });

  it('that is broken gets a Dutch message and changes nothing', async ({ openContext }) => {
    const { context } = await newContext(openContext);
    const page = await context.newPage();
    await openWorkbookAt(page, origin);
    const before = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
    await page
      .getByLabel(/Importeer/)
      .setInputFiles({ name: 'kapot.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "accountplan-in-9-stappen", "plans": [') });
    await page.getByRole('alert').filter({ hasText: 'geen leesbare JSON' }).waitFor();
    const after = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
    expect(after).toBe(before);
    await context.close();
  });
});
