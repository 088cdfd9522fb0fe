import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject } from 'vitest';
import { examplePlan } from '../../src/plan/example/example-plan';
import { formatEuro, formatPercent } from '../../src/plan/values/format';
import { it, seriousViolations, watchContext } from './browser';

const origin = inject('origin');

/**
 * The build-up of the revenue target ("Opbouw van je omzetdoel"), as a reader meets it: in lesson
 * 6, on the example page and on the worksheet of step 6. Its figures are computed here from the
 * example plan, by the rule the lesson teaches (value per year minus what it replaces, for the
 * months after the order, times the probability), not typed and not read from the site's own module.
 */
const plan = examplePlan();
const year = Number(plan.schedule.validFrom.slice(0, 4));
const last = plan.envision.history.find((h) => h.year === year - 1)!;
const growth = Math.round((last.revenue! * plan.develop.baseGrowth!) / 100);
const contributions = plan.develop.opportunities.map((o) => {
  const [y, m] = o.expected.split('-').map(Number) as [number, number];
  const months = y < year ? 12 : y > year ? 0 : 12 - m;
  return { name: o.opportunity, amount: Math.round(((o.value! - (o.replaces ?? 0)) * months * o.probability!) / 1200) };
});
const expected = last.revenue! + growth + contributions.reduce((n, c) => n + c.amount, 0);
const target = plan.develop.planYears.find((y) => y.year === year)!.revenue!;
const signed = (n: number) => (n > 0 ? `+ ${formatEuro(n)}` : n < 0 ? `− ${formatEuro(-n)}` : formatEuro(0));

/** The rows of a build-up on the page: label → amount. */
async function rows(bridge: Locator): Promise<Record<string, string>> {
  const cells = await bridge
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th')!.textContent!.trim(), tr.querySelector('td:last-child')!.textContent!.trim()]));
  return Object.fromEntries(cells);
}

/** The build-up shows the example's figures: every opportunity's part of the plan year, the expected revenue, the target and the gap; the chart says the same. */
async function expectExampleFigures(bridge: Locator) {
  const shown = await rows(bridge);
  expect(shown[`Omzet ${last.year} (verwachting)`]).toBe(formatEuro(last.revenue));
  expect(shown['Groei van de bestaande omzet']).toBe(signed(growth));
  for (const c of contributions) expect(shown[c.name], c.name).toBe(signed(c.amount));
  expect(shown[`Verwachte omzet ${year}`]).toBe(formatEuro(expected));
  expect(shown[`Omzetdoel ${year}`]).toBe(formatEuro(target));
  expect(shown['Verschil: doel min verwachting']).toBe(signed(target - expected));
  // A plan-year opportunity ordered after the plan year brings nothing, however large it is per year.
  expect(contributions.some((c) => c.amount === 0)).toBe(true);
  const title = await bridge.locator('svg[role="img"] title').textContent();
  expect(title).toContain(`Verwacht ${year} ${formatEuro(expected)}`);
  expect(title).toContain(`Doel ${year} ${formatEuro(target)}`);
  expect(await bridge.locator('svg rect').count()).toBe(contributions.length + 4);
  expect(await bridge.textContent()).toContain(
    `Je doel ligt ${formatPercent(Math.round(((target - expected) / expected) * 1000) / 10)} boven de verwachte omzet`,
  );
}

async function openLesson(page: Page, hash = '') {
  await page.goto(`${origin}/stappen/6-develop/${hash}`, { waitUntil: 'networkidle' });
}

