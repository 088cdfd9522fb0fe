import { describe, expect, inject } from 'vitest';
import { KENNISCHECK, optionLetter } from '../../src/lessons/kennischeck';
import { it, openWorkbook, seriousViolations, watchContext } from './browser';

const origin = inject('origin');
/** The first sentence of a text, escaped for a regular expression. */
const firstSentence = (text: string) => /^[^.?!]*[.?!]/.exec(text)![0].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const lesson1 = KENNISCHECK.envision;
const total = lesson1.length;

describe("a lesson's knowledge check", () => {
  it('answers back: the reader picks an answer with the keyboard, checks it and reads why; the workbook shows the score', async ({ openContext }) => {
    const context = await openContext();
    const watch = await watchContext(context, origin);
    const page = await context.newPage();
    await page.goto(`${origin}/stappen/1-envision/#kennischeck`);
    const check = page.locator('section#kennischeck');
    const questions = check.locator('fieldset');
    await expect(questions.count()).resolves.toBe(total);
    const first = questions.first();
    await first.getByRole('button', { name: 'Controleer' }).waitFor();

    // Nothing chosen yet.
    await first.getByRole('button', { name: 'Controleer' }).click();
    await expect(first.getByRole('status').innerText()).resolves.toBe('Kies eerst een antwoord.');

    // Keyboard only: into the group, the second answer, then "Controleer".
    const second = lesson1[0]!.options[1]!;
    await first.getByRole('radio').first().focus();
    await page.keyboard.press('ArrowDown');
    await expect(first.getByRole('radio').nth(1).isChecked()).resolves.toBe(true);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe('Controleer');
    await page.keyboard.press('Enter');
    await expect(first.getByRole('status').innerText()).resolves.toMatch(
      new RegExp(`^B\\. ${second.correct ? 'Goed' : 'Niet goed'}\\. ${firstSentence(second.feedback)}`),
    );
    const firstRight = second.correct ? 1 : 0;
    await check
      .locator('.quiz-score')
      .filter({ hasText: `Je score voor deze les: ${firstRight} van ${total} in één keer goed (nog ${total - 1} vragen open).` })
      .waitFor();

    // Trying again teaches, but the first answer counts.
    const rightOf = (n: number) => lesson1[n]!.options.findIndex((o) => o.correct);
    await first.getByRole('radio').nth(rightOf(0)).check();
    await first.getByRole('button', { name: 'Controleer' }).click();
    await expect(first.getByRole('status').innerText()).resolves.toMatch(
      new RegExp(`^${optionLetter(rightOf(0)).toUpperCase()}\\. Goed\\. ${firstSentence(lesson1[0]!.options[rightOf(0)]!.feedback)}`),
    );
    const next = questions.nth(1);
    await next.getByRole('radio', { name: lesson1[1]!.options[rightOf(1)]!.text }).check();
    await next.getByRole('button', { name: 'Controleer' }).click();
    await expect(next.getByRole('status').innerText()).resolves.toMatch(new RegExp(`^${optionLetter(rightOf(1)).toUpperCase()}\\. Goed\\.`));
    const score = `${firstRight + 1} van ${total} in één keer goed (nog ${total - 2} vragen open)`;
    await check.locator('.quiz-score').filter({ hasText: score }).waitFor();
    expect(await seriousViolations(page, 'knowledge check: ')).toEqual([]);

    await openWorkbook(page, origin);
    await expect(page.locator('[data-quiz="envision"]').innerText()).resolves.toBe(`Kennischeck: ${score}`);
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
    const question = KENNISCHECK.develop[0]!;
    const wrong = question.options.find((o) => !o.correct)!;
    const right = question.options.find((o) => o.correct)!;
    const first = page.locator('section#kennischeck fieldset').first();
    await expect(first.getByRole('radio').count()).resolves.toBe(question.options.length);
    await expect(first.getByRole('button', { name: 'Controleer' }).isVisible()).resolves.toBe(false);
    await first.getByText('Antwoord en uitleg').click();
    await expect(first.locator('.quiz-answers').innerText()).resolves.toContain(`Niet goed. ${wrong.feedback}`);
    await expect(first.locator('.quiz-answers').innerText()).resolves.toContain(`Goed. ${right.feedback}`);
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
