import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** What we typed into one control, to find again after a reload (or in the PDF). */
export interface Expectation {
  /** The control's id, or `list:<anchor>` for a list item (list items have no id). */
  id: string;
  kind: 'text' | 'number' | 'select' | 'checkbox';
  /** What was typed or chosen. */
  value: string;
  /** The field's kind in the plan (`kind-…` class of its group or cell): text, money, date, … */
  fieldKind: string;
  /** For a choice: the text of the chosen option. */
  label?: string;
}

/** The values a story types; each call may give a new one. */
export interface Values {
  text(label: string): string;
  /** A number for a field of this kind; `whole` where the field takes whole numbers only. */
  number(fieldKind: string, whole: boolean): string;
  date(): string;
}

/** The values the worksheet stories type: every text names its field. */
export const SAMPLE_VALUES: Values = {
  text: (label) => `${label} — “Zoë” € 1.250,50`,
  number: (_kind, whole) => (whole ? '1.250' : '1.250,5'),
  date: () => '2027-03-12',
};

const kindOf = async (control: Locator) =>
  (await control.evaluate((el) => el.closest('.cell, .field-group')?.className.match(/kind-(\w+)/)?.[1] ?? '')) || 'text';

/** Fills one control with a value that fits its kind; returns what to expect after a reload. */
export async function fillControl(control: Locator, label: string, values: Values = SAMPLE_VALUES): Promise<Expectation | null> {
  const id = await control.getAttribute('id');
  if (!id) return null;
  const fieldKind = await kindOf(control);
  const tag = await control.evaluate((el) => el.tagName.toLowerCase());
  const type = (await control.getAttribute('type')) ?? '';
  if (tag === 'select') {
    const options = await control
      .locator('option')
      .evaluateAll((os) => os.map((o) => ({ value: (o as HTMLOptionElement).value, label: o.textContent ?? '' })).filter((o) => o.value));
    if (!options.length) return null;
    const option = options[Math.min(1, options.length - 1)]!;
    await control.selectOption(option.value);
    return { id, kind: 'select', value: option.value, label: option.label, fieldKind };
  }
  if (type === 'checkbox') {
    await control.check();
    return { id, kind: 'checkbox', value: 'true', fieldKind };
  }
  if (type === 'date') {
    const value = values.date();
    await control.fill(value);
    return { id, kind: 'text', value, fieldKind };
  }
  const inputMode = await control.getAttribute('inputmode');
  if (inputMode === 'decimal' || inputMode === 'numeric') {
    // Counts (people, hours, a year) take whole numbers only.
    const value = values.number(fieldKind, inputMode === 'numeric');
    await control.fill(value);
    await control.blur();
    return { id, kind: 'number', value, fieldKind };
  }
  const value = values.text(label);
  await control.fill(value);
  return { id, kind: 'text', value, fieldKind };
}

/** Fills every field of the worksheet on the page: one new row per table and list, every cell. */
export async function fillWorksheet(page: Page, values: Values = SAMPLE_VALUES): Promise<Expectation[]> {
  const expected: Expectation[] = [];
  const groups = page.locator('.worksheet .field-group');
  const count = await groups.count();
  for (let i = 0; i < count; i++) {
    const group = groups.nth(i);
    const anchor = (await group.getAttribute('id'))!;
    const kind = (await group.getAttribute('class'))!.match(/kind-(\w+)/)![1]!;
    if (kind === 'list') {
      await group.locator('button.add').click();
      const text = values.text(`Punt voor ${anchor}`);
      await group.locator('li textarea').last().fill(text);
      // List items have no id; find them by their text after the reload.
      expected.push({ id: `list:${anchor}`, kind: 'text', value: text, fieldKind: 'list' });
    } else if (kind === 'table') {
      await group.locator('button.add').last().click();
      const card = group.locator('.row-card').last();
      const controls = card.locator('input, select, textarea');
      const n = await controls.count();
      for (let c = 0; c < n; c++) {
        const e = await fillControl(controls.nth(c), `${anchor} cel ${c + 1}`, values);
        if (e) expected.push(e);
      }
    } else if (kind === 'matrix') {
      const cells = group.locator('select');
      if ((await cells.count()) > 0) expected.push((await fillControl(cells.first(), 'matrix', values))!);
    } else {
      const e = await fillControl(page.locator(`#${anchor}-invoer`), anchor, values);
      if (e) expected.push(e);
    }
  }
  return expected;
}

const readNumber = (text: string) =>
  Number(
    text
      .replace(/[€%\s\u00a0]/g, '')
      .replace(/\./g, '')
      .replace(',', '.'),
  );

/** Every value of `expected` is in its control. */
export async function checkWorksheet(page: Page, expected: Expectation[]) {
  for (const e of expected) {
    if (e.id.startsWith('list:')) {
      const values = await page.locator(`#${e.id.slice(5)} li textarea`).evaluateAll((els) => els.map((el) => (el as HTMLTextAreaElement).value));
      expect(values, e.id).toContain(e.value);
      continue;
    }
    const control = page.locator(`[id="${e.id}"]`);
    if (e.kind === 'checkbox') expect(await control.isChecked(), e.id).toBe(true);
    else if (e.kind === 'number') expect(readNumber(await control.inputValue()), e.id).toBe(readNumber(e.value));
    else expect(await control.inputValue(), e.id).toBe(e.value);
  }
}
