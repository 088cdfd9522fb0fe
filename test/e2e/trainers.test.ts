import { readFile } from 'node:fs/promises';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, inject } from 'vitest';
import { KENNISCHECK } from '../../src/lessons/kennischeck';
import { COMPETENCES, RUBRIC_SCALE, RUBRIC_SCORES } from '../../src/plan/exam/rubric';
import { ex } from '../../src/plan/example/example-facts';
import { PLANTED_ERRORS } from '../../src/plan/example/error-hunt';
import { sectionFields } from '../../src/plan/model/field-entries';
import { WRITTEN_SECTION_IDS } from '../../src/plan/model/schema';
import { STEPS } from '../../src/plan/model/steps';
import { it, openWorkbook, seriousViolations, watchContext } from './browser';

const origin = inject('origin');
const squash = (text: string) => text.replace(/\s+/g, '');

describe("the trainers' kit", () => {
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
    // The written plan's fields: the presentation and the interview are not part of it (and not of the form).
    const labels = WRITTEN_SECTION_IDS.flatMap((section) => sectionFields(section).map((f) => `${section}: ${f.info.label}`));
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
    await expect(page.locator('details.answer-key[data-key="develop"]').innerText()).resolves.toContain(
      'Oefent leerdoel 2: een accountstrategie kiezen: groeirichting, waardepropositie en per doel de strategie.',
    );
    expect(await seriousViolations(page, 'trainers: ')).toEqual([]);
    await context.close();
  });
  // Issue 22 §4 and review §5: a course that prepares for the exam, not only for the written plan.
  it('plans four sessions: the preparation before the first, and a rehearsal of the presentation and the interview in the last', async ({ openContext }) => {
    const context = await openContext();
    const page = await context.newPage();
    await page.goto(`${origin}/trainers/`);
    const headings = await page.locator('main h3').allInnerTexts();
    expect(headings.filter((h) => /^Bijeenkomst \d/.test(h)).map((h) => h.slice(0, 13))).toEqual([
      'Bijeenkomst 1',
      'Bijeenkomst 2',
      'Bijeenkomst 3',
      'Bijeenkomst 4',
    ]);
    expect(headings).toContain('Vóór bijeenkomst 1: de voorbereiding van de student');
    expect(headings).toContain('Aantekeningen voor de trainer');
    const text = await page.locator('main').innerText();
    for (const fact of [
      'account van je eigen werkgever',
      'de omzet en de marge bij deze klant over de laatste drie jaar',
      'Proefexamen',
      'Voorbeeldinterview',
      'handen opsteken',
      'een half uur per plan',
      'DESTEP',
      'groeirichting',
    ])
      expect(text).toContain(fact);
    // The model answer to the in-class question on the running case quotes the example plan.
    expect(text).toMatch(new RegExp(`${ex('discover.dmu.d1.name')}, de ${ex('discover.dmu.d1.position', 'klein')}[^]*${ex('discover.dmu.d1.lastContact')}`));
    // The pages for the slides (/presentatie/) and for practising the interview (/interview/), each by its name.
    expect((await page.locator('main a[href="/presentatie/"]').allInnerTexts()).some((n) => /presentatie/i.test(n))).toBe(true);
    expect((await page.locator('main a[href="/interview/"]').allInnerTexts()).some((n) => /interview/i.test(n))).toBe(true);
    await context.close();
  });

  it("scores on NIMA's scale with the rubric, says where each competence name comes from, and marks the case question in every answer key", async ({
    openContext,
  }) => {
    const context = await openContext();
    const page = await context.newPage();
    await page.goto(`${origin}/trainers/`);
    const rubric = page.locator('#rubric-tabel');
    await expect(rubric.innerText()).resolves.toContain(RUBRIC_SCORES.map((s) => `${s} ${RUBRIC_SCALE[s]}`).join(', '));
    await expect(rubric.locator('[data-competence]').count()).resolves.toBe(COMPETENCES.length);
    for (const c of COMPETENCES) {
      const part = rubric.locator(`[data-competence="${c.id}"]`);
      await expect(part.getByRole('heading', { level: 3 }).innerText()).resolves.toBe(c.name);
      await expect(part.getByRole('rowheader').allInnerTexts()).resolves.toEqual(['1 (onvoldoende)', '3 (voldoende)', '5 (zeer goed)']);
    }
    const sources = await rubric.locator('[data-source]').allInnerTexts();
    expect(sources).toHaveLength(3);
    expect(sources.join('\n')).toMatch(/Probleemoplossing[^\n]*2014/);
    expect(sources.join('\n')).toMatch(/Commercieel handelen[^\n]*B2 Accountmanager/);
    expect(sources.join('\n')).toMatch(/Klantgerichtheid en Samenwerken en overtuigen: een aanvulling van deze site/);
    await expect(rubric.innerText()).resolves.toContain('officiële document');
    for (const [step, questions] of Object.entries(KENNISCHECK)) {
      const key = page.locator(`details.answer-key[data-key="${step}"]`);
      await key.locator('summary').click();
      await expect(key.getByText('Een vraag over de casus').count()).resolves.toBe(questions.filter((q) => q.fromCase).length);
    }
    await context.close();
  });
});
