import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject } from 'vitest';
import { STEPS } from '../../src/plan/model/steps';
import { stepTitle } from '../../src/worksheets/messages';
import { it, openWorkbook, seriousViolations, watchContext } from './browser';

const origin = inject('origin');
/** The plan view is drawn when the heading of its last step is there. */
const lastStep = STEPS.at(-1)!;

async function shareExample(page: Page): Promise<string> {
  await openWorkbook(page, origin);
  await page.getByRole('button', { name: 'Nieuw plan op basis van het voorbeeld' }).click();
  await expect.poll(() => page.locator('.plan-list .active .plan-name').innerText()).toMatch(/^Voorbeeld: /);
  await page.getByRole('button', { name: 'Deel met trainer' }).click();
  return page.getByLabel('Link naar je plan').inputValue();
}

describe('trainer feedback without a server', () => {
  it('a trainer comments on a shared plan, and the student sees the comment at the field and in the workbook', async ({ openContext }) => {
    const student = await openContext();
    const studentWatch = await watchContext(student, origin);
    const page = await student.newPage();
    const shareLink = await shareExample(page);

    // The trainer, in a browser of their own.
    const trainer = await openContext({ acceptDownloads: true });
    const trainerWatch = await watchContext(trainer, origin);
    const view = await trainer.newPage();
    await view.goto(shareLink);
    await view.getByRole('heading', { name: stepTitle(lastStep.number, lastStep.name) }).waitFor();
    await view.getByRole('button', { name: 'Geef feedback' }).click();
    await view.getByLabel('Je naam (trainer)').fill('Marieke Bos');
    // The boxes are closed until the trainer opens one.
    await view.getByRole('button', { name: 'Opmerking bij Ambitie voor het account' }).click();
    await view.getByLabel('Opmerking bij Ambitie').fill('Noem hier wat Lindenhof er zelf aan heeft.');
    await view.getByRole('button', { name: 'Opmerking bij Stap 6: Develop (de hele stap)' }).click();
    await view.getByLabel('Opmerking bij Stap 6: Develop (de hele stap)').fill('Reken het saldo van het budget na.');
    await view.getByLabel('Algemene opmerking').fill('Een sterk plan. Werk de twee opmerkingen uit.');
    await view.getByLabel('Score voor Analyse en oordeelsvorming').selectOption('4');
    expect(await seriousViolations(view, 'feedback form: ')).toEqual([]);
    // What the trainer typed survives a reload before the link is made (once the draft is stored).
    await expect
      .poll(() =>
        view.evaluate(() => Object.entries(localStorage).some(([k, v]) => k.startsWith('accountplan:feedback-concept:') && v.includes('"analyse":4'))),
      )
      .toBe(true);
    await view.reload();
    await view.getByRole('button', { name: 'Geef feedback' }).click();
    await expect(view.getByLabel('Opmerking bij Ambitie').inputValue()).resolves.toBe('Noem hier wat Lindenhof er zelf aan heeft.');

    await view.getByRole('button', { name: 'Maak feedbacklink' }).click();
    const feedbackLink = await view.getByLabel('Feedbacklink').inputValue();
    expect(feedbackLink).toMatch(new RegExp(`^${origin}/gedeeld/#f1\\.`));
    const [file] = await Promise.all([view.waitForEvent('download'), view.getByRole('button', { name: 'Download feedback (JSON)' }).click()]);
    expect(file.suggestedFilename()).toMatch(/^feedback-zorggroep-lindenhof-\d{4}-\d{2}-\d{2}\.json$/);
    const feedbackFile = join(await mkdtemp(join(tmpdir(), 'feedback-')), file.suggestedFilename());
    await file.saveAs(feedbackFile);

    // Opened in the trainer's own browser, the feedback is refused: that plan is not there.
    const own = await trainer.newPage();
    await own.goto(feedbackLink);
    await own.getByRole('alert').filter({ hasText: 'hoort bij een ander plan: "Voorbeeld: Zorggroep Lindenhof" van Sanne de Wit' }).waitFor();
    await trainer.close();

    // The student opens the feedback link. What the workbook had still to save is saved when it is
    // left; the plans are read on a page without the store, so only the feedback page can change them.
    await page.goto(`${origin}/privacy/`);
    const before = await page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith('accountplan:plan:')));
    await page.goto(feedbackLink);
    await page
      .getByRole('status')
      .filter({ hasText: 'Feedback van Marieke Bos op "Voorbeeld: Zorggroep Lindenhof" van Sanne de Wit staat nu bij dat plan' })
      .waitFor();
    // Opening feedback never changes the plans.
    const after = await page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith('accountplan:plan:')));
    expect(after).toEqual(before);

    // At the field, on the lesson's worksheet.
    await page.goto(`${origin}/stappen/1-envision/#werkblad`);
    await page.locator('.worksheet[data-ready="true"]').waitFor();
    const note = page.locator('#werkblad-ambition .feedback-note');
    await expect.poll(() => note.count()).toBe(1);
    await expect(note.innerText()).resolves.toContain('Noem hier wat Lindenhof er zelf aan heeft.');
    await note.getByRole('checkbox', { name: /Verwerkt/ }).check();
    // Editing the field keeps the comment.
    await page.locator('#werkblad-ambition-invoer').fill('Lindenhof haalt zijn milieudoel met ons.');
    await expect(note.innerText()).resolves.toContain('Noem hier wat Lindenhof er zelf aan heeft.');
    expect(await seriousViolations(page, 'worksheet with feedback: ')).toEqual([]);

    // The step comment on step 6's worksheet.
    await page.goto(`${origin}/stappen/6-develop/#werkblad`);
    await page.locator('.worksheet[data-ready="true"]').waitFor();
    await page.locator('.feedback-notes', { hasText: 'Reken het saldo van het budget na.' }).waitFor();

    // In the workbook: a list with links to the fields, done marks kept.
    await openWorkbook(page, origin);
    const part = page.locator('[data-part="feedback"]');
    await part.getByText('Een sterk plan. Werk de twee opmerkingen uit.').waitFor();
    await expect(part.getByRole('link', { name: 'Stap 1 · Envision › Ambitie' }).getAttribute('href')).resolves.toBe('/stappen/1-envision/#werkblad-ambition');
    await expect(part.getByRole('link', { name: 'Stap 6 · Develop (de hele stap)' }).getAttribute('href')).resolves.toBe('/stappen/6-develop/#werkblad');
    await expect(part.getByRole('checkbox', { name: /opmerking bij Stap 1 · Envision › Ambitie/ }).isChecked()).resolves.toBe(true);
    await expect(part.innerText()).resolves.toContain('1 van 3 verwerkt');
    await expect(part.innerText()).resolves.toMatch(/Analyse en oordeelsvorming\s+4/);
    // The same feedback as a file: read again, nothing doubled, what was done stays done.
    await part.getByLabel('Open een feedbackbestand (JSON)').setInputFiles(feedbackFile);
    await part.getByRole('status').filter({ hasText: 'Je had deze feedback al' }).waitFor();
    await expect(part.locator('[data-feedback]').count()).resolves.toBe(1);
    await expect(part.innerText()).resolves.toContain('1 van 3 verwerkt');
    expect(studentWatch.consoleErrors).toEqual([]);
    expect(trainerWatch.consoleErrors).toEqual([]);
    await student.close();
    // A long story of many pages: on a busy machine (two CPUs, other work) it takes well over a minute.
  }, 240_000);

  it('a damaged feedback link gets a clear message', async ({ openContext }) => {
    const context = await openContext();
    const page = await context.newPage();
    await page.goto(`${origin}/gedeeld/#f1.AAAA.kapot`);
    await page.getByRole('alert').filter({ hasText: 'feedbacklink is beschadigd of onvolledig' }).waitFor();
    await context.close();
  });
});
