import { readFile } from 'node:fs/promises';
import { describe, expect, inject } from 'vitest';
import { it, openWorkbook as openWorkbookAt } from './browser';

const origin = inject('origin');

describe('after one visit', () => {
  it('lessons, worksheets, the workbook and the PDF work without a network', async ({ openContext }) => {
    const context = await openContext({ serviceWorkers: 'allow', acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    // Wait until the service worker has cached the site and controls the page.
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      return registration.active?.state;
    });
    await page.reload();
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

    await context.setOffline(true);
    await page.goto(`${origin}/stappen/5-align/`);
    await expect(page.locator('h1').innerText()).resolves.toMatch(/Align/);
    await page.goto(`${origin}/stappen/1-envision/#werkblad`);
    await page.locator('.worksheet[data-ready="true"]').waitFor();
    await page.locator('#werkblad-ambition-invoer').fill('Offline getypt');
    await page.locator('.save-status', { hasText: 'Opgeslagen' }).waitFor();
    await openWorkbookAt(page, origin);
    await expect(page.locator('.progress-list li').first().innerText()).resolves.toMatch(/1 van \d+ velden ingevuld/);
    // The PDF code and font come from the service worker's cache too.
    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: /Download PDF/ }).click()]);
    expect(file.suggestedFilename()).toMatch(/\.pdf$/);
    expect((await readFile((await file.path())!)).subarray(0, 5).toString()).toBe('%PDF-');
    await context.close();
  });
});
