import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, inject } from 'vitest';
import { fig } from '../../src/plan/example/example-facts';
import { stepOfTotal } from '../../src/plan/messages';
import { STEPS } from '../../src/plan/model/steps';
import { it, openWorkbook, watchContext } from './browser';

const origin = inject('origin');

async function pdfText(path: string): Promise<{ text: string; pages: number }> {
  const pdf = await getDocumentProxy(new Uint8Array(await readFile(path)));
  const { text, totalPages } = await extractText(pdf, { mergePages: true });
  return { text: text.replace(/\s+/g, ' '), pages: totalPages };
}

async function download(page: Page) {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page
      .getByRole('button', { name: /Download PDF/ })
      .first()
      .click(),
  ]);
  return file;
}

describe('Download PDF', () => {
  it('on the workbook gives a PDF of the active plan with its text, loading the PDF code only on click', async ({ openContext }) => {
    const context = await openContext({ acceptDownloads: true });
    const watch = await watchContext(context, origin);
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => scripts.push(new URL(r.url()).pathname));
    await openWorkbook(page, origin);
    await page.getByRole('button', { name: 'Nieuw plan op basis van het voorbeeld' }).click();
    const beforeClick = scripts.length;
    // Nothing of jsPDF or the font before the click.
    expect(scripts.filter((s) => /jspdf|render|\.ttf/i.test(s))).toEqual([]);
    const file = await download(page);
    expect(file.suggestedFilename()).toMatch(/^accountplan-zorggroep-lindenhof-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(scripts.slice(beforeClick).some((s) => s.endsWith('.ttf'))).toBe(true);
    const { text, pages } = await pdfText((await file.path())!);
    expect(pages).toBeGreaterThan(10);
    for (const words of [
      'Accountplan Zorggroep Lindenhof 2027',
      'Managementsamenvatting',
      `${stepOfTotal(STEPS.at(-1)!.number, STEPS.length)} ${STEPS.at(-1)!.name}`,
      'Maak de auditchecklist samen met Els Kramer',
      'Kroonstad Hygiëne',
      fig('budgetCost'),
      'pagina 2 van',
    ]) {
      expect(text).toContain(words);
    }
    await page.getByRole('status').filter({ hasText: 'PDF gedownload' }).waitFor();
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.outsideRequests).toEqual([]);
    await context.close();
  });

  it('on a worksheet flushes what was just typed, and names the file safely', async ({ openContext }) => {
    const context = await openContext({ acceptDownloads: true });
    const page = await context.newPage();
    await openWorkbook(page, origin);
    await page.getByLabel('Account (klant)', { exact: true }).fill('<script>alert(1)</script> ../Łódź: Ørsted');
    await page.goto(`${origin}/stappen/1-envision/#werkblad`);
    await page.locator('.worksheet[data-ready="true"]').waitFor();
    await page.locator('#werkblad-ambition-invoer').fill('Net getypt — “Zoë” 😀 en klaar.');
    const file = await download(page);
    expect(file.suggestedFilename()).toMatch(/^accountplan-script-alert-1-script-lodz-orsted-\d{4}-\d{2}-\d{2}\.pdf$/);
    const { text } = await pdfText((await file.path())!);
    expect(text).toContain('Net getypt — “Zoë”');
    await page
      .getByRole('alert')
      .filter({ hasText: /Eén teken kon niet/ })
      .waitFor();
    await context.close();
  });
});
