import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import type { BrowserContext, Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, inject } from 'vitest';
import { INTERNAL_SLIDES, SLIDE_IDS } from '../../src/deck/model';
import { it, openWorkbook, seriousViolations, watchContext } from './browser';

const origin = inject('origin');
/** The example shows every slide; for the customer, without the internal ones. */
const ALL = SLIDE_IDS.length;
const FOR_CUSTOMER = ALL - INTERNAL_SLIDES.length;

/** A browser profile with the example plan as its active plan, on /presentatie/. */
async function withExample(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await openWorkbook(page, origin);
  await page.getByRole('button', { name: 'Nieuw plan op basis van het voorbeeld' }).click();
  await page.waitForFunction(() =>
    Object.keys(localStorage).some((k) => k.startsWith('accountplan:plan:') && localStorage.getItem(k)!.includes('"name":"Voorbeeld')),
  );
  await page.goto(`${origin}/presentatie/`);
  await page.locator('.deck-page[data-ready="true"]').waitFor();
  return page;
}

/** The slides load when their list comes into view. */
async function showSlides(page: Page): Promise<void> {
  await page.getByRole('heading', { name: "De dia's" }).scrollIntoViewIfNeeded();
  await page.locator('.deck-list [data-slide="vragen"]').waitFor();
}

const position = (page: Page) => page.locator('.deck-show-nav [aria-live]');

