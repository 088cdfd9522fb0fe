import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, inject } from 'vitest';
import { examplePlan } from '../../src/plan/example/example-plan';
import { STEPS, lessonPath } from '../../src/plan/model/steps';
import { it, seriousViolations, watchContext, type PageWatch } from './browser';

const origin = inject('origin');
/** Screenshots for people to look at after a run (test-results/ is gitignored). */
const SHOTS = new URL('../../test-results/layout/', import.meta.url).pathname;

const plan = examplePlan();
const step = (id: string) => STEPS.find((s) => s.id === id)!;
const PICTURES = [
  { name: 'relationship-map', step: step('discover'), field: 'dmu', expected: plan.discover.dmu.map((p) => p.name) },
  { name: 'timeline', step: step('actie'), field: 'actions', expected: plan.actie.actions.map((a) => a.action) },
];

/** The SVG of a figure that shows at this width (a lesson carries several; CSS shows one). */
async function shownSvg(figure: Locator): Promise<Locator> {
  const svgs = figure.locator('svg.picture');
  for (let i = 0; i < (await svgs.count()); i++) if (await svgs.nth(i).isVisible()) return svgs.nth(i);
  throw new Error('no picture shows');
}

/** What the picture says as text (its lines joined), and the smallest text on screen in CSS pixels. */
function readPicture(svg: Locator) {
  return svg.evaluate((el: SVGSVGElement) => {
    const scale = el.getBoundingClientRect().width / el.viewBox.baseVal.width;
    const texts = [...el.querySelectorAll('text')];
    return {
      text: texts.map((t) => t.textContent ?? '').join(' '),
      smallest: Math.min(...texts.map((t) => parseFloat(getComputedStyle(t).fontSize) * scale)),
      title: el.querySelector('title')?.textContent ?? '',
      description: el.querySelector('desc')?.textContent ?? '',
      labelled: !!el.getAttribute('aria-labelledby') && el.getAttribute('role') === 'img',
      // No text reaches past the picture's edge as the browser draws it (its own font, not the layout's estimate).
      outside: texts
        .filter((t) => {
          const box = t.getBBox();
          return box.x < -0.5 || box.x + box.width > el.viewBox.baseVal.width + 0.5;
        })
        .map((t) => t.textContent),
    };
  });
}

/** Texts wider than the card or room the layout gave them, as the browser's font draws them. */
function overflowing(svg: Locator) {
  return svg.evaluate((el: SVGSVGElement) => {
    const cards = new Map([...el.querySelectorAll('rect[data-role="card"]')].map((r) => [r.getAttribute('data-ref'), (r as SVGRectElement).getBBox()]));
    return [...el.querySelectorAll('text[data-ref]')]
      .filter((t) => {
        const card = cards.get(t.getAttribute('data-ref'));
        if (!card) return false;
        const box = (t as SVGTextElement).getBBox();
        return box.x < card.x - 0.5 || box.x + box.width > card.x + card.width + 0.5;
      })
      .map((t) => t.textContent);
  });
}

/** Starlight's header, menu button and contents bar stay on top of the page: out of the way of a screenshot (or back). */
const hideStickyParts = (page: Page, hide = true) =>
  page.evaluate((hidden) => {
    for (const el of document.querySelectorAll<HTMLElement>('header.header, mobile-starlight-toc, starlight-menu-button')) {
      if (hidden) el.style.setProperty('visibility', 'hidden');
      else el.style.removeProperty('visibility');
    }
  }, hide);

describe('the build', () => {
  it('has every stylesheet its scripts load on demand (the CSS of a picture once moved the worksheet CSS away from them)', () => {
    const dir = new URL('../../dist/_astro/', import.meta.url).pathname;
    const wanted = readdirSync(dir)
      .filter((f) => f.endsWith('.js'))
      .flatMap((f) => [...readFileSync(dir + f, 'utf8').matchAll(/_astro\/([\w.-]+\.css)/g)].map((m) => m[1]!));
    expect(wanted.length).toBeGreaterThan(0);
    expect([...new Set(wanted)].filter((css) => !existsSync(dir + css))).toEqual([]);
  });
});

describe.each([390, 1366])('the pictures at %i px', (width) => {
  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
  });

  it.for(PICTURES)('the lesson shows the example $name, every name in its text, readable and accessible', async ({ name, step, expected }, { openContext }) => {
    const context = await openContext({ viewport: { width, height: 900 } });
    const watch = await watchContext(context, origin);
    const page = await context.newPage();
    await page.goto(origin + lessonPath(step));
    const figure = page.locator('.picture-figure').first();
    await figure.scrollIntoViewIfNeeded();
    const svg = await shownSvg(figure);
    const read = await readPicture(svg);
    for (const text of expected) expect(read.text).toContain(text);
    for (const text of expected) expect(read.description).toContain(text);
    expect(read.labelled).toBe(true);
    expect(read.smallest).toBeGreaterThanOrEqual(11);
    expect(read.outside).toEqual([]);
    expect(await overflowing(svg)).toEqual([]);
    // The table it is drawn from stands right before it.
    expect(await figure.evaluate((f) => !!f.previousElementSibling?.querySelector('table') || f.previousElementSibling?.tagName === 'TABLE')).toBe(true);
    await hideStickyParts(page);
    await figure.screenshot({ path: `${SHOTS}${name}-${width}.png` });
    await hideStickyParts(page, false);
    expect(await seriousViolations(page)).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.outsideRequests).toEqual([]);
  });
});

