import type { Page } from 'playwright-core';
import { describe, expect, inject } from 'vitest';
import { examplePlan } from '../../src/plan/example/example-plan';
import { createBackup, serializeBackup } from '../../src/plan/exchange/transfer';
import { STEPS } from '../../src/plan/model/steps';
import { it, openWorkbook as openWorkbookAt, watchContext } from './browser';

const origin = inject('origin');
const openWorkbook = (page: Page) => openWorkbookAt(page, origin);

/**
 * Issue 27, as a student meets it: where they left off, what a comparison of versions shows,
 * what an import leaves, what the PDFs are called, how to send a long link.
 */
describe('a returning student', () => {
  it('is greeted on the home page with the plan, its progress and "Ga verder bij stap N", after a reload too', async ({ openContext }) => {
    const context = await openContext();
    const watch = await watchContext(context, origin);
    const page = await context.newPage();
    // A first visit: nothing to go on with.
    await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
    await expect(page.locator('.resume-plan').isHidden()).resolves.toBe(true);
    await page.goto(`${origin}/invullen/#stap-1`);
    await page.locator('#stap-1 .worksheet[data-ready="true"]').waitFor();
    await page.getByLabel('Account (klant)').fill('Zorggroep Lindenhof');
    await page.locator('#werkblad-ambition-invoer').fill('Over drie jaar zijn we de vaste partner voor hygiëne.');
    await page.locator('.save-status', { hasText: 'Opgeslagen' }).waitFor();
    await page.goto(`${origin}/`);
    await page.reload();
    const box = page.getByRole('complementary', { name: 'Welkom terug' });
    await box.waitFor();
    await expect(box.innerText()).resolves.toMatch(/Je werkt aan Accountplan Zorggroep Lindenhof: 2 van \d+ velden ingevuld, 0 van \d+ stappen helemaal\./);
    const go = box.getByRole('link', { name: `Ga verder bij stap 1: ${STEPS[0]!.title}` });
    await go.click();
    await page.locator('#stap-1 .worksheet[data-ready="true"]').waitFor();
    await expect(page.locator('#werkblad-ambition-invoer').inputValue()).resolves.toMatch(/^Over drie jaar/);
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('versions', () => {
  it('compare a long text edited at its end by showing the new words, and default to the last change after saving', async ({ openContext }) => {
    const context = await openContext();
    const page = await context.newPage();
    await openWorkbook(page);
    const summary = page.locator('#werkblad-summary-invoer');
    const long = `${'Zorggroep Lindenhof wil de zorg voor haar bewoners verbeteren en zoekt daarvoor een partner die meedenkt. '.repeat(5)}Wij bieden een vaste contactpersoon.`;
    await summary.fill(long);
    await page.getByLabel('Wat is er veranderd?').fill('eerste versie');
    await page.getByRole('button', { name: 'Bewaar versie' }).click();
    await page.getByRole('status').filter({ hasText: 'Versie "eerste versie" bewaard' }).waitFor();
    // Right after the first save there is nothing to compare yet, and the page says with what.
    await page.locator('.diff', { hasText: 'Geen verschillen: "eerste versie" en "het plan zoals het nu is" zijn hetzelfde.' }).waitFor();
    await summary.fill(`${long} En een jaarplanning met kwartaalreviews.`);
    const changes = page.locator('.changes');
    // Marked as added, and said so to screen readers.
    await expect
      .poll(() => changes.locator('ins').allInnerTexts())
      .toEqual([expect.stringMatching(/^\[erbij:\s+En een jaarplanning met kwartaalreviews\.\s*\]$/)]);
    // The words before the change stand beside it; the unchanged start is left out.
    await expect(changes.innerText()).resolves.toMatch(/… .*Wij bieden een vaste contactpersoon\./);
    await expect(changes.innerText()).resolves.not.toContain('Zorggroep Lindenhof wil');
    // After saving again, the comparison shows the step just taken instead of "Geen verschillen".
    await page.getByLabel('Wat is er veranderd?').fill('tweede versie');
    await page.getByRole('button', { name: 'Bewaar versie' }).click();
    await page.getByRole('status').filter({ hasText: 'Versie "tweede versie" bewaard' }).waitFor();
    await expect.poll(() => changes.locator('ins').allInnerTexts()).toEqual([expect.stringMatching(/En een jaarplanning met kwartaalreviews\./)]);
    await expect(page.getByLabel('Van', { exact: true }).locator('option:checked').innerText()).resolves.toMatch(/^eerste versie/);
    await expect(page.getByLabel('naar', { exact: true }).locator('option:checked').innerText()).resolves.toMatch(/^tweede versie/);
    await context.close();
  });
});

describe('a backup', () => {
  it('imported into an empty browser leaves only the imported plan, active, and says so', async ({ openContext }) => {
    const context = await openContext();
    const page = await context.newPage();
    await openWorkbook(page);
    await expect(page.locator('.plan-list .plan-name').allInnerTexts()).resolves.toEqual(['Mijn plan (actief)']);
    const plan = examplePlan();
    await page
      .getByLabel(/Importeer/)
      .setInputFiles({ name: 'plan.json', mimeType: 'application/json', buffer: Buffer.from(serializeBackup(createBackup([plan]))) });
    await page.getByRole('status').filter({ hasText: 'is nu je actieve plan. Het lege plan "Mijn plan" is weggehaald.' }).waitFor();
    await expect(page.locator('.plan-list .plan-name').allInnerTexts()).resolves.toEqual([`${plan.name} (actief)`]);
    await openWorkbook(page);
    await expect(page.locator('.plan-list .plan-name').allInnerTexts()).resolves.toEqual([`${plan.name} (actief)`]);
    await context.close();
  });
});

describe('downloads', () => {
  it('the PDF in step order and in exam order get different names; the options come first and the remembered choice shows at a lesson', async ({
    openContext,
  }) => {
    const context = await openContext({ acceptDownloads: true });
    const page = await context.newPage();
    await openWorkbook(page);
    const part = page.locator('.workbook-part[data-part="downloaden"]');
    await part.and(page.locator('[data-ready="true"]')).waitFor();
    // The options are before the button they apply to.
    const [options, button] = [part.getByRole('group', { name: 'Opties voor de PDF' }), part.getByRole('button', { name: /^Download PDF/ })];
    expect((await options.boundingBox())!.y).toBeLessThan((await button.boundingBox())!.y);
    const download = async () => (await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), button.click()]))[0].suggestedFilename();
    const steps = await download();
    await part.getByLabel(/Examenindeling/).check();
    const exam = await download();
    expect(steps).toMatch(/^accountplan-plan-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(exam).toMatch(/^accountplan-plan-examenindeling-\d{4}-\d{2}-\d{2}\.pdf$/);
    // The choice is remembered, and a lesson's PDF button says so.
    await page.goto(`${origin}/stappen/2-schedule/#werkblad`);
    await page.locator('.worksheet[data-ready="true"]').waitFor();
    await page.getByText('Je PDF komt in de examenindeling.').waitFor();
    await expect(page.getByRole('link', { name: 'Wijzig dat in het werkboek' }).getAttribute('href')).resolves.toBe('/werkboek/#downloaden');
    await context.close();
  });

  it('the share link says how long it is, what to do when a channel cuts it, and can go by e-mail', async ({ openContext }) => {
    const context = await openContext();
    const page = await context.newPage();
    await openWorkbook(page);
    await page.getByRole('button', { name: 'Nieuw plan op basis van het voorbeeld' }).click();
    await expect.poll(() => page.locator('.plan-list .active .plan-name').innerText()).toMatch(/^Voorbeeld: /);
    await page.getByRole('button', { name: 'Deel met trainer' }).click();
    const link = await page.getByLabel('Link naar je plan').inputValue();
    const advice = page.locator('.share-advice');
    await expect(advice.innerText()).resolves.toContain(`De link is ${link.length.toLocaleString('nl-NL')} tekens lang`);
    await expect(advice.innerText()).resolves.toContain('reservekopie (JSON)');
    const mail = await page.getByRole('link', { name: 'Stuur per e-mail' }).getAttribute('href');
    expect(mail).toMatch(/^mailto:\?subject=/);
    expect(decodeURIComponent(new URL(mail!).searchParams.get('body') ?? '')).toContain(link);
    await context.close();
  });
});