describe('the presentation page', () => {
  it('shows the example as its slides that fit, with the timeline, the map and the build-up, and presents them with the keyboard and a swipe', async ({
    openContext,
  }) => {
    const context = await openContext({ viewport: { width: 1280, height: 800 } });
    const watch = await watchContext(context, origin);
    const page = await withExample(context);
    // The page opens with its settings; the slides' code loads when they come into view.
    await expect(page.locator('.deck-names li').count()).resolves.toBe(ALL);
    await showSlides(page);
    await expect(page.locator('.deck-list .deck-slide').count()).resolves.toBe(ALL);
    await expect(page.getByRole('heading', { name: 'Dia 3: De analyse' }).isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-slide="analyse"]').innerText()).resolves.toContain('Kernvraag: Hoe kunnen we met de centrale facilitaire dienst');
    // The pictures and the waterfall, each an image with a name for screen readers.
    await expect(page.locator('[data-slide="acties"] .deck-picture svg[role="img"] title').textContent()).resolves.toMatch(/^Tijdlijn van het actieplan/);
    await expect(page.locator('[data-slide="acties"] .deck-picture svg text', { hasText: /^bezig: / }).count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('[data-slide="vraag"] .deck-picture svg text', { hasText: 'Ingrid Bos' }).count()).resolves.toBe(1);
    await expect(page.locator('[data-slide="opbouw"] .deck-bridge svg[role="img"] title').textContent()).resolves.toMatch(/^Opbouw van het omzetdoel 2027/);
    await expect(page.locator('[data-slide="opbouw"]').innerText()).resolves.toContain('Zo komen we aan € 390.000 in 2027');
    // Drawn inside their slides.
    const outside = await page.locator('.deck-list .deck-slide').evaluateAll((slides) =>
      slides.flatMap((slide) => {
        const box = slide.getBoundingClientRect();
        return [...slide.querySelectorAll<HTMLElement>('.deck-picture, .deck-bridge')]
          .filter((d) => d.getBoundingClientRect().right > box.right + 0.5 || d.getBoundingClientRect().bottom > box.bottom + 0.5)
          .map(() => slide.getAttribute('data-slide'));
      }),
    );
    expect(outside).toEqual([]);
    // Nothing runs off its box or off its slide.
    const overflowing = await page.locator('.deck-list .deck-slide').evaluateAll((slides) =>
      slides.flatMap((slide) => {
        const box = slide.getBoundingClientRect();
        return [...slide.querySelectorAll<HTMLElement>('.deck-text')]
          .filter((t) => {
            const r = t.getBoundingClientRect();
            return t.scrollHeight > t.clientHeight + 1 || t.scrollWidth > t.clientWidth + 1 || r.right > box.right + 0.5 || r.bottom > box.bottom + 0.5;
          })
          .map((t) => `${slide.getAttribute('data-slide')}: ${t.textContent?.slice(0, 40)}`);
      }),
    );
    expect(overflowing).toEqual([]);
    expect(await seriousViolations(page, '', '.deck-page')).toEqual([]);

    const present = page.getByRole('button', { name: 'Presenteer', exact: true });
    await present.click();
    const show = page.getByRole('dialog', { name: 'Presentatie' });
    await show.waitFor();
    await expect(position(page).innerText()).resolves.toBe(`Dia 1 van ${ALL}`);
    for (const [key, at] of [
      ['ArrowRight', 2],
      ['PageDown', 3],
      [' ', 4],
      ['PageUp', 3],
      ['ArrowLeft', 2],
      ['End', ALL],
      ['ArrowRight', ALL],
      ['Home', 1],
    ] as const) {
      await page.keyboard.press(key === ' ' ? 'Space' : key);
      await page.locator('.deck-show-nav', { hasText: `Dia ${at} van ${ALL}` }).waitFor();
    }
    await expect(show.locator('.deck-slide').getAttribute('data-slide')).resolves.toBe('titel');
    // A swipe to the left: the next slide.
    const stage = await show.locator('.deck-stage').boundingBox();
    await page.mouse.move(stage!.x + stage!.width * 0.7, stage!.y + stage!.height / 2);
    await page.mouse.down();
    await page.mouse.move(stage!.x + stage!.width * 0.3, stage!.y + stage!.height / 2, { steps: 5 });
    await page.mouse.up();
    await page.locator('.deck-show-nav', { hasText: `Dia 2 van ${ALL}` }).waitFor();
    await page.keyboard.press('Escape');
    await show.waitFor({ state: 'detached' });
    await expect(present.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.outsideRequests).toEqual([]);
  });

  it('has a presenter view with the notes, the next slide and a running timer, also in a second window that moves both', async ({ openContext }) => {
    const context = await openContext({ viewport: { width: 1280, height: 800 } });
    const page = await withExample(context);
    await page.getByRole('button', { name: 'Sprekersweergave', exact: true }).click();
    const view = page.getByRole('dialog', { name: 'Sprekersweergave' });
    await view.waitFor();
    await expect(view.locator('.deck-notes').innerText()).resolves.toContain('Begin met je ambitie: Over drie jaar is Kroonstad Hygiëne');
    await expect(view.getByRole('group', { name: new RegExp(`^Dia 2 van ${ALL}: Dit wil Zorggroep Lindenhof`) }).isVisible()).resolves.toBe(true);
    const clock = view.getByRole('timer');
    const first = await clock.innerText();
    expect(first).toMatch(/^0:0\d van 15:00$/);
    await page.waitForFunction((before) => document.querySelector('.deck-clock')?.textContent !== before, first);
    expect(await seriousViolations(page, '', '.deck-presenter')).toEqual([]);
    await page.keyboard.press('ArrowRight');
    await expect(view.locator('.deck-notes').innerText()).resolves.toContain('Zo ziet Zorggroep Lindenhof het zelf');
    await page.keyboard.press('Escape');
    await view.waitFor({ state: 'detached' });

    // The presenter view in a window of its own; the slides in this one follow it.
    const [popup] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Sprekersweergave in een nieuw venster' }).click()]);
    await popup.getByRole('dialog', { name: 'Sprekersweergave' }).waitFor();
    expect(new URL(popup.url()).hash).toBe('#sprekers');
    await page.getByRole('button', { name: 'Presenteer', exact: true }).click();
    await page.getByRole('dialog', { name: 'Presentatie' }).waitFor();
    await popup.keyboard.press('ArrowRight');
    await popup.keyboard.press('ArrowRight');
    await page.locator('.deck-show-nav', { hasText: `Dia 3 van ${ALL}` }).waitFor();
  });

  it('downloads PowerPoint and the slide PDF, loading their code on click, also for the customer', async ({ openContext }) => {
    const context = await openContext({ acceptDownloads: true });
    const watch = await watchContext(context, origin);
    const page = await withExample(context);
    const scripts: string[] = [];
    page.on('request', (r) => scripts.push(new URL(r.url()).pathname));
    const pptxButton = page.getByRole('button', { name: /PowerPoint/ });
    expect(await pptxButton.innerText()).toBe('Download PowerPoint (.pptx)');
    const before = scripts.length;
    const [pptx] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), pptxButton.click()]);
    expect(pptx.suggestedFilename()).toMatch(/^presentatie-zorggroep-lindenhof-\d{4}-\d{2}-\d{2}\.pptx$/);
    expect(scripts.slice(before).filter((s) => s.endsWith('.js')).length).toBeGreaterThan(0);
    const files = unzipSync(new Uint8Array(await readFile((await pptx.path())!)));
    expect(Object.keys(files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))).toHaveLength(ALL);
    expect(Object.keys(files).filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n))).toHaveLength(ALL);
    await page
      .getByRole('status')
      .filter({ hasText: /\.pptx is gedownload/ })
      .waitFor();

    const [pdf] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: /dia's \(PDF\)/ }).click()]);
    expect(pdf.suggestedFilename()).toMatch(/^presentatie-zorggroep-lindenhof-\d{4}-\d{2}-\d{2}\.pdf$/);
    const doc = await getDocumentProxy(new Uint8Array(await readFile((await pdf.path())!)));
    expect(doc.numPages).toBe(ALL);
    for (let n = 1; n <= doc.numPages; n++) {
      const [x0, y0, x1, y1] = (await doc.getPage(n)).view as [number, number, number, number];
      expect((x1 - x0) / (y1 - y0)).toBeCloseTo(16 / 9, 3);
    }
    expect(((await extractText(doc, { mergePages: true })).text as string).replace(/\s+/g, ' ')).toContain('Welke vragen heb je?');

    await page.getByLabel('Versie voor de klant (stap 8)').check();
    await page.locator('.deck-settings', { hasText: `${FOR_CUSTOMER} van de ${ALL} dia's doen mee` }).waitFor();
    const [forCustomer] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), pptxButton.click()]);
    expect(forCustomer.suggestedFilename()).toMatch(/-klant-\d{4}-\d{2}-\d{2}\.pptx$/);
    const customerFiles = unzipSync(new Uint8Array(await readFile((await forCustomer.path())!)));
    expect(Object.keys(customerFiles).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))).toHaveLength(FOR_CUSTOMER);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.outsideRequests).toEqual([]);
  });

  it('keeps a rewritten title and a slide switched off after a reload, and an empty plan says what to fill in', async ({ openContext }) => {
    const context = await openContext();
    const page = await withExample(context);
    await showSlides(page);
    const slide = page.locator('#dia-klant');
    await slide.getByLabel('Titel van de dia').fill('Lindenhof wil schoner en groener werken');
    await page.locator('#dia-risicos').getByLabel('Deze dia doet mee').uncheck();
    await page.locator('.save-status', { hasText: 'Opgeslagen' }).waitFor();
    await page.reload();
    await page.locator('.deck-page[data-ready="true"]').waitFor();
    await expect(page.locator('.deck-settings').innerText()).resolves.toContain(`${ALL - 1} van de ${ALL} dia's doen mee`);
    await showSlides(page);
    await expect(page.locator('[data-slide="klant"]').innerText()).resolves.toContain('Lindenhof wil schoner en groener werken');
    await page
      .locator('#dia-klant')
      .getByRole('button', { name: /Gebruik weer de titel uit je plan/ })
      .click();
    // The slide follows the store (a deferred render): wait for it, on a busy machine too.
    await expect.poll(() => page.locator('[data-slide="klant"]').innerText()).toContain('Dit wil Zorggroep Lindenhof');

    const empty = await (await openContext()).newPage();
    await empty.goto(`${origin}/presentatie/`);
    await empty.locator('.deck-page[data-ready="true"]').waitFor();
    await showSlides(empty);
    const link = empty.locator('[data-slide="strategie"] a', { hasText: 'Strategieën voor dit account' });
    await expect(link.getAttribute('href')).resolves.toBe('/stappen/6-develop/#werkblad-strategies');
    await link.click();
    await empty.waitForURL(/\/stappen\/6-develop\/#werkblad-strategies$/);
  });
});

