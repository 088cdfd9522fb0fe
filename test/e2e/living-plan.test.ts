import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { extractText, getDocumentProxy } from 'unpdf';
import type { Page } from 'playwright-core';
import { describe, expect, inject } from 'vitest';
import { STEPS } from '../../src/plan/model/steps';
import { stepTitle } from '../../src/worksheets/messages';
import { it, watchContext, openWorkbook as openWorkbookAt } from './browser';

const origin = inject('origin');
/** The plan view is drawn when the heading of its last step is there. */
const lastStep = STEPS.at(-1)!;

const openWorkbook = (page: Page) => openWorkbookAt(page, origin);

async function loadExample(page: Page) {
  await openWorkbook(page);
  await page.getByRole('button', { name: 'Nieuw plan op basis van het voorbeeld' }).click();
  await expect.poll(() => page.locator('.plan-list .active .plan-name').innerText()).toMatch(/^Voorbeeld: /);
}

describe('versions', () => {
  it('saves a version, shows what changed since, and restores it as a new plan', async ({ openContext }) => {
    const context = await openContext();
    const page = await context.newPage();
    await openWorkbook(page);
    await page.getByLabel('Titel van het plan', { exact: true }).fill('Titel in maart');
    await page.getByLabel('Wat is er veranderd?').fill('na klantgesprek 12 maart');
    await page.getByRole('button', { name: 'Bewaar versie' }).click();
    await page.getByRole('status').filter({ hasText: 'Versie "na klantgesprek 12 maart" bewaard' }).waitFor();
    await page.getByLabel('Titel van het plan', { exact: true }).fill('Titel in april');
    const diff = page.locator('.changes');
    await expect.poll(() => diff.innerText()).toContain('Voorblad › Titel van het plan');
    await expect(diff.innerText()).resolves.toContain('"Titel in maart" → "Titel in april"');
    await page.getByRole('button', { name: 'Zet in het logboek van stap 7' }).click();
    await page.getByRole('button', { name: 'Zet versie na klantgesprek 12 maart terug als nieuw plan' }).click();
    await expect.poll(() => page.locator('.plan-list .active .plan-name').innerText()).toMatch(/\(versie: na klantgesprek 12 maart\)/);
    await expect(page.getByLabel('Titel van het plan', { exact: true }).inputValue()).resolves.toBe('Titel in maart');
    // The change log of step 7 got the difference.
    await page.getByRole('button', { name: /^Open plan Mijn plan$/ }).click();
    await page.goto(`${origin}/stappen/7-adapt/#werkblad`);
    await page.locator('.worksheet[data-ready="true"]').waitFor();
    await expect(page.locator('#werkblad-signals .row-card').first().getByLabel('Wat veranderde').inputValue()).resolves.toContain('Titel van het plan');
    await context.close();
  });
});

