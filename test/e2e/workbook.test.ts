import type { Page } from 'playwright-core';
import { describe, expect, inject } from 'vitest';
import { examplePlan } from '../../src/plan/example/example-plan';
import { fieldAnchor } from '../../src/plan/model/fields';
import { lessonPath, STEPS } from '../../src/plan/model/steps';
import { it, seriousViolations, watchContext, openWorkbook as openWorkbookAt } from './browser';

const origin = inject('origin');

const openWorkbook = (page: Page) => openWorkbookAt(page, origin);

const checkState = (page: Page, id: string) => page.locator(`[data-check="${id}"]`).getAttribute('class');

describe('the workbook', () => {
  it('opens with its task list and starts the plan code only for the part the reader goes to', async ({ openContext }) => {
    const context = await openContext({ viewport: { width: 412, height: 823 } });
    const watch = await watchContext(context, origin);
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(`${origin}/werkboek/`, { waitUntil: 'networkidle' });
    const tasks = page.getByRole('navigation', { name: 'Wat wil je doen?' }).getByRole('link');
    await expect(tasks.count()).resolves.toBe(9);
    // A phone sees the task list first: nothing of the plan code is loaded yet.
    expect(scripts.filter((s) => /[Ww]orkbook|werkblad|react/.test(s))).toEqual([]);
    await page.getByRole('link', { name: /Je plan als PDF of Word downloaden/ }).click();
    await expect(page.evaluate(() => location.hash)).resolves.toBe('#downloaden');
    const part = page.locator('.workbook-part[data-part="downloaden"]');
    await part.and(page.locator('[data-ready="true"]')).waitFor();
    await expect(part.getByRole('button', { name: /Download PDF/ }).isEnabled()).resolves.toBe(true);
    expect(scripts.some((s) => /\/_astro\/workbook\./.test(s))).toBe(true);
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });

  it('shows checks that react to a change in a worksheet, with a link to the field', async ({ openContext }) => {
    const context = await openContext();
    const watch = await watchContext(context, origin);
    const page = await context.newPage();
    await openWorkbook(page);
    await expect(checkState(page, 'dmu-beslisser-voorstander')).resolves.toBe('todo');
    const link = page.locator('[data-check="dmu-beslisser-voorstander"] a').first();
    await expect(link.getAttribute('href')).resolves.toBe('/stappen/3-discover/#werkblad-dmu');
    await link.click();
    await page.locator('.worksheet[data-ready="true"]').waitFor();
    await page.locator('#werkblad-dmu button.add').click();
    const card = page.locator('#werkblad-dmu .row-card').last();
    await card.getByLabel('Naam').fill('Anouk Vermeer');
    await card.getByLabel('Rol in de DMU').selectOption('beslisser');
    await card.getByLabel('Houding').selectOption('voorstander');
    await page.locator('.save-status', { hasText: 'Opgeslagen' }).waitFor();
    await openWorkbook(page);
    await expect(checkState(page, 'dmu-beslisser-voorstander')).resolves.toBe('ok');
    // The progress of step 3 counts the new field.
    await expect(page.locator('.progress-list li').nth(2).innerText()).resolves.toMatch(/1 van \d+ velden ingevuld/);
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });

  it('creates, renames, duplicates and deletes plans, with undo', async ({ openContext }) => {
    const context = await openContext();
    const page = await context.newPage();
    await openWorkbook(page);
    await page.getByLabel('Naam van het actieve plan').fill('Klant A');
    await page.getByRole('button', { name: 'Nieuw plan', exact: true }).click();
    await page.getByLabel('Naam van het actieve plan').fill('Klant B');
    await page.getByRole('button', { name: 'Dupliceer plan Klant B' }).click();
    const names = () => page.locator('.plan-list .plan-name').allInnerTexts();
    // The copy comes beside the original, which stays the plan the reader works in; the page says so.
    await expect.poll(names).toEqual(['Klant A', 'Klant B (actief)', 'Klant B (kopie)']);
    await page.locator('.plan-done', { hasText: 'Kopie "Klant B (kopie)" gemaakt. Je werkt nog in "Klant B".' }).waitFor();
    // Undo takes the copy away again, and says so.
    await page.getByRole('button', { name: 'Maak het kopiëren ongedaan' }).click();
    await expect.poll(names).toEqual(['Klant A', 'Klant B (actief)']);
    await page.locator('.plan-done', { hasText: 'weer weggehaald' }).waitFor();
    await page.getByRole('button', { name: 'Dupliceer plan Klant B' }).click();
    await page.getByRole('button', { name: 'Open de kopie' }).click();
    await expect.poll(names).toEqual(['Klant A', 'Klant B', 'Klant B (kopie) (actief)']);
    // A rename says what the name was, and puts it back on request.
    const rename = page.getByLabel('Naam van het actieve plan');
    await rename.fill('Klant C');
    await rename.blur();
    await page.locator('.plan-done', { hasText: 'De naam "Klant B (kopie)" is nu "Klant C".' }).waitFor();
    await page.getByRole('button', { name: 'Zet de oude naam terug' }).click();
    await expect.poll(names).toEqual(['Klant A', 'Klant B', 'Klant B (kopie) (actief)']);
    await expect(rename.inputValue()).resolves.toBe('Klant B (kopie)');
    await page.getByRole('button', { name: 'Verwijder plan Klant A' }).click();
    await page.getByRole('button', { name: 'Ja, verwijder Klant A' }).click();
    await expect.poll(names).toEqual(['Klant B', 'Klant B (kopie) (actief)']);
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await expect.poll(names).toEqual(['Klant A (actief)', 'Klant B', 'Klant B (kopie)']);
    await openWorkbookAt(page, origin);
    await expect.poll(names).toEqual(['Klant A (actief)', 'Klant B', 'Klant B (kopie)']);
    // Every worksheet edits the active plan.
    await page.getByRole('button', { name: 'Open plan Klant B', exact: true }).click();
    await page.goto(`${origin}/stappen/1-envision/#werkblad`);
    await page.locator('.worksheet[data-ready="true"]').waitFor();
    await expect(page.getByLabel('Plan', { exact: true }).locator('option:checked').innerText()).resolves.toBe('Klant B');
    await context.close();
  });

  it('loads the example plan as a new plan with every step filled', async ({ openContext }) => {
    const context = await openContext();
    const watch = await watchContext(context, origin);
    const page = await context.newPage();
    await page.goto(`${origin}/voorbeeld/`);
    const button = page.getByRole('button', { name: 'Gebruik als startpunt' });
    await page.locator('.voorbeeld-actions button').waitFor();
    await button.click();
    await page.getByRole('status').filter({ hasText: 'staat nu als nieuw plan' }).waitFor();
    await openWorkbook(page);
    await expect(page.locator('.plan-list .active .plan-name').innerText()).resolves.toMatch(/^Voorbeeld: /);
    const steps = await page.locator('.progress-list li .progress-count').allInnerTexts();
    expect(steps).toHaveLength(STEPS.length);
    for (const [i, text] of steps.entries()) {
      const [, filled, total] = text.match(/(\d+) van (\d+)/)!;
      expect(Number(filled), `step ${i + 1}: ${text}`).toBe(Number(total));
    }
    await expect(page.locator('.checks > li.todo').count()).resolves.toBe(0);
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });

  it('shows the relationship map, the build-up of the target and the timeline, each loaded when the reader gets there, with the tables they come from', async ({
    openContext,
  }) => {
    const plan = examplePlan();
    const context = await openContext({ viewport: { width: 1280, height: 800 } });
    const watch = await watchContext(context, origin);
    await context.addInitScript((stored) => {
      if (location.protocol.startsWith('http') && !localStorage.getItem('accountplan:index'))
        localStorage.setItem(`accountplan:plan:${JSON.parse(stored).id}`, stored);
    }, JSON.stringify(plan));
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(`${origin}/werkboek/`, { waitUntil: 'networkidle' });
    const loaded = (name: string) => scripts.some((s) => new RegExp(`/_astro/${name}\\.`).test(s));
    for (const name of ['MapFigure', 'TimelineFigure', 'RevenueBridge', 'relationship-map', 'timeline']) expect(loaded(name), name).toBe(false);
    const step = (id: string) => STEPS.find((s) => s.id === id)!;

    // The map: its code comes when its part does, and says where its table is.
    const map = page.locator('.workbook-part[data-part="relatiekaart"]');
    await map.scrollIntoViewIfNeeded();
    const mapSvg = map.locator('svg.picture[role="img"]');
    await mapSvg.waitFor();
    expect(loaded('MapFigure')).toBe(true);
    expect(loaded('TimelineFigure')).toBe(false);
    const description = await mapSvg.locator('desc').textContent();
    for (const p of plan.discover.dmu) expect(description).toContain(p.name);
    await expect(map.locator('figcaption a').getAttribute('href')).resolves.toBe(`${lessonPath(step('discover'))}#${fieldAnchor('dmu')}`);

    // The build-up beside the finance chart, with its table.
    const finance = page.locator('.workbook-part[data-part="financien"]');
    await finance.scrollIntoViewIfNeeded();
    const bridge = finance.locator('.revenue-bridge');
    await bridge.locator('svg[role="img"]').waitFor();
    await expect(bridge.locator('table.bridge-table tbody tr').count()).resolves.toBeGreaterThan(plan.develop.opportunities.length);
    await expect(finance.locator('.finance-table').count()).resolves.toBe(1);

    // The timeline, last before the agenda, with links to the action plan and the milestones.
    const timeline = page.locator('.workbook-part[data-part="planning"]');
    await timeline.scrollIntoViewIfNeeded();
    const timelineSvg = timeline.locator('svg.picture[role="img"]');
    await timelineSvg.waitFor();
    expect(loaded('TimelineFigure')).toBe(true);
    const text = await timelineSvg.evaluate((el) => [...el.querySelectorAll('text')].map((t) => t.textContent).join(' '));
    for (const a of plan.actie.actions) expect(text).toContain(a.action);
    await expect(timeline.locator('figcaption a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).resolves.toEqual([
      `${lessonPath(step('actie'))}#${fieldAnchor('actions')}`,
      `${lessonPath(step('schedule'))}#${fieldAnchor('milestones')}`,
    ]);
    for (const part of ['relatiekaart', 'financien', 'planning'])
      expect(await seriousViolations(page, '', `.workbook-part[data-part="${part}"]`), part).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });
});
