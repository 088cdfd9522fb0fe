import { describe, expect, inject } from 'vitest';
import { it, openWorkbook, seriousViolations, watchContext } from './browser';

const origin = inject('origin');

describe('a lesson\'s knowledge check', () => {
  it('answers back: the reader picks an answer with the keyboard, checks it and reads why; the workbook shows the score', async ({ openContext }) => {
    const context = await openContext();
    const watch = await watchContext(context, origin);
    const page = await context.newPage();
    await page.goto(`${origin}/stappen/1-envision/#kennischeck`);
    const check = page.locator('section#kennischeck');
    const questions = check.locator('fieldset');
    await expect(questions.count()).resolves.toBe(6);
    const first = questions.first();
    await first.getByRole('button', { name: 'Controleer' }).waitFor();

    // Nothing chosen yet.
    await first.getByRole('button', { name: 'Controleer' }).click();
    await expect(first.getByRole('status').innerText()).resolves.toBe('Kies eerst een antwoord.');

    // Keyboard only: into the group, the second answer, then "Controleer".
    await first.getByRole('radio').first().focus();
    await page.keyboard.press('ArrowDown');
    await expect(first.getByRole('radio').nth(1).isChecked()).resolves.toBe(true);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe('Controleer');
    await page.keyboard.press('Enter');
    await expect(first.getByRole('status').innerText()).resolves.toMatch(/^B\. Niet goed\. Dan bouwt hij op aannames\./);
    await check.locator('.quiz-score').filter({ hasText: 'Je score voor deze les: 0 van 6 in één keer goed (nog 5 vragen open).' }).waitFor();

    // Trying again teaches, but the first answer counts.
    await first.getByRole('radio', { name: /vraagt zijn manager/ }).check();
    await first.getByRole('button', { name: 'Controleer' }).click();
    await expect(first.getByRole('status').innerText()).resolves.toMatch(/^C\. Goed\. Zo weet hij waar zijn bedrijf heen wil/);
    const second = questions.nth(1);
    await second.getByRole('radio', { name: /aansluit op een doel van de hogeschool/ }).check();
    await second.getByRole('button', { name: 'Controleer' }).click();
    await expect(second.getByRole('status').innerText()).resolves.toMatch(/^B\. Goed\./);
    await check.locator('.quiz-score').filter({ hasText: '1 van 6 in één keer goed (nog 4 vragen open)' }).waitFor();
    expect(await seriousViolations(page, 'knowledge check: ')).toEqual([]);

    await openWorkbook(page, origin);
    await expect(page.locator('[data-quiz="envision"]').innerText()).resolves.toBe('Kennischeck: 1 van 6 in één keer goed (nog 4 vragen open)');
    await expect(page.locator('[data-quiz="schedule"]').innerText()).resolves.toBe('Kennischeck: nog niet gemaakt');
    await expect(page.locator('[data-quiz="envision"] a').getAttribute('href')).resolves.toBe('/stappen/1-envision/#kennischeck');

    // Starting over clears the lesson's answers.
    await page.goto(`${origin}/stappen/1-envision/#kennischeck`);
    await page.getByRole('button', { name: 'Begin opnieuw' }).click();
    await check.locator('.quiz-score').filter({ hasText: 'Je antwoorden zijn gewist' }).waitFor();
    await openWorkbook(page, origin);
    await expect(page.locator('[data-quiz="envision"]').innerText()).resolves.toBe('Kennischeck: nog niet gemaakt');
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });

  it('keeps its questions and answers readable without JavaScript', async ({ openContext }) => {
    const context = await openContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${origin}/stappen/6-develop/`);
    const first = page.locator('section#kennischeck fieldset').first();
    await expect(first.getByRole('radio').count()).resolves.toBe(3);
    await expect(first.getByRole('button', { name: 'Controleer' }).isVisible()).resolves.toBe(false);
    await first.getByText('Antwoord en uitleg').click();
    await expect(first.locator('.quiz-answers').innerText()).resolves.toContain('Niet goed. Niet meetbaar en niet tijdgebonden.');
    await expect(first.locator('.quiz-answers').innerText()).resolves.toContain('Goed. Specifiek, met een KPI');
    await context.close();
  });

  it('has a permanent address: "Kopieer link" at its heading copies #kennischeck', async ({ openContext }) => {
    const context = await openContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${origin}/stappen/3-discover/`);
    await page.getByRole('button', { name: 'Kopieer link naar het deel: Test je kennis' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${origin}/stappen/3-discover/#kennischeck`);
    await expect(page.locator('#kennischeck').evaluate((el) => el.tagName)).resolves.toBe('SECTION');
    await context.close();
  });
});