describe('practising the interview', () => {
  it('asks questions from the plan with a timer, and keeps the notes and the score after a reload', async ({ openContext }) => {
    const context = await openContext();
    const watch = await watchContext(context, origin);
    const page = await withExample(context);
    await page.getByRole('link', { name: 'Oefen het interview' }).click();
    await page.locator('.deck-page[data-ready="true"]').waitFor();
    await page.getByRole('button', { name: 'Maak de lijst voor je trainer' }).click();
    await page.locator('.interview-print-competence').nth(5).waitFor();
    await expect(page.locator('.interview-print li').count()).resolves.toBe(18);
    await page.getByRole('button', { name: 'Begin met oefenen' }).click();
    const answered: Array<{ question: string; notes: string }> = [];
    for (const n of [1, 2]) {
      const card = page.locator('.interview-card');
      await card.locator('.interview-position', { hasText: `Vraag ${n} van 18` }).waitFor();
      const question = await card.locator('.interview-question').innerText();
      expect(question.length).toBeGreaterThan(20);
      // The self-score is the rubric's scale, its pass level marked.
      await expect(card.getByRole('radio', { name: /^3 · voldoende \(het niveau van het examen\) / }).count()).resolves.toBe(1);
      const timer = card.getByRole('timer');
      const start = await timer.innerText();
      await page.waitForFunction((before) => document.querySelector('.answer-clock')?.textContent !== before, start);
      const notes = `Antwoord ${n}: eerst het feit uit mijn plan, dan de keuze.`;
      await card.getByLabel('Aantekeningen bij je antwoord').fill(notes);
      await card.getByRole('radio', { name: /^4 / }).check();
      answered.push({ question, notes });
      await page.getByRole('button', { name: 'Volgende vraag' }).click();
    }
    await page.locator('.save-status', { hasText: 'Opgeslagen' }).waitFor();
    await page.reload();
    await page.locator('.deck-page[data-ready="true"]').waitFor();
    await page.getByRole('button', { name: 'Begin met oefenen' }).click();
    // A new random order: go through the questions until both answered ones came by.
    const found = new Map<string, string>();
    for (let n = 1; n <= 18 && found.size < answered.length; n++) {
      const card = page.locator('.interview-card');
      await card.locator('.interview-position', { hasText: `Vraag ${n} van 18` }).waitFor();
      const question = await card.locator('.interview-question').innerText();
      if (answered.some((a) => a.question === question)) {
        found.set(question, await card.getByLabel('Aantekeningen bij je antwoord').inputValue());
        await expect(card.getByRole('radio', { name: /^4 / }).isChecked()).resolves.toBe(true);
      }
      await page.getByRole('button', { name: 'Volgende vraag' }).click();
    }
    for (const a of answered) expect(found.get(a.question)).toBe(a.notes);
    expect(await seriousViolations(page, '', '.deck-page')).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });
});

describe('offline', () => {
  it('the presentation and its PowerPoint work without a network after one visit', async ({ openContext }) => {
    const sw = await readFile(new URL('../../dist/sw.js', import.meta.url), 'utf8');
    expect(sw).toContain('"/presentatie/"');
    expect(sw).toContain('"/interview/"');
    const context = await openContext({ serviceWorkers: 'allow', acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
    await page.reload();
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    await context.setOffline(true);
    await page.goto(`${origin}/presentatie/`);
    await page.locator('.deck-page[data-ready="true"]').waitFor();
    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: /PowerPoint/ }).click()]);
    expect(file.suggestedFilename()).toMatch(/\.pptx$/);
  });
});
