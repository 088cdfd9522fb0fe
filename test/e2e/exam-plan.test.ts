import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { STEPS } from '../../src/plan/model/steps';
import { describe, expect, inject } from 'vitest';
import { fig } from '../../src/plan/example/example-facts';
import { it, openWorkbook, seriousViolations, watchContext } from './browser';

const origin = inject('origin');

/** Opens a lesson at its worksheet and waits until the worksheet has read the plan. */
async function openWorksheet(page: Page, slug: string) {
  await page.goto(`${origin}/stappen/${slug}/#werkblad`);
  await page.locator('.worksheet[data-ready="true"]').waitFor();
}

/** The text of a downloaded Word document: every paragraph of word/document.xml, runs joined. */
async function docxText(path: string): Promise<{ text: string; files: string[] }> {
  const files = unzipSync(new Uint8Array(await readFile(path)));
  const xml = strFromU8(files['word/document.xml']!);
  const text = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    // Amounts and dates keep their parts together with no-break spaces: read them as spaces.
    .replace(/\u00a0/g, ' ');
  return { text, files: Object.keys(files) };
}

async function pdfPages(path: string): Promise<string[]> {
  const pdf = await getDocumentProxy(new Uint8Array(await readFile(path)));
  const { text } = await extractText(pdf, { mergePages: false });
  return text as unknown as string[];
}

