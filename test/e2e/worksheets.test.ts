import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { STEPS, lessonPath } from '../../src/plan/steps';
import { seriousViolations, useBrowser, newContext, openWorkbook, watchContext } from './browser';

const origin = inject('origin');
const getBrowser = useBrowser();

/** What we typed into one control, to find again after a reload. */
type Expectation = { id: string; kind: 'text' | 'number' | 'select' | 'checkbox'; value: string };

const NUMBER = '1.250,5';
const WHOLE = '1.250';
const readNumber = (text: string) => Number(text.replace(/[€%\s\u00a0]/g, '').replace(/\./g, '').replace(',', '.'));

/** Fills one control with a value that fits its kind; returns what to expect after a reload. */
async function fillControl(control: Locator, label: string): Promise<Expectation | null> {
  const id = await control.getAttribute('id');
  if (!id) return null;
  const tag = await control.evaluate((el) => el.tagName.toLowerCase());
  const type = (await control.getAttribute('type')) ?? '';
  if (tag === 'select') {
    const values = await control.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    if (!values.length) return null;
    const value = values[Math.min(1, values.length - 1)]!;
    await control.selectOption(value);
    return { id, kind: 'select', value };
  }
  if (type === 'checkbox') {
    await control.check();
    return { id, kind: 'checkbox', value: 'true' };
  }
  if (type === 'date') {
    await control.fill('2027-03-12');
    return { id, kind: 'text', value: '2027-03-12' };
  }
  const inputMode = await control.getAttribute('inputmode');
  if (inputMode === 'decimal' || inputMode === 'numeric') {
    // Counts (people, hours, a year) take whole numbers only.
    const value = inputMode === 'numeric' ? WHOLE : NUMBER;
    await control.fill(value);
    await control.blur();
    return { id, kind: 'number', value };
  }
  const text = `${label} — “Zoë” € 1.250,50`;
  await control.fill(text);
  return { id, kind: 'text', value: text };
}

async function fillWorksheet(page: Page): Promise<Expectation[]> {
  const expected: Expectation[] = [];
  const groups = page.locator('.worksheet .field-group');
  const count = await groups.count();
  for (let i = 0; i < count; i++) {
    const group = groups.nth(i);
    const anchor = (await group.getAttribute('id'))!;
    const kind = (await group.getAttribute('class'))!.match(/kind-(\w+)/)![1]!;
    if (kind === 'list') {
      await group.locator('button.add').click();
      const input = group.locator('li input').last();
      const text = `Punt voor ${anchor}`;
      await input.fill(text);
      expected.push({ id: '', kind: 'text', value: text });
      // List inputs have no id; find them by their text after the reload.
      expected[expected.length - 1]!.id = `list:${anchor}`;
    } else if (kind === 'table') {
      await group.locator('button.add').last().click();
      const card = group.locator('.row-card').last();
      const controls = card.locator('input, select, textarea');
      const n = await controls.count();
      for (let c = 0; c < n; c++) {
        const e = await fillControl(controls.nth(c), `${anchor} cel ${c + 1}`);
        if (e) expected.push(e);
      }
    } else if (kind === 'matrix') {
      const cells = group.locator('select');
      if ((await cells.count()) > 0) expected.push((await fillControl(cells.first(), 'matrix'))!);
    } else {
      const e = await fillControl(page.locator(`#${anchor}-invoer`), anchor);
      if (e) expected.push(e);
    }
  }
  return expected;
}

async function checkWorksheet(page: Page, expected: Expectation[]) {
  for (const e of expected) {
    if (e.id.startsWith('list:')) {
      const values = await page.locator(`#${e.id.slice(5)} li input`).evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
      expect(values, e.id).toContain(e.value);
      continue;
    }
    const control = page.locator(`[id="${e.id}"]`);
    if (e.kind === 'checkbox') expect(await control.isChecked(), e.id).toBe(true);
    else if (e.kind === 'number') expect(readNumber(await control.inputValue()), e.id).toBe(readNumber(e.value));
    else expect(await control.inputValue(), e.id).toBe(e.value);
  }
}

describe('every worksheet', () => {
  it.each(STEPS.map((s) => [s.number, s.name, s] as const))(
    'step %i (%s): every field kind can be filled and is there after a reload',
    async (_n, _name, step) => {
      const context = await newContext(getBrowser());
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
  it('is built from the SWOT lists as they are typed, and key questions can point at its cells', async () => {
    const context = await newContext(getBrowser());
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
  it('can be added, moved and removed with the keyboard alone', async () => {
    const context = await newContext(getBrowser());
    const page = await context.newPage();
    await page.goto(`${origin}/stappen/1-envision/#werkblad`);
    await page.locator('.worksheet[data-ready="true"]').waitFor();
    const add = page.locator('#werkblad-customer-goals button.add');
    await add.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.type('Eerste');
    await page.keyboard.press('Enter'); // Enter in an item adds the next one below it
    await page.keyboard.type('Tweede');
    const items = page.locator('#werkblad-customer-goals li input');
    await expect(items.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).resolves.toEqual(['Eerste', 'Tweede']);
    await page.getByRole('button', { name: 'Zet doel 2 hoger' }).focus();
    await page.keyboard.press('Enter');
    await expect(items.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).resolves.toEqual(['Tweede', 'Eerste']);
    // Focus stays on a move button of the moved item, so the reader can keep going.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/Zet doel 1 (hoger|lager)/);
    await page.getByRole('button', { name: 'Verwijder doel 1' }).focus();
    await page.keyboard.press('Enter');
    await expect(items.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).resolves.toEqual(['Eerste']);
    await context.close();
  });
});

describe('accessibility with the worksheet running', () => {
  it.each([
    ['a lesson with its worksheet', '/stappen/6-develop/#werkblad', '.worksheet[data-ready="true"]'],
    ['the workbook', '/werkboek/#plannen', '.workbook[data-ready="true"]'],
    ['the example plan', '/voorbeeld/', '.voorbeeld-actions button'],
  ])('%s has no serious or critical axe violation, light and dark', async (_name, path, ready) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await newContext(getBrowser(), { colorScheme });
      const page = await context.newPage();
      await page.goto(origin + path);
      await page.locator(ready).first().waitFor();
      if (path.startsWith('/werkboek/')) await openWorkbook(page, origin);
      if (path.includes('develop')) {
        // Rows and the totals, so the check covers table editors too.
        await page.locator('#werkblad-budget button.add').click();
        await page.locator('#werkblad-objectives button.add').click();
      }
      expect(await seriousViolations(page, `${colorScheme}: `)).toEqual([]);
      await context.close();
    }
  });
});