describe('the build-up of the revenue target', () => {
  it("stands in lesson 6 with the example's figures, without JavaScript, and the lesson teaches revenue per year against revenue in the plan year", async ({
    openContext,
  }) => {
    const context = await openContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await openLesson(page);
    const bridge = page.locator('.sl-markdown-content figure.example-bridge');
    await expect(bridge.count()).resolves.toBe(1);
    await expectExampleFigures(bridge);
    const text = await page.locator('.sl-markdown-content').innerText();
    expect(text).toContain('omzet per jaar en omzet in het planjaar');
    expect(text).toContain(`Samen verwacht Sanne ${formatEuro(expected)}. Haar doel van ${formatEuro(target)} ligt ${formatEuro(target - expected)} hoger`);
    await context.close();
  });

  it('stands on the example page in step 6, after the growth of the existing revenue, with the same figures', async ({ openContext }) => {
    const context = await openContext();
    const watch = await watchContext(context, origin);
    const page = await context.newPage();
    await page.goto(`${origin}/voorbeeld/`, { waitUntil: 'networkidle' });
    const step6 = page.locator('section#plan-develop, section[aria-labelledby="plan-develop"]').first();
    const bridge = step6.locator('.revenue-bridge');
    await expect(bridge.count()).resolves.toBe(1);
    await expectExampleFigures(bridge);
    // The summary states what the build-up says: a loss in the plan year, earned back the year after.
    expect(await page.locator('section[aria-labelledby="plan-cover"]').innerText()).toMatch(
      new RegExp(`In ${year} kost het plan dus € [\\d.]+ meer dan het oplevert; in ${year + 1} verdient het zich terug\\.`),
    );
    expect(watch.consoleErrors).toEqual([]);
    expect(await seriousViolations(page, '', '.revenue-bridge')).toEqual([]);
    await context.close();
  });

  it('follows the worksheet of step 6 as the reader types, and has no serious axe violation', async ({ openContext }) => {
    const context = await openContext();
    const watch = await watchContext(context, origin);
    await context.addInitScript((stored) => {
      // Only on the site's own pages: about:blank has no storage.
      if (location.protocol.startsWith('http') && !localStorage.getItem('accountplan:index'))
        localStorage.setItem('accountplan:plan:voorbeeld-lindenhof', stored);
    }, JSON.stringify(plan));
    const page = await context.newPage();
    await openLesson(page, '#werkblad');
    await page.locator('.worksheet[data-ready="true"]').waitFor();
    const field = page.locator('#werkblad-base-growth-note');
    const bridge = field.locator('.revenue-bridge');
    await bridge.locator('svg[role="img"]').waitFor();
    await expectExampleFigures(bridge);
    // Half a percent more growth of the existing revenue: the expected revenue follows at once.
    const input = page.locator('#werkblad-base-growth-invoer');
    await input.fill(formatPercent(plan.develop.baseGrowth! + 0.5).replace('%', ''));
    await input.blur();
    const more = expected + Math.round((last.revenue! * (plan.develop.baseGrowth! + 0.5)) / 100) - growth;
    await expect.poll(async () => (await rows(bridge))[`Verwachte omzet ${year}`]).toBe(formatEuro(more));
    expect(watch.consoleErrors).toEqual([]);
    expect(await seriousViolations(page, '', '#werkblad-base-growth-note')).toEqual([]);
    await context.close();
  });

  it('stands in the workbook beside the finance chart, with the same figures', async ({ openContext }) => {
    const context = await openContext();
    const watch = await watchContext(context, origin);
    await context.addInitScript((stored) => {
      if (location.protocol.startsWith('http') && !localStorage.getItem('accountplan:index'))
        localStorage.setItem('accountplan:plan:voorbeeld-lindenhof', stored);
    }, JSON.stringify(plan));
    const page = await context.newPage();
    await page.goto(`${origin}/werkboek/#financien`);
    const finance = page.locator('.workbook-part[data-part="financien"]');
    const bridge = finance.locator('.revenue-bridge');
    await bridge.locator('svg[role="img"]').waitFor();
    await expectExampleFigures(bridge);
    expect(watch.consoleErrors).toEqual([]);
    expect(await seriousViolations(page, '', '.workbook-part[data-part="financien"]')).toEqual([]);
    await context.close();
  });
});
