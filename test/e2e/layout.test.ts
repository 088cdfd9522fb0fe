import { mkdir } from 'node:fs/promises';
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject } from 'vitest';
import { examplePlan } from '../../src/plan/example/example-plan';
import { MATRIX_SCORES, type Plan } from '../../src/plan/model/schema';
import { STEPS, lessonPath } from '../../src/plan/model/steps';
import { createShareLink } from '../../src/plan/exchange/share';
import { createBackup, serializeBackup } from '../../src/plan/exchange/transfer';
import { it, openWorkbook, seriousViolations, newContext, useBrowser } from './browser';

const origin = inject('origin');

/** Screenshots for people to look at after a run (test-results/ is gitignored). */
const SHOTS = new URL('../../test-results/layout/', import.meta.url).pathname;

/**
 * The example plan with a full SWOT (five items per quadrant, every cell of the 10 × 10 matrix
 * scored), long sentences and a long address without spaces: the most a worksheet has to fit.
 */
function crowdedPlan(): Plan {
  const plan = examplePlan();
  plan.id = 'layout-vol';
  plan.name = 'Volle SWOT';
  const k = plan.klantplan;
  const extra = {
    strengths: [
      'Sterke band met de verpleegkundigen op de afdelingen, die zelf om betere middelen vragen',
      'Een bestuur dat duurzaamheid hoog op de agenda zet',
    ],
    weaknesses: [
      'Geen centraal overzicht van het verbruik per locatie',
      'Trage besluitvorming over investeringen boven de € 50.000',
      'Weinig ervaring met nieuwe leveranciers',
    ],
    opportunities: [
      'Subsidie voor duurzame zorg in de regio Oost-Nederland',
      'Landelijke campagne voor handhygiëne in de ouderenzorg',
      'Samenwerking met de hogeschool voor stageplaatsen',
    ],
    threats: [
      'Stijgende prijzen van papier en zeep door schaarste',
      'Een concurrent die een totaalpakket met korting aanbiedt',
      'Bezuinigingen van het zorgkantoor',
    ],
  } as const;
  for (const [list, texts] of Object.entries(extra) as Array<[keyof typeof extra, readonly string[]]>) {
    texts.forEach((text, i) => k[list].push({ id: `extra-${list}-${i}`, text }));
  }
  const rows = [...k.strengths, ...k.weaknesses];
  const cols = [...k.opportunities, ...k.threats];
  rows.forEach((r, ri) => cols.forEach((c, ci) => (k.matrix[`${r.id}:${c.id}`] = MATRIX_SCORES[(ri + ci) % MATRIX_SCORES.length]!)));
  plan.discover.sources.push({
    id: 'lange-link',
    source: 'https://www.zorggroep-lindenhof.example.nl/over-ons/verantwoording/jaarverslagen/jaarverslag-2025-definitief-met-bijlagen.pdf',
    date: '2027-01-15',
  });
  plan.discover.locations = `${plan.discover.locations}. Elke locatie heeft een eigen teamleider facilitair, die zelf bestelt binnen het budget van de locatie.`;
  return plan;
}

/** What a page must fit at this width: the pages a reader fills in their plan on. */
const PAGES: Array<{ name: string; path: string; ready: string }> = [
  ...STEPS.map((s) => ({ name: `lesson ${s.number} at its worksheet`, path: `${lessonPath(s)}#werkblad`, ready: '.worksheet[data-ready="true"]' })),
  ...STEPS.map((s) => ({
    name: `fill-in mode, step ${s.number}`,
    path: `/invullen/#stap-${s.number}`,
    ready: `#stap-${s.number} .worksheet[data-ready="true"]`,
  })),
  { name: 'fill-in mode, cover and PDF', path: '/invullen/#afronden', ready: '#afronden .worksheet[data-ready="true"]' },
  { name: 'the workbook, every part', path: '/werkboek/', ready: '' },
  // The lesson with the running case's chart.
  { name: 'lesson 6 with its chart', path: '/stappen/6-develop/', ready: 'figure.example-chart' },
];

/**
 * What does not fit, as readable lines: the page scrolls sideways, an element reaches past the
 * screen's edge (outside any box that scrolls on its own), or a text field cuts off its text.
 */
