import type { Page } from 'playwright-core';
import { describe, expect, inject } from 'vitest';
import { it, watchContext, openWorkbook as openWorkbookAt } from './browser';

const origin = inject('origin');

/** Text a reader might paste that would run if it were ever treated as HTML. */
const HOSTILE = [
  '<img src=x onerror="window.__pwned = (window.__pwned || 0) + 1">',
  '<script>window.__pwned = (window.__pwned || 0) + 1</script>',
  '"><svg onload="window.__pwned=1">',
  'javascript:window.__pwned=1',
].join(' ');

/** Records CSP violations and whether any payload ran. */
async function guard(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { __violations: string[] }).__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __violations: string[] }).__violations.push(`${e.violatedDirective}: ${e.blockedURI}`);
    });
  });
  return async () => ({
    pwned: await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? 0),
    violations: await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
  });
}

describe('the Content-Security-Policy', () => {
  it.for(['/', '/stappen/1-envision/', '/werkboek/', '/voorbeeld/'])(
    'on %s allows only the own origin, without unsafe-inline or eval',
    async (path, { openContext }) => {
      const context = await openContext();
      const page = await context.newPage();
      const response = await page.goto(origin + path);
      const header = response!.headers()['content-security-policy'] ?? '';
      const meta = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
      for (const policy of [header, meta]) {
        expect(policy).toMatch(/default-src 'self'/);
        expect(policy).toMatch(/script-src 'self'/);
        expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\*/);
      }
      expect(header).toMatch(/frame-ancestors 'none'/);
      expect(response!.headers()['x-content-type-options']).toBe('nosniff');
      expect(response!.headers()['referrer-policy']).toBe('no-referrer');
      expect(response!.headers()['permissions-policy']).toMatch(/camera=\(\)/);
      await context.close();
    },
  );
});

describe('typed markup', () => {
  it('runs nowhere: not in a worksheet, not in the workbook, not after a reload', async ({ openContext }) => {
    const context = await openContext();
    const watch = await watchContext(context, origin);
    const page = await context.newPage();
    const check = await guard(page);
    await page.goto(`${origin}/stappen/1-envision/#werkblad`);
    await page.locator('.worksheet[data-ready="true"]').waitFor();
    await page.locator('#werkblad-ambition-invoer').fill(HOSTILE);
    await page.locator('#werkblad-customer-goals button.add').click();
    await page.keyboard.type(HOSTILE);
    await page.locator('.save-status', { hasText: 'Opgeslagen' }).waitFor();
    await openWorkbookAt(page, origin);
    await page.getByLabel('Naam van het actieve plan').fill(HOSTILE);
    await page.getByLabel('Titel van het plan', { exact: true }).fill(HOSTILE);
    await openWorkbookAt(page, origin);
    await expect(page.locator('.plan-list .plan-name').first().innerText()).resolves.toContain('<img src=x onerror=');
    await page.goto(`${origin}/stappen/1-envision/#werkblad`);
    await page.locator('.worksheet[data-ready="true"]').waitFor();
    await page.getByRole('button', { name: 'Toon voorbeeld' }).first().click();
    expect(await check()).toEqual({ pwned: 0, violations: [] });
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });

  it('runs nowhere when it arrives in an imported backup', async ({ openContext }) => {
    const context = await openContext();
    const page = await context.newPage();
    const check = await guard(page);
    await openWorkbookAt(page, origin);
    const backup = {
      format: 'accountplan-in-9-stappen',
      schemaVersion: 1,
      exportedAt: '2027-01-01T00:00:00.000Z',
      plans: [{ schemaVersion: 1, id: 'vijandig', name: HOSTILE, cover: { title: HOSTILE, account: HOSTILE }, envision: { ambition: HOSTILE } }],
    };
    await page.getByLabel(/Importeer/).setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
    await page.getByRole('status').filter({ hasText: 'als gewone tekst overgenomen' }).waitFor();
    await page.goto(`${origin}/stappen/1-envision/#werkblad`);
    await page.locator('.worksheet[data-ready="true"]').waitFor();
    await expect(page.locator('#werkblad-ambition-invoer').inputValue()).resolves.toBe(HOSTILE);
    expect(await check()).toEqual({ pwned: 0, violations: [] });
    await context.close();
  });
});