describe('the calendar', () => {
  it('downloads an .ics file with the review dates and deadlines that a calendar parser reads', async ({ openContext }) => {
    const context = await openContext({ acceptDownloads: true });
    const page = await context.newPage();
    await loadExample(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download agenda (.ics)' }).click()]);
    expect(download.suggestedFilename()).toBe('accountplan-zorggroep-lindenhof-agenda.ics');
    const text = await readFile((await download.path())!, 'utf8');
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const summaries = events.map((e) => e.summary);
    expect(summaries.filter((s) => s.startsWith('Evaluatie'))).toHaveLength(3);
    expect(summaries).toContain('Actie klaar: Maak de auditchecklist samen met Els Kramer (Zorggroep Lindenhof)');
    await context.close();
  });
});

describe('sharing with a trainer', () => {
  it('makes a link that opens the plan read-only in another browser, which can keep a copy', async ({ openContext }) => {
    const student = await openContext();
    const page = await student.newPage();
    await loadExample(page);
    await page.getByRole('button', { name: 'Deel met trainer' }).click();
    const link = await page.getByLabel('Link naar je plan').inputValue();
    expect(link).toMatch(new RegExp(`^${origin}/gedeeld/#v1\\.`));
    await student.close();

    const trainer = await openContext({ acceptDownloads: true });
    const watch = await watchContext(trainer, origin);
    const requests: string[] = [];
    trainer.on('request', (r) => requests.push(r.url()));
    const view = await trainer.newPage();
    await view.goto(link);
    await view.getByRole('heading', { name: stepTitle(lastStep.number, lastStep.name) }).waitFor();
    await expect(view.locator('.plan-view').innerText()).resolves.toContain('Maak de auditchecklist samen met Els Kramer');
    // Read-only: no form fields for the plan itself.
    await expect(view.locator('.plan-view input, .plan-view textarea').count()).resolves.toBe(0);
    // The plan never went to the server: no request carries it.
    expect(requests.some((u) => u.includes('#') || u.length > 2000)).toBe(false);
    // The trainer can download the shared plan's PDF without keeping the plan.
    const [pdf] = await Promise.all([view.waitForEvent('download'), view.getByRole('button', { name: /Download PDF/ }).click()]);
    expect(pdf.suggestedFilename()).toMatch(/^accountplan-zorggroep-lindenhof-.*\.pdf$/);
    const text = (await extractText(await getDocumentProxy(new Uint8Array(await readFile((await pdf.path())!))), { mergePages: true })).text;
    expect(text.replace(/\s+/g, ' ')).toContain('Maak de auditchecklist samen met Els Kramer');
    await view.getByRole('button', { name: 'Bewaar als mijn plan' }).click();
    await view.getByRole('status').filter({ hasText: 'Bewaard als' }).waitFor();
    await openWorkbook(view);
    await expect(view.locator('.plan-list .plan-name').allInnerTexts()).resolves.toContain(
      'Voorbeeld: Zorggroep Lindenhof van Sanne de Wit (gedeeld) (actief)',
    );
    expect(watch.consoleErrors).toEqual([]);
    await trainer.close();
  });

  it('says clearly when a link is broken', async ({ openContext }) => {
    const context = await openContext();
    const page = await context.newPage();
    await page.goto(`${origin}/gedeeld/#v1.AAAA.kapot`);
    await page.getByRole('alert').filter({ hasText: 'beschadigd of onvolledig' }).waitFor();
    await context.close();
  });
});

describe('trainer links', () => {
  it('copy the address of a lesson section and of a worksheet exercise, and say so on the button for a few seconds', async ({ openContext }) => {
    const context = await openContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.clock.install();
    await page.goto(`${origin}/stappen/6-develop/#werkblad`);
    await page.locator('.worksheet[data-ready="true"]').waitFor();
    const exercise = page.getByRole('button', { name: 'Kopieer link naar oefening: Budget' });
    await exercise.click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${origin}/stappen/6-develop/#werkblad-budget`);
    await expect(exercise.innerText()).resolves.toBe('Gekopieerd');
    await expect(page.locator('#werkblad-budget [role="status"]').innerText()).resolves.toBe(`Link gekopieerd: ${origin}/stappen/6-develop/#werkblad-budget`);
    const section = page.getByRole('button', { name: 'Kopieer link naar het deel: Checklist' });
    await section.click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${origin}/stappen/6-develop/#checklist`);
    await expect(section.innerText()).resolves.toBe('Gekopieerd');
    await page.clock.fastForward(3100);
    await expect.poll(() => Promise.all([exercise.innerText(), section.innerText()])).toEqual(['Kopieer link', 'Kopieer link']);
    // One link control per heading: ours instead of Starlight's anchor link.
    const controls = await page
      .locator('.sl-markdown-content .sl-heading-wrapper:has(> h2)')
      .evaluateAll((wrappers) => wrappers.map((w) => w.querySelectorAll(':scope > :is(a.sl-anchor-link, button.copy-link)').length));
    expect(controls.length).toBeGreaterThan(5);
    expect(new Set(controls)).toEqual(new Set([1]));
    await context.close();
  });
});