function layoutProblems(): string[] {
  const width = document.documentElement.clientWidth;
  const name = (el: Element) =>
    `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}> "${(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el.value : (el.textContent ?? '')).trim().slice(0, 40)}"`;
  const problems: string[] = [];
  if (document.documentElement.scrollWidth > width) problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px wide in ${width} px`);
  /** Inside a box that scrolls or clips sideways (checked as an element itself). */
  const insideScrollBox = (el: Element) => {
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) if (getComputedStyle(a).overflowX !== 'visible') return true;
    return false;
  };
  for (const el of document.querySelectorAll('body *')) {
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0 || (box.left >= -1 && box.right <= width + 1)) continue;
    // Starlight's right sidebar is a fixed, empty backdrop from the content's edge on; what it holds is checked.
    if (el.matches('.right-sidebar') || insideScrollBox(el)) continue;
    problems.push(`${name(el)} reaches ${Math.round(box.left)}…${Math.round(box.right)} px`);
  }
  for (const field of document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input[type="text"], input:not([type]), textarea')) {
    if (!field.value || field.getClientRects().length === 0) continue;
    if (field.scrollWidth > field.clientWidth + 1) problems.push(`${name(field)} cuts off its text sideways (${field.scrollWidth} > ${field.clientWidth} px)`);
    if (field.matches('textarea.grow-wrap') && field.scrollHeight > field.clientHeight + 1) problems.push(`${name(field)} hides lines of its text`);
  }
  return problems;
}

/**
 * Text smaller than 11 px in the worksheets and figures (a chart's text counts at the size it is
 * drawn, after the SVG is scaled): one readable line each. Text only for screen readers is left out.
 */
function smallText(): string[] {
  const small: string[] = [];
  const hidden = (el: Element) => {
    for (let a: Element | null = el; a; a = a.parentElement)
      if (a.classList.contains('sr-only') || getComputedStyle(a).display === 'none' || getComputedStyle(a).visibility === 'hidden') return true;
    return false;
  };
  for (const el of document.querySelectorAll('.worksheet *, .workbook-part *, .fill-in *, figure *, .shared-plan *')) {
    const text = [...el.childNodes]
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent ?? '')
      .join('')
      .trim();
    if (!text || el.getClientRects().length === 0 || hidden(el)) continue;
    let size = parseFloat(getComputedStyle(el).fontSize);
    if (el instanceof SVGTextElement) size = parseFloat(el.getAttribute('font-size') ?? '0') * (el.getScreenCTM()?.a ?? 1);
    if (size < 10.95)
      small.push(
        `<${el.tagName.toLowerCase()}${typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}> "${text.slice(0, 30)}": ${size.toFixed(1)} px`,
      );
  }
  return [...new Set(small)];
}

// The pages share one profile per width (set up once, closed in afterAll): one browser for the file.
const getBrowser = useBrowser();

/** A browser profile whose active plan is the crowded plan, imported in the workbook. */
async function withCrowdedPlan(
  width: number,
  options: BrowserContextOptions = {},
  open: (options: BrowserContextOptions) => Promise<BrowserContext> = (o) => newContext(getBrowser(), o),
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await open({ viewport: { width, height: 900 }, ...options });
  const page = await context.newPage();
  await openWorkbook(page, origin);
  await page
    .getByLabel(/Importeer/)
    .setInputFiles({ name: 'vol.json', mimeType: 'application/json', buffer: Buffer.from(serializeBackup(createBackup([crowdedPlan()]))) });
  await page.getByRole('status').filter({ hasText: 'ingelezen' }).waitFor();
  return { context, page };
}

describe.each([390, 1366])('at %i px wide, with a plan that fills every worksheet', (width) => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    ({ context, page } = await withCrowdedPlan(width));
  });

  afterAll(async () => {
    await context.close();
  });

  it.each(PAGES)('$name: nothing wider than the screen, no text cut off', async ({ path, ready }) => {
    if (path === '/werkboek/') await openWorkbook(page, origin);
    else {
      await page.goto(origin + path);
      await page.locator(ready).waitFor();
    }
    // The lazily loaded parts (the matrix, derived totals) and the idle progress count.
    await page.waitForLoadState('networkidle');
    if (path.includes('klantplan') || path.endsWith('stap-4')) await page.locator('.matrix').waitFor();
    // Row cards off screen skip layout (content-visibility): bring each into view once.
    await page.evaluate(() => document.querySelectorAll('.row-card').forEach((card) => card.getBoundingClientRect()));
    expect(await page.evaluate(layoutProblems)).toEqual([]);
    // On a phone no text of a worksheet or a figure is under 11 px (the finance chart's was 6 px).
    if (width === 390) expect(await page.evaluate(smallText)).toEqual([]);

    if (path.startsWith('/stappen/3-')) await page.locator('#werkblad-dmu').screenshot({ path: `${SHOTS}worksheet-${width}.png` });
    if (path.startsWith('/stappen/4-')) {
      await page.locator('#werkblad-matrix').screenshot({ path: `${SHOTS}matrix-${width}.png` });
      // The full matrix as a table (laptop) and as cards (phone) is as accessible as the rest.
      expect(await seriousViolations(page, '', '#werkblad-matrix')).toEqual([]);
    }
    if (path.endsWith('#stap-4')) await page.screenshot({ path: `${SHOTS}invullen-${width}.png` });
  });
});

describe('in a browser that cannot size a field to its text (no CSS field-sizing, as Firefox)', () => {
  it('sentence fields still grow with their text, also when the screen turns', async ({ openContext }) => {
    // The site's CSP would refuse the style that switches field-sizing off.
    const { context, page } = await withCrowdedPlan(1366, { bypassCSP: true }, openContext);
    await context.addInitScript(() => {
      const supports = CSS.supports.bind(CSS);
      CSS.supports = ((...args: [string, string?]) =>
        /field-sizing/.test(args.join(' ')) ? false : supports(...(args as [string, string]))) as typeof CSS.supports;
      document.addEventListener('DOMContentLoaded', () => {
        const style = document.createElement('style');
        style.textContent = 'textarea.grow { field-sizing: fixed !important; }';
        document.head.append(style);
      });
    });
    await page.goto(`${origin}/stappen/3-discover/#werkblad`);
    await page.locator('.worksheet[data-ready="true"]').waitFor();
    expect(await page.evaluate(layoutProblems)).toEqual([]);
    // From a laptop's width to a phone's: every sentence needs more lines. Rows off screen skip
    // layout until the reader gets there, so the story scrolls through the worksheet.
    await page.setViewportSize({ width: 390, height: 900 });
    for (let y = 0; y < (await page.evaluate(() => document.body.scrollHeight)); y += 700) {
      await page.evaluate((top) => new Promise((done) => (window.scrollTo(0, top), requestAnimationFrame(() => requestAnimationFrame(done)))), y);
    }
    await expect.poll(() => page.evaluate(layoutProblems)).toEqual([]);
    await context.close();
  });
});