describe('the pictures in the worksheets', () => {
  /** What the pages of each story logged: no error (a stylesheet a chunk could not load was one). */
  const watches: PageWatch[] = [];
  afterEach(() => {
    expect(watches.flatMap((w) => [...w.consoleErrors, ...w.outsideRequests])).toEqual([]);
    watches.length = 0;
  });

  /** A browser whose only plan is the example plan, in storage before the first page opens. */
  async function withExample(
    openContext: (o: object) => Promise<import('playwright-core').BrowserContext>,
    width: number,
    colorScheme: 'light' | 'dark' = 'light',
  ): Promise<Page> {
    const context = await openContext({ viewport: { width, height: 900 }, colorScheme });
    watches.push(await watchContext(context, origin));
    await context.addInitScript((stored) => {
      if (location.protocol === 'http:' && !localStorage.getItem('accountplan:index'))
        localStorage.setItem(`accountplan:plan:${JSON.parse(stored).id}`, stored);
    }, JSON.stringify(plan));
    return context.newPage();
  }

  it.for(PICTURES)('step $step.number draws the $name under its table when the reader gets there', async ({ name, step, field, expected }, { openContext }) => {
    for (const width of [390, 1366]) {
      const page = await withExample(openContext, width);
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(`${origin}${lessonPath(step)}#werkblad`);
      await page.locator('.worksheet[data-ready="true"]').waitFor();
      const slot = page.locator('.worksheet .picture-slot');
      await slot.scrollIntoViewIfNeeded();
      const svg = slot.locator('svg.picture');
      await svg.waitFor();
      // Its code came when it was needed, in a chunk of its own.
      expect(requests.some((url) => /\/(RelationshipMap|Timeline)\.[\w-]+\.js$/.test(url))).toBe(true);
      const read = await readPicture(svg);
      for (const text of expected) expect(read.text).toContain(text);
      expect(read.smallest).toBeGreaterThanOrEqual(11);
      expect(read.outside).toEqual([]);
      expect(await overflowing(svg)).toEqual([]);
      // Right under the field it is drawn from.
      expect(await slot.evaluate((s, id) => !!document.getElementById(`werkblad-${id}`)?.contains(s), field)).toBe(true);
      await hideStickyParts(page);
      await slot.screenshot({ path: `${SHOTS}worksheet-${name}-${width}.png` });
      await page.context().close();
    }
  });

  it.for([
    { step: step('align'), field: 'team' },
    { step: step('inspire'), field: 'relationships' },
  ])('step $step.number draws the map again under its $field, with a link to the DMU it is drawn from', async ({ step: at, field }, { openContext }) => {
    const page = await withExample(openContext, 1366);
    await page.goto(`${origin}${lessonPath(at)}#werkblad`);
    await page.locator('.worksheet[data-ready="true"]').waitFor();
    const slot = page.locator(`#werkblad-${field} .picture-slot`);
    await slot.scrollIntoViewIfNeeded();
    const svg = slot.locator('svg.picture');
    await svg.waitFor();
    const read = await readPicture(svg);
    for (const p of plan.discover.dmu) expect(read.text).toContain(p.name);
    expect(read.smallest).toBeGreaterThanOrEqual(11);
    expect(await overflowing(svg)).toEqual([]);
    await expect(slot.locator('figcaption a').getAttribute('href')).resolves.toBe(`${lessonPath(step('discover'))}#werkblad-dmu`);
    expect(await seriousViolations(page, '', `#werkblad-${field}`)).toEqual([]);
  });

  it('reads in dark mode: light text on the dark page, the colours from the theme', async ({ openContext }) => {
    const page = await withExample(openContext, 1366, 'dark');
    await page.goto(`${origin}${lessonPath(step('discover'))}`);
    const figure = page.locator('.picture-figure').first();
    await figure.scrollIntoViewIfNeeded();
    const svg = await shownSvg(figure);
    const colours = await svg.evaluate((el) => {
      const luminance = (css: string) => {
        const [r, g, b] = (css.match(/[\d.]+/g) ?? []).map(Number).map((v) => v / 255);
        const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
        return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
      };
      const name = el.querySelector('text[data-role="name"]')!;
      const card = el.querySelector('rect[data-role="card"]')!;
      const text = luminance(getComputedStyle(name).fill);
      const ground = luminance(getComputedStyle(card).fill);
      return { text, ground, contrast: (Math.max(text, ground) + 0.05) / (Math.min(text, ground) + 0.05) };
    });
    expect(colours.text).toBeGreaterThan(colours.ground);
    expect(colours.contrast).toBeGreaterThanOrEqual(4.5);
    await hideStickyParts(page);
    await figure.screenshot({ path: `${SHOTS}relationship-map-dark-1366.png` });
  });
});
