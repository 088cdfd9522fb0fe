import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, inject } from 'vitest';
import { formatDateNl } from '../../src/plan/values/dates';
import { STEPS, lessonPath } from '../../src/plan/model/steps';
import { it, watchContext } from './browser';
import { fillWorksheet, type Expectation, type Values } from './fill';

const origin = inject('origin');

const heading = (page: Page) => page.locator('.fill-in-screen > h2');
const screenReady = (page: Page, id: string) => page.locator(`.fill-in-screen#${id} .worksheet[data-ready="true"]`).waitFor();

/**
 * Values that are each found once in a PDF: texts are tokens ("w007q"), numbers and dates
 * differ per field, so a value that did not reach the PDF cannot hide behind another.
 */
function uniqueValues(): Values {
  let text = 0;
  let number = 0;
  let day = 0;
  return {
    text: () => `w${String(++text).padStart(3, '0')}q`,
    number: (_kind, whole) => (whole ? `${700 + ++number}` : `${10 + ++number},37`),
    date: () => new Date(Date.UTC(2027, 0, 1 + 3 * ++day)).toISOString().slice(0, 10),
  };
}

/** How the PDF writes a value the story typed or chose (null: nothing to look for). */
function inPdf(e: Expectation): string | null {
  if (e.kind === 'checkbox') return 'ja';
  if (e.kind === 'select') {
    if (e.fieldKind === 'matrix') return null; // a score code: "+" is everywhere
    // A reference is the row it points to: the picker and the PDF name it each in their own way.
    if (e.fieldKind === 'reference') return /w\d{3}q/.exec(e.label!)?.[0] ?? e.label!;
    return e.fieldKind === 'score' ? `${e.value} van 5` : e.label!;
  }
  if (e.kind === 'number') return e.fieldKind === 'money' ? `€ ${e.value.replace(/,(\d)$/, ',$10')}` : e.fieldKind === 'percent' ? `${e.value}%` : e.value;
  return e.fieldKind === 'date' ? formatDateNl(e.value) : e.value;
}