describe.each([390, 1366])('at %i px wide, the pages a trainer and a student share', (width) => {
  it('the shared page, the feedback form and the version list fit, and are saved as screenshots', async ({ openContext }) => {
    await mkdir(SHOTS, { recursive: true });
    const { context, page } = await withCrowdedPlan(width, {}, openContext);
    // Versions with a short and a long note: their rows lay out alike.
    for (const note of ['kort', 'Na het gesprek met de directeur zorg en de teamleider facilitair over de uitbreiding naar drie nieuwe locaties']) {
      await page.getByLabel('Wat is er veranderd?').fill(note);
      await page.getByRole('button', { name: 'Bewaar versie' }).click();
      await page.getByRole('status').filter({ hasText: 'bewaard' }).waitFor();
    }
    await page.getByLabel('Titel van het plan', { exact: true }).fill('Een nieuwe titel na de twee versies');
    const versions = page.locator('.versions');
    await versions.locator('.changes').waitFor();
    await versions.scrollIntoViewIfNeeded();
    expect(await page.evaluate(layoutProblems)).toEqual([]);
    // The "Van" choice shows its whole option, not a cut one.
    const from = page.getByLabel('Van', { exact: true });
    expect(await from.evaluate((el) => el.scrollWidth <= el.clientWidth + 1 || el.clientWidth >= el.parentElement!.clientWidth - 1)).toBe(true);
    const rows = await versions.locator('.version-list li').evaluateAll((lis) => lis.map((li) => getComputedStyle(li).display));
    expect(new Set(rows)).toEqual(new Set(['grid']));
    await versions.screenshot({ path: `${SHOTS}versies-${width}.png` });

    const link = await createShareLink(crowdedPlan(), origin);
    if (!link.ok) throw new Error(link.message);
    await page.goto(link.url);
    await page.getByRole('heading', { name: new RegExp(`^Stap ${STEPS.length}: `) }).waitFor();
    expect(await page.evaluate(layoutProblems)).toEqual([]);
    if (width === 390) expect(await page.evaluate(smallText)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}gedeeld-${width}.png` });
    // The buttons at the top: one height, apart from each other.
    const buttons = await page.locator('.shared-plan .worksheet-head button').evaluateAll((bs) => bs.map((b) => b.getBoundingClientRect().toJSON() as DOMRect));
    expect(new Set(buttons.map((b) => Math.round(b.height))).size).toBe(1);
    for (const [i, a] of buttons.entries())
      for (const b of buttons.slice(i + 1)) expect(a.right <= b.left - 4 || b.right <= a.left - 4 || a.bottom <= b.top - 4 || b.bottom <= a.top - 4).toBe(true);

    await page.getByRole('button', { name: 'Geef feedback' }).click();
    await page.getByRole('button', { name: 'Opmerking bij Ambitie voor het account' }).click();
    await page.getByLabel('Opmerking bij Ambitie voor het account').fill('Noem wat de klant er zelf aan heeft.');
    expect(await page.evaluate(layoutProblems)).toEqual([]);
    await page.locator('.feedback-form').screenshot({ path: `${SHOTS}feedback-${width}.png` });
    // The comment boxes are closed until used: the form is not a box under every field.
    await expect(page.locator('.feedback-form textarea').count()).resolves.toBe(2);
    await context.close();
  });
});
