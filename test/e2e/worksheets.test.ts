import { describe, expect, inject } from 'vitest';
import { STEPS, lessonPath } from '../../src/plan/model/steps';
import { it, seriousViolations, openWorkbook, watchContext } from './browser';
import { checkWorksheet, fillWorksheet } from './fill';

const origin = inject('origin');

describe('every worksheet', () => {
  it.for(STEPS.map((s) => [s.number, s.name, s] as const))(
    'step %i (%s): every field kind can be filled and is there after a reload',
    async ([, , step], { openContext }) => {
      const context = await openContext();
      const watch = await watchContext(context, origin);
      const page = await context.newPage();
      await page.goto(`${origin}${lessonPath(step)}#werkblad`);
      await page.locator('.worksheet[data-ready="true"]').waitFor();
      const before = await page.locator('.completeness span').innerText();
      const expected = await fillWorksheet(page);
      expect(expected.length).toBeGreaterThan(3);
      await page.locator('.save-status', { hasText: 'Opgeslagen' }).waitFor();
      const after = await page.locator('.completeness span').innerText();
      expect(after).not.toBe(before);
      await page.reload();
      await page.locator('.worksheet[data-ready="true"]').waitFor();
      await checkWorksheet(page, expected);
      expect(watch.consoleErrors).toEqual([]);
      expect(watch.outsideRequests).toEqual([]);
      await context.close();
    },
  );
});

describe('the confrontation matrix', () => {
  it('is built from the SWOT lists as they are typed, and key questions can point at its cells', async ({ openContext }) => {
    const context = await openContext();
    const page = await context.newPage();
    await page.goto(`${origin}/stappen/4-klantplan/#werkblad`);
    await page.locator('.worksheet[data-ready="true"]').waitFor();
    await page.locator('#werkblad-strengths button.add').click();
    await page.keyboard.type('Sterk merk');
    await page.locator('#werkblad-threats button.add').click();
    await page.keyboard.type('Nieuwe wetgeving');
    const cell = page.getByLabel('Sterkte "Sterk merk" tegenover bedreiging "Nieuwe wetgeving"');
    await cell.selectOption('++');
    await page.locator('#werkblad-key-questions button.add').click();
    await page.keyboard.type('Hoe kunnen we ons merk inzetten tegen de nieuwe wetgeving?');
    const link = page.locator('#werkblad-key-questions select').first();
    await expect(link.locator('option').allInnerTexts()).resolves.toContain('S1 × B1 (++): Sterk merk × Nieuwe wetgeving');
    await context.close();
  });
});

describe('rows and list items', () => {
  it('can be added, moved and removed with the keyboard alone', async ({ openContext }) => {
    const context = await openContext();
    const page = await context.newPage();
    await page.goto(`${origin}/stappen/1-envision/#werkblad`);
    await page.locator('.worksheet[data-ready="true"]').waitFor();
    const add = page.locator('#werkblad-customer-goals button.add');
    await add.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.type('Eerste');
    await page.keyboard.press('Enter'); // Enter in an item adds the next one below it
    await page.keyboard.type('Tweede');
    const items = () => page.locator('#werkblad-customer-goals li textarea').evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value));
    await expect.poll(items).toEqual(['Eerste', 'Tweede']);
    await page.getByRole('button', { name: 'Zet doel 2 hoger' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(items).toEqual(['Tweede', 'Eerste']);
    // Focus stays on a move button of the moved item, so the reader can keep going.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/Zet doel 1 (hoger|lager)/);
    await page.getByRole('button', { name: 'Verwijder doel 1' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(items).toEqual(['Eerste']);
    await context.close();
  });
});

describe('accessibility with the worksheet running', () => {
  it.for([
    ['a lesson with its worksheet', '/stappen/6-develop/#werkblad', '.worksheet[data-ready="true"]'],
    ['the workbook', '/werkboek/#plannen', '.workbook[data-ready="true"]'],
    ['the example plan', '/voorbeeld/', '.voorbeeld-actions button'],
  ] as const)('%s has no serious or critical axe violation, light and dark', async ([, path, ready], { openContext }) => {
    const context = await openContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(origin + path);
    await page.locator(ready).first().waitFor();
    if (path.startsWith('/werkboek/')) await openWorkbook(page, origin);
    if (path.includes('develop')) {
      // Rows and the totals, so the check covers table editors too.
      await page.locator('#werkblad-budget button.add').click();
      await page.locator('#werkblad-objectives button.add').click();
    }
    expect(await seriousViolations(page, 'light: ')).toEqual([]);
    // The system turns dark: the same page in the dark theme, its colours checked again.
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await seriousViolations(page, 'dark: ', undefined, true)).toEqual([]);
    await context.close();
  });
});
