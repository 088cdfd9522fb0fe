import type { Page } from 'playwright-core';
import { describe, expect, inject } from 'vitest';
import { newRow } from '../../src/plan/edit/edits';
import { createPlan } from '../../src/plan/model/plan';
import type { Plan } from '../../src/plan/model/schema';
import { LAZY_CHOICES_FROM } from '../../src/worksheets/fields/ScalarInput';
import { it, watchContext } from './browser';

const origin = inject('origin');

/** A plan whose DMU has `count` people, each reporting to the one before. */
function planWithDmu(count: number): Plan {
  const plan = createPlan('Grote DMU');
  const dmu = Array.from({ length: count }, (_, i) => newRow('discover', 'dmu', { name: `Persoon ${i}`, reportsTo: i > 0 ? `p${i - 1}` : '' }, `p${i}`));
  return { ...plan, discover: { ...plan.discover, dmu } } as Plan;
}

async function openStep3(openContext: (options?: object) => Promise<import('playwright-core').BrowserContext>, plan: Plan): Promise<Page> {
  const context = await openContext();
  await watchContext(context, origin);
  await context.addInitScript((stored) => {
    if (location.protocol === 'http:' && !localStorage.getItem('accountplan:index')) localStorage.setItem(`accountplan:plan:${JSON.parse(stored).id}`, stored);
  }, JSON.stringify(plan));
  const page = await context.newPage();
  await page.goto(`${origin}/stappen/3-discover/#werkblad`);
  await page.locator('.worksheet[data-ready="true"]').waitFor();
  return page;
}

const storedReportsTo = (page: Page, id: string) =>
  page.evaluate((rowId) => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('accountplan:plan:'))!;
    return (JSON.parse(localStorage.getItem(key)!).discover.dmu as Array<{ id: string; reportsTo: string }>).find((r) => r.id === rowId)?.reportsTo;
  }, id);

describe('a reference with many choices', () => {
  it('holds only its own choice until the reader reaches it, then offers all by keyboard and by mouse', async ({ openContext }) => {
    const count = LAZY_CHOICES_FROM + 10;
    const page = await openStep3(openContext, planWithDmu(count));
    const select = page.locator('select[id$="-p5-reportsTo"]');
    await select.scrollIntoViewIfNeeded();
    // Not reached: "Kies…" and the current choice; it shows the right person.
    await expect.poll(() => select.locator('option').count()).toBe(2);
    await expect(select.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent)).resolves.toBe('Persoon 4');
    // n people pointing into n people would be n² options; the page holds 2 per select (1 for the first person, who reports to no one).
    await expect(page.locator('.worksheet select[id$="-reportsTo"] option').count()).resolves.toBe(2 * count - 1);

    // By keyboard: focus brings every choice; the arrow picks the next person, which is saved.
    await select.focus();
    await expect.poll(() => select.locator('option').count()).toBe(count + 1);
    await expect(select.inputValue()).resolves.toBe('p4');
    await page.keyboard.press('ArrowDown');
    await expect(select.inputValue()).resolves.toBe('p5');
    await expect.poll(() => storedReportsTo(page, 'p5')).toBe('p5');
    // Leaving it lets the others go; the choice stays on screen.
    await page.keyboard.press('Tab');
    await expect.poll(() => select.locator('option').count()).toBe(2);
    await expect(select.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent)).resolves.toBe('Persoon 5');

    // By mouse (or touch): the pointer brings every choice before the list opens.
    const other = page.locator('select[id$="-p9-reportsTo"]');
    await other.click();
    await expect.poll(() => other.locator('option').count()).toBe(count + 1);
    await page.keyboard.press('Escape');
    await other.selectOption('p2');
    await expect.poll(() => storedReportsTo(page, 'p9')).toBe('p2');
  });

  it('offers every choice at once below the threshold', async ({ openContext }) => {
    const count = LAZY_CHOICES_FROM - 2;
    const page = await openStep3(openContext, planWithDmu(count));
    const select = page.locator('select[id$="-p5-reportsTo"]');
    await select.scrollIntoViewIfNeeded();
    await expect.poll(() => select.locator('option').count()).toBe(count + 1);
  });
});

describe("the worksheet's fields", () => {
  it('sit in a form the browser keeps no copy of and that never sends: Enter and buttons leave the page where it is', async ({ openContext }) => {
    const context = await openContext();
    const watch = await watchContext(context, origin);
    const page = await context.newPage();
    await page.goto(`${origin}/stappen/3-discover/#werkblad`);
    await page.locator('.worksheet[data-ready="true"]').waitFor();
    // Every control of the plan: in a form with autocomplete off (Chromium then saves no form state).
    const owners = await page
      .locator('.worksheet-fields')
      .first()
      .evaluate((fields) =>
        [...fields.querySelectorAll('input, textarea, select')].map((c) => (c as HTMLInputElement).form?.getAttribute('autocomplete') ?? 'no form'),
      );
    expect(owners.length).toBeGreaterThan(5);
    expect(new Set(owners)).toEqual(new Set(['off']));

    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    const sector = page.locator('#werkblad-sector-invoer');
    await sector.fill('Zorg');
    await sector.press('Enter');
    const add = page
      .locator('.worksheet-fields button')
      .filter({ hasText: /toevoegen|Voeg/i })
      .first();
    await add.click();
    await expect(page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).resolves.toBe(true);
    expect(page.url()).toBe(`${origin}/stappen/3-discover/#werkblad`);
    await expect(sector.inputValue()).resolves.toBe('Zorg');
    expect(watch.consoleErrors).toEqual([]);
  });
});