async function pdfText(path: string): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(await readFile(path)));
  const { text } = await extractText(pdf, { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

describe('fill-in mode', () => {
  it('fills all nine steps and the cover through /invullen/ alone, and the PDF holds every value', async ({ openContext }) => {
    const context = await openContext({ acceptDownloads: true });
    const watch = await watchContext(context, origin);
    const page = await context.newPage();
    await page.goto(`${origin}/invullen/`);
    const values = uniqueValues();
    const expected: Expectation[] = [];
    for (const step of STEPS) {
      await screenReady(page, `stap-${step.number}`);
      await expect(heading(page).innerText()).resolves.toContain(`Stap ${step.number}: ${step.name}`);
      expected.push(...(await fillWorksheet(page, values)));
      await page.getByRole('link', { name: /^Volgende/ }).click();
    }
    await screenReady(page, 'afronden');
    expect(new URL(page.url()).hash).toBe('#afronden');
    expected.push(...(await fillWorksheet(page, values)));
    expect(expected.length).toBeGreaterThan(100);

    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: /Download PDF/ }).click()]);
    const text = await pdfText((await file.path())!);
    const missing = expected.map((e) => ({ id: e.id, shown: inPdf(e) })).filter(({ shown }) => shown !== null && !text.includes(shown));
    expect(missing).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.outsideRequests).toEqual([]);
    await context.close();
  });

  it('goes step by step with the address, loads only the words of the step on screen, and leads from a check to its field', async ({ openContext }) => {
    const context = await openContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const watch = await watchContext(context, origin);
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => scripts.push(new URL(r.url()).pathname));
    await page.goto(`${origin}/invullen/#stap-3`, { waitUntil: 'networkidle' });
    await screenReady(page, 'stap-3');

    await expect(heading(page).innerText()).resolves.toMatch(/^Stap 3: Discover/);
    await expect(page.locator('.fill-in-where').innerText()).resolves.toBe('Stap 3 van 9');
    await expect(page.locator('.fill-in-progress a[aria-current="step"]').innerText()).resolves.toContain('3');
    await expect(page.getByRole('link', { name: /^Lees de les/ }).getAttribute('href')).resolves.toBe(lessonPath(STEPS[2]));
    // The step's words only; not the other steps', nor the checks.
    const words = () => scripts.map((s) => /\/_astro\/(cover|envision|schedule|discover|klantplan|align|develop|adapt|inspire|actie)\.[\w-]+\.js$/.exec(s)?.[1]).filter(Boolean);
    expect(words()).toEqual(['discover']);
    expect(scripts.some((s) => /\/checks\.[\w-]+\.js$/.test(s))).toBe(false);
    // Near "Volgende", the next step's words load ahead.
    await page.locator('.fill-in-pager').scrollIntoViewIfNeeded();
    await expect.poll(words).toEqual(['discover', 'klantplan']);

    // The checks come with the list: an empty plan has open points, each with a link to its field.
    const checks = page.locator('.fill-in-checks');
    await checks.scrollIntoViewIfNeeded();
    await checks.locator('.checks li.todo').first().waitFor();
    await checks.getByRole('link', { name: 'Naar het veld' }).first().click();
    await expect
      .poll(() => page.evaluate(() => (document.activeElement?.matches('input, textarea, select, button.add') ? document.activeElement.closest('.field-group')?.id : 'elders')))
      .toMatch(/^werkblad-/);

    // The same store as the lessons: what is typed here is on the lesson's worksheet.
    await page.locator('#werkblad-sector-invoer').fill('Ouderenzorg in Oost-Nederland');
    await page.getByRole('link', { name: /^Volgende/ }).click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#stap-4');
    await screenReady(page, 'stap-4');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(/^Stap 4: /);
    await page.getByRole('link', { name: /^Vorige/ }).click();
    await screenReady(page, 'stap-3');
    await page.goBack();
    await expect.poll(() => heading(page).innerText()).toMatch(/^Stap 4: /);
    // A link to a field of another step opens that step.
    await page.goto(`${origin}/invullen/#werkblad-summary`);
    await screenReady(page, 'afronden');
    await expect(page.getByRole('link', { name: /^Volgende/ }).count()).resolves.toBe(0);
    // At the end, the workbook's ways out: the PDF (also in exam order) and Word.
    await page.locator('.fill-in-pdf').scrollIntoViewIfNeeded();
    await page.getByRole('button', { name: 'Download Word (.docx)' }).waitFor();
    await page.getByLabel(/Examenindeling/).waitFor();
    await expect(page.getByRole('button', { name: /Download PDF/ }).count()).resolves.toBe(1);
    await page.goto(`${origin}/stappen/3-discover/#werkblad`);
    await page.locator('.worksheet[data-ready="true"]').waitFor();
    await expect(page.locator('#werkblad-sector-invoer').inputValue()).resolves.toBe('Ouderenzorg in Oost-Nederland');
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });

  it('is offered beside "Begin bij stap 1" on the home page and in the workbook, and in the menu', async ({ openContext }) => {
    const context = await openContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    for (const path of ['/', '/werkboek/']) {
      await page.goto(origin + path);
      const start = page.getByRole('link', { name: 'Begin bij stap 1' });
      const fillIn = page.getByRole('link', { name: 'Vul je plan in' });
      await expect(fillIn.getAttribute('href')).resolves.toBe('/invullen/');
      // Side by side: the same row, or the next one right under it.
      const [a, b] = [(await start.boundingBox())!, (await fillIn.boundingBox())!];
      expect(Math.abs(a.y - b.y), path).toBeLessThan(80);
    }
    // At phone width the home page has a menu, and fill-in mode is in it.
    await page.goto(`${origin}/`);
    await page.getByRole('button', { name: 'Menu' }).click();
    // The open menu holds the page still behind it (MobileMenuToggle.astro), and lets go when it closes.
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).overflow)).toBe('hidden');
    await page.getByRole('button', { name: 'Menu' }).click();
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).overflow)).not.toBe('hidden');
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.locator('#starlight__sidebar').getByRole('link', { name: 'Plan invullen' }).click();
    await screenReady(page, 'stap-1');
    await context.close();
  });
});
