import { readFile } from 'node:fs/promises';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, inject } from 'vitest';
import { PLANTED_ERRORS } from '../../src/plan/example/error-hunt';
import { sectionFields } from '../../src/plan/model/field-entries';
import { SECTION_IDS } from '../../src/plan/model/schema';
import { STEPS } from '../../src/plan/model/steps';
import { it, openWorkbook, seriousViolations, watchContext } from './browser';

const origin = inject('origin');
const squash = (text: string) => text.replace(/\s+/g, '');

describe('the trainers\' kit', () => {
  it('prints blank worksheets: the PDF of an empty plan as a form that holds the label of every field', async ({ openContext }) => {
    const context = await openContext({ acceptDownloads: true });
    const watch = await watchContext(context, origin);
    const page = await context.newPage();
    await page.goto(`${origin}/trainers/`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download lege werkbladen (PDF)' }).click()]);
    expect(download.suggestedFilename()).toBe('werkbladen-accountplan.pdf');
    await page.getByRole('status').filter({ hasText: 'PDF gedownload: werkbladen-accountplan.pdf.' }).waitFor();
    const bytes = new Uint8Array(await readFile((await download.path())!));
    const text = squash(((await extractText(await getDocumentProxy(bytes), { mergePages: true })).text as string).normalize('NFC'));
    const labels = SECTION_IDS.flatMap((section) => sectionFields(section).map((f) => `${section}: ${f.info.label}`));
    expect(labels.filter((l) => !text.includes(squash(l.slice(l.indexOf(': ') + 2))))).toEqual([]);
    expect(text).not.toContain(squash('nog niet ingevuld'));
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });

  it('loads "Fouten zoeken" into the workbook, where the checks find the errors its answer key says they find', async ({ openContext }) => {
    const context = await openContext();
    const page = await context.newPage();
    await page.goto(`${origin}/trainers/`);
    await page.getByRole('button', { name: 'Zet het oefenplan "Fouten zoeken" in mijn werkboek' }).click();
    await page.getByRole('status').filter({ hasText: 'Het oefenplan "Fouten zoeken: Zorggroep Lindenhof" staat in je werkboek' }).waitFor();
    await expect(page.locator('[data-error]').count()).resolves.toBe(PLANTED_ERRORS.length);
    await openWorkbook(page, origin);
    await expect(page.locator('.plan-list .active .plan-name').innerText()).resolves.toBe('Fouten zoeken: Zorggroep Lindenhof (actief)');
    const failing = await page.locator('.checks li.todo[data-check]').evaluateAll((items) => items.map((i) => i.getAttribute('data-check')));
    const byCheck = [...new Set(PLANTED_ERRORS.flatMap((e) => ('check' in e.foundBy ? [e.foundBy.check] : [])))];
    expect(failing.sort()).toEqual(byCheck.sort());
    await context.close();
  });

  it('has an answer key for the knowledge check of every lesson, and is accessible', async ({ openContext }) => {
    const context = await openContext();
    const page = await context.newPage();
    await page.goto(`${origin}/trainers/`);
    await expect(page.locator('details.answer-key[data-key]').count()).resolves.toBe(STEPS.length);
    await page.locator('details.answer-key[data-key="develop"] summary').click();
    await expect(page.locator('details.answer-key[data-key="develop"]').innerText()).resolves.toContain('€ 10.000 (goed)');
    await expect(page.locator('details.answer-key[data-key="develop"]').innerText()).resolves.toContain('Oefent leerdoel 2: een accountstrategie kiezen: groeirichting, waardepropositie en per doel de strategie.');
    expect(await seriousViolations(page, 'trainers: ')).toEqual([]);
    await context.close();
  });
});