describe('From workbook to exam plan', () => {
  it('Download Word (.docx) in the workbook gives a document with what was typed on the lessons, its code loaded only on click', async ({ openContext }) => {
    const context = await openContext({ acceptDownloads: true });
    const watch = await watchContext(context, origin);
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => scripts.push(new URL(r.url()).pathname));

    await openWorksheet(page, '1-envision');
    await page.locator('#werkblad-organisation-profile-invoer').fill('Bakkerij Ørsted & Zn. levert brood aan "zorg" <en> scholen.');
    await page.locator('#werkblad-classification-invoer').selectOption('ontwikkelen');
    await openWorksheet(page, '3-discover');
    await page.locator('#werkblad-purchasing-process-invoer').fill('Inkoop vraagt elk voorjaar drie offertes.\nDe directeur tekent.');
    await openWorksheet(page, '6-develop');
    await page.locator('#werkblad-value-proposition-invoer').fill('Vers brood elke ochtend, zonder afval.');
    const strategies = page.locator('#werkblad-strategies');
    await strategies.getByRole('button', { name: /toevoegen/ }).click();
    await strategies.getByLabel('Strategie', { exact: true }).last().fill('Partner in gezonde voeding');
    const budget = page.locator('#werkblad-budget');
    await budget.getByRole('button', { name: /toevoegen/ }).click();
    await budget.getByLabel('Post', { exact: true }).last().fill('Proefweek op twee scholen');
    await budget.getByLabel('Uren', { exact: true }).last().fill('12');
    await budget.getByLabel('Uurtarief', { exact: true }).last().fill('80');
    await budget.getByLabel('Overige kosten', { exact: true }).last().fill('250');
    await budget.getByLabel('Overige kosten', { exact: true }).last().blur();
    // The worksheet computes the line's cost: 12 × € 80 + € 250.
    await expect.poll(() => budget.locator('.derived').textContent()).toContain('€ 1.210');

    await openWorkbook(page, origin);
    expect(scripts.filter((s) => /render-docx|download-docx/.test(s))).toEqual([]);
    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'Download Word (.docx)' }).click()]);
    expect(file.suggestedFilename()).toMatch(/^accountplan-plan-\d{4}-\d{2}-\d{2}\.docx$/);
    expect(scripts.some((s) => /render-docx/.test(s))).toBe(true);
    await page.getByRole('status').filter({ hasText: 'Word-document gedownload' }).waitFor();

    const { text, files } = await docxText((await file.path())!);
    expect(files).toContain('word/styles.xml');
    for (const typed of [
      'Bakkerij Ørsted & Zn. levert brood aan "zorg" <en> scholen.',
      'Ontwikkelen (aantrekkelijke klant, zwakke positie)',
      'Inkoop vraagt elk voorjaar drie offertes.',
      'De directeur tekent.',
      'Vers brood elke ochtend, zonder afval.',
      'Partner in gezonde voeding',
      'Proefweek op twee scholen',
      '€ 1.210',
    ]) {
      expect(text).toContain(typed);
    }
    // In exam order: the own organisation (chapter 2) before the market and account (chapter 4) and the strategy (chapter 7).
    const at = (s: string) => text.indexOf(s, text.indexOf('1. Managementsamenvatting', text.indexOf('Inhoud') + 200));
    expect(at('Bakkerij Ørsted')).toBeLessThan(at('Inkoop vraagt'));
    expect(at('Inkoop vraagt')).toBeLessThan(at('Vers brood'));
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.outsideRequests).toEqual([]);
    await context.close();
  });

  it('with "Examenindeling" the PDF starts with the management summary, then the own organisation, and says how many pages it has', async ({ openContext }) => {
    const context = await openContext({ acceptDownloads: true });
    const page = await context.newPage();
    await openWorkbook(page, origin);
    await page.getByRole('button', { name: 'Nieuw plan op basis van het voorbeeld' }).click();
    await page.getByRole('checkbox', { name: /Examenindeling/ }).check();
    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: /Download PDF/ }).click()]);
    const pages = await pdfPages((await file.path())!);
    expect(pages[1]).toMatch(/^Inhoud\n1 Managementsamenvatting 3\n2 Eigen organisatie 4\n3 Accountteam/);
    expect(pages[2]).toMatch(/^Hoofdstuk 1\nManagementsamenvatting\nZorggroep Lindenhof is met € 355\.000 omzet/);
    expect(pages[3]).toMatch(/^Hoofdstuk 2\nEigen organisatie\n/);
    expect(pages.join('\n')).not.toContain('Open punten');
    const message = page.getByRole('status').filter({ hasText: 'PDF gedownload' });
    await message.waitFor();
    expect(await message.textContent()).toMatch(
      /De hoofdstukken beslaan \d+ pagina's \(het examen vraagt 10 tot 25\), de bijlagen \d+ pagina's \(hoogstens 5\)\./,
    );
    // The choice is kept: the next visit still orders the PDF by the exam.
    await page.reload();
    await openWorkbook(page, origin);
    await expect.poll(() => page.getByRole('checkbox', { name: /Examenindeling/ }).isChecked()).toBe(true);
    await context.close();
  });

  it("the workbook estimates the exam plan's pages and draws the chart of the financial chapter", async ({ openContext }) => {
    const context = await openContext();
    const page = await context.newPage();
    await openWorkbook(page, origin);
    const estimate = page.locator('.exam-estimate');
    await expect.poll(() => estimate.textContent()).toContain("ongeveer 0 pagina's hoofdtekst");
    await page.getByRole('button', { name: 'Nieuw plan op basis van het voorbeeld' }).click();
    await expect
      .poll(() => estimate.textContent())
      .toMatch(/ongeveer \d+ pagina's hoofdtekst en \d pagina's bijlagen .* Dat past binnen de 10 tot 25 pagina's/);
    const pages = Number((await estimate.textContent())!.match(/ongeveer (\d+) pagina's hoofdtekst/)![1]);
    expect(pages).toBeGreaterThanOrEqual(10);
    expect(pages).toBeLessThanOrEqual(25);
    const chart = page.locator('[data-part="financien"] svg.finance-chart');
    await chart.waitFor();
    expect(await chart.getAttribute('aria-labelledby')).toBeTruthy();
    expect(await chart.locator('title').textContent()).toContain(`2027 (plan): omzet ${fig('bridgeTarget')}, brutomarge ${fig('planGrossMargin')}`);
    expect(await page.locator('[data-part="financien"] table.finance-table').textContent()).toContain(fig('lastGrossMargin'));
    // Beside it the build-up of the revenue target, with the expected revenue and the gap to the target.
    const bridge = page.locator('[data-part="financien"] table.bridge-table');
    await expect.poll(() => bridge.textContent()).toContain(fig('bridgeExpected'));
    expect(await bridge.textContent()).toContain(fig('bridgeGap'));
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('/examenplan/ follows the steps in the sidebar, and the method overview links to it', async ({ openContext }) => {
    const context = await openContext();
    const page = await context.newPage();
    await page.goto(`${origin}/examenplan/`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Van werkboek naar examenplan');
    const links = await page.locator('nav.sidebar a, #starlight__sidebar a').evaluateAll((as) => as.map((a) => a.textContent!.trim()));
    // After the last step, whatever the menu calls it.
    expect(links[links.findIndex((l) => l.startsWith(`${STEPS.length}. `)) + 1]).toBe('Van werkboek naar examenplan');
    expect(await page.locator('table.exam-chapters tbody tr').count()).toBe(11);
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(`${origin}/stappen/`);
    await page.locator('main a[href="/examenplan/"]').first().waitFor();
    await context.close();
  });

  it("a plan stored by version 1 opens unchanged: its budget's cost as other costs, the parts version 2 added empty", async ({ openContext }) => {
    const context = await openContext();
    const v1 = readFileSync(new URL('../plan/model/fixtures/example-v1.json', import.meta.url), 'utf8');
    await context.addInitScript((plan) => {
      if (!localStorage.getItem('accountplan:index')) localStorage.setItem('accountplan:plan:voorbeeld-lindenhof', plan);
    }, v1);
    const page = await context.newPage();
    await openWorksheet(page, '6-develop');
    const budget = page.locator('#werkblad-budget');
    await expect.poll(() => budget.getByLabel('Overige kosten', { exact: true }).first().inputValue()).toBe('€ 4.500');
    expect(await budget.getByLabel('Uurtarief', { exact: true }).first().inputValue()).toBe('');
    expect(await budget.locator('.derived').textContent()).toContain('kosten € 14.900');
    expect(await page.locator('#werkblad-value-proposition-invoer').inputValue()).toBe('');
    expect(await page.locator('#werkblad-objectives').getByLabel('Doel', { exact: true }).first().inputValue()).toBe('Omzet bij Lindenhof laten groeien');
    await openWorksheet(page, '1-envision');
    expect(await page.locator('#werkblad-organisation-profile-invoer').inputValue()).toBe('');
    expect(await page.locator('#werkblad-ambition-invoer').inputValue()).toMatch(/^Over drie jaar is Kroonstad Hygiëne de vaste partner/);
    await context.close();
  });
});
