import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, inject } from 'vitest';
import { formatDateNl } from '../../src/plan/values/dates';
import { stepOfTotal } from '../../src/plan/messages';
import { STEPS, lessonPath } from '../../src/plan/model/steps';
import { stepTitle } from '../../src/worksheets/messages';
import { it, openWorkbook as openWorkbookAt, watchContext } from './browser';
import { fillWorksheet, type Expectation, type Values } from './fill';

const origin = inject('origin');

const heading = (page: Page) => page.locator('.fill-in-screen > h2');
const screenReady = (page: Page, id: string) => page.locator(`.fill-in-screen#${id} .worksheet[data-ready="true"]`).waitFor();

/**
 * Values that are each found once in a PDF: texts are tokens ("w007q"), numbers and dates
 * differ per field, so a value that did not reach the PDF cannot hide behind another.
 */
function uniqueValues(): Values {
  let text = 0;
  let number = 0;
  let day = 0;
  return {
    text: () => `w${String(++text).padStart(3, '0')}q`,
    number: (_kind, whole) => (whole ? `${700 + ++number}` : `${10 + ++number},37`),
    date: () => new Date(Date.UTC(2027, 0, 1 + 3 * ++day)).toISOString().slice(0, 10),
  };
}

/** How the PDF writes a value the story typed or chose (null: nothing to look for). */
function inPdf(e: Expectation): string | null {
  if (e.kind === 'checkbox') return 'ja';
  if (e.kind === 'select') {
    if (e.fieldKind === 'matrix') return null; // a score code: "+" is everywhere
    // A reference is the row it points to: the picker and the PDF name it each in their own way.
    if (e.fieldKind === 'reference') return /w\d{3}q/.exec(e.label!)?.[0] ?? e.label!;
    return e.fieldKind === 'score' ? `${e.value} van 5` : e.label!;
  }
  if (e.kind === 'number') return e.fieldKind === 'money' ? `€ ${e.value.replace(/,(\d)$/, ',$10')}` : e.fieldKind === 'percent' ? `${e.value}%` : e.value;
  return e.fieldKind === 'date' ? formatDateNl(e.value) : e.value;
}

async function pdfText(path: string): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(await readFile(path)));
  const { text } = await extractText(pdf, { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

describe('fill-in mode', () => {
  it('fills every step and the cover through /invullen/ alone, and the PDF holds every value', async ({ openContext }) => {
    const context = await openContext({ acceptDownloads: true });
    const watch = await watchContext(context, origin);
    const page = await context.newPage();
    await page.goto(`${origin}/invullen/`);
    const values = uniqueValues();
    const expected: Expectation[] = [];
    for (const step of STEPS) {
      await screenReady(page, `stap-${step.number}`);
      await expect(heading(page).innerText()).resolves.toContain(`Stap ${step.number}: ${step.name}`);
      expected.push(...(await fillWorksheet(page, values)));
      await page.getByRole('link', { name: /^Volgende/ }).click();
    }
    await screenReady(page, 'afronden');
    expect(new URL(page.url()).hash).toBe('#afronden');
    expected.push(...(await fillWorksheet(page, values)));
    expect(expected.length).toBeGreaterThan(100);

    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: /Download PDF/ }).click()]);
    const text = await pdfText((await file.path())!);
    const missing = expected.map((e) => ({ id: e.id, shown: inPdf(e) })).filter(({ shown }) => shown !== null && !text.includes(shown));
    expect(missing).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.outsideRequests).toEqual([]);
    await context.close();
  });

  it('goes step by step with the address, loads only the words of the step on screen, and leads from a check to its field', async ({ openContext }) => {
    const context = await openContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const watch = await watchContext(context, origin);
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => scripts.push(new URL(r.url()).pathname));
    await page.goto(`${origin}/invullen/#stap-3`, { waitUntil: 'networkidle' });
    await screenReady(page, 'stap-3');

    const discover = STEPS.find((s) => s.id === 'discover')!;
    await expect(heading(page).innerText()).resolves.toMatch(new RegExp(`^${stepTitle(discover.number, discover.name)}`));
    await expect(page.locator('.fill-in-where').innerText()).resolves.toMatch(new RegExp(`^${stepOfTotal(discover.number, STEPS.length)}\\b`));
    await expect(page.locator('.fill-in-progress a[aria-current="step"]').innerText()).resolves.toContain(String(discover.number));
    await expect(page.getByRole('link', { name: /^Lees de les/ }).getAttribute('href')).resolves.toBe(lessonPath(discover));
    // The step's words only; not the other steps', nor the checks.
    const wordModule = new RegExp(`/_astro/(${['cover', ...STEPS.map((s) => s.id)].join('|')})\\.[\\w-]+\\.js$`);
    const words = () => scripts.map((s) => wordModule.exec(s)?.[1]).filter(Boolean);
    expect(words()).toEqual(['discover']);
    expect(scripts.some((s) => /\/checks\.[\w-]+\.js$/.test(s))).toBe(false);
    // Near "Volgende", the next step's words load ahead.
    await page.locator('.fill-in-pager').scrollIntoViewIfNeeded();
    await expect.poll(words).toEqual(['discover', 'klantplan']);

    // The checks come with the list: an empty plan has open points, each with a link to its field.
    const checks = page.locator('.fill-in-checks');
    await checks.scrollIntoViewIfNeeded();
    await checks.locator('.checks li.todo').first().waitFor();
    await checks.getByRole('link', { name: 'Naar het veld' }).first().click();
    await expect
      .poll(() =>
        page.evaluate(() =>
          document.activeElement?.matches('input, textarea, select, button.add') ? document.activeElement.closest('.field-group')?.id : 'elders',
        ),
      )
      .toMatch(/^werkblad-/);

    // The same store as the lessons: what is typed here is on the lesson's worksheet.
    await page.locator('#werkblad-sector-invoer').fill('Ouderenzorg in Oost-Nederland');
    const next = discover.number + 1;
    await page.getByRole('link', { name: /^Volgende/ }).click();
    await expect.poll(() => new URL(page.url()).hash).toBe(`#stap-${next}`);
    await screenReady(page, `stap-${next}`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(new RegExp(`^Stap ${next}: `));
    // The page's introduction was for arriving: it does not come first on every step.
    await expect(page.locator('#invullen-intro').isHidden()).resolves.toBe(true);
    await page.getByRole('link', { name: /^Vorige/ }).click();
    await screenReady(page, `stap-${discover.number}`);
    await page.goBack();
    await expect.poll(() => heading(page).innerText()).toMatch(new RegExp(`^Stap ${next}: `));
    // A link to a field of another step opens that step.
    await page.goto(`${origin}/invullen/#werkblad-summary`);
    await screenReady(page, 'afronden');
    await expect(page.getByRole('link', { name: /^Volgende/ }).count()).resolves.toBe(0);
    // At the end, the workbook's ways out: the PDF (also in exam order) and Word.
    await page.locator('.fill-in-pdf').scrollIntoViewIfNeeded();
    await page.getByRole('button', { name: 'Download Word (.docx)' }).waitFor();
    await page.getByLabel(/Examenindeling/).waitFor();
    await expect(page.getByRole('button', { name: /Download PDF/ }).count()).resolves.toBe(1);
    await page.goto(`${origin}/stappen/3-discover/#werkblad`);
    await page.locator('.worksheet[data-ready="true"]').waitFor();
    await expect(page.locator('#werkblad-sector-invoer').inputValue()).resolves.toBe('Ouderenzorg in Oost-Nederland');
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });

  it('shows per step in the navigation whether it is empty, in progress, complete or has open points, as the workbook does', async ({ openContext }) => {
    const context = await openContext();
    const watch = await watchContext(context, origin);
    const page = await context.newPage();
    const [full, part, empty] = [STEPS[1]!, STEPS[2]!, STEPS[3]!];
    await page.goto(`${origin}/invullen/#stap-${full.number}`);
    await screenReady(page, `stap-${full.number}`);
    await fillWorksheet(page, uniqueValues());
    await page.goto(`${origin}/invullen/#stap-${part.number}`);
    await screenReady(page, `stap-${part.number}`);
    await page.locator('.worksheet .field-group textarea, .worksheet .field-group input[type="text"]').first().fill('Een eerste antwoord');
    await page.locator('.save-status', { hasText: 'Opgeslagen' }).waitFor();
    // After a reload too: the states come from what is stored, the open points once the checks are in.
    await page.reload();
    await screenReady(page, `stap-${part.number}`);
    const nav = page.getByRole('navigation', { name: 'Stappen van je plan' });
    const state = (n: number) =>
      nav
        .locator('li')
        .nth(n - 1)
        .getAttribute('data-state');
    await expect.poll(() => state(part.number)).toBe('open');
    expect(['complete', 'open']).toContain(await state(full.number));
    await expect(state(empty.number)).resolves.toBe('empty');
    // In words, not in colour alone: the link's name says the state, and so does the line above for this step.
    const name = (n: number) => nav.getByRole('link', { name: new RegExp(`^Stap ${n}: `) }).textContent();
    await expect(name(empty.number)).resolves.toMatch(/: nog leeg$/);
    await expect(name(part.number)).resolves.toMatch(/: \d+ open punt(en)?$/);
    await expect(page.locator('.fill-in-where').innerText()).resolves.toMatch(/· \d+ open punt(en)?$/);
    // One meaning of "open" everywhere: the workbook says the same per step.
    const fillIn = await Promise.all(STEPS.map(async (s) => [await state(s.number), (await name(s.number))!.replace(/^\d+\S*Stap \d+: [^:]*: /, '')] as const));
    await openWorkbookAt(page, origin);
    const workbook = await page
      .locator('.progress-list > li')
      .evaluateAll((items) => items.map((li) => [li.getAttribute('data-state'), li.querySelector('.step-state')!.textContent!.replace(/^\S+\s/, '')] as const));
    expect(workbook.map(([kind]) => kind)).toEqual(fillIn.map(([kind]) => kind));
    for (const [i, [kind, words]] of fillIn.entries()) if (kind === 'open' || kind === 'empty') expect(workbook[i]![1]).toBe(words);
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });

  it.for(['#%', '#%zz', '#stap-%E0%A4%A'])(
    'opens an address it cannot read (%s) at the first step, and ignores it while on a step',
    async (hash, { openContext }) => {
      const context = await openContext();
      const watch = await watchContext(context, origin);
      const page = await context.newPage();
      await page.goto(`${origin}/invullen/${hash}`);
      await screenReady(page, 'stap-1');
      await page.goto(`${origin}/invullen/#stap-2`);
      await screenReady(page, 'stap-2');
      await page.evaluate((h) => (location.hash = h), hash);
      await page.getByRole('link', { name: /^Volgende/ }).click();
      await screenReady(page, 'stap-3');
      expect(watch.consoleErrors).toEqual([]);
      await context.close();
    },
  );

  it('offline on a first visit (no service worker): a step whose code cannot load says so, and its retry works once back online', async ({ openContext }) => {
    const context = await openContext();
    const page = await context.newPage();
    const second = STEPS[1]!;
    // The words of step 2 cannot be fetched, as when the network went away before they loaded.
    let offline = true;
    await context.route(new RegExp(`/_astro/${second.id}\\.[\\w-]+\\.js$`), (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
    await page.goto(`${origin}/invullen/#stap-1`);
    await screenReady(page, 'stap-1');
    await context.setOffline(true);
    await page.getByRole('link', { name: /^Volgende/ }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'kon niet laden' });
    await alert.waitFor();
    // The steps stay: the reader can still go elsewhere.
    await expect(page.getByRole('navigation', { name: 'Stappen van je plan' }).getByRole('link').count()).resolves.toBe(STEPS.length + 1);
    await alert.getByRole('button', { name: 'Probeer opnieuw' }).click();
    await alert.getByText('nog steeds geen verbinding').waitFor();
    offline = false;
    await context.setOffline(false);
    await alert.getByRole('button', { name: 'Probeer opnieuw' }).click();
    await screenReady(page, `stap-${second.number}`);
    await expect(heading(page).innerText()).resolves.toMatch(new RegExp(`^Stap ${second.number}: `));
    await context.close();
  });

  it('is offered beside "Begin bij stap 1" on the home page and in the workbook, and in the menu', async ({ openContext }) => {
    const context = await openContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    for (const path of ['/', '/werkboek/']) {
      await page.goto(origin + path);
      const start = page.getByRole('link', { name: 'Begin bij stap 1' });
      const fillIn = page.getByRole('link', { name: 'Vul je plan in' });
      await expect(fillIn.getAttribute('href')).resolves.toBe('/invullen/');
      // Side by side: the same row, or the next one right under it.
      const [a, b] = [(await start.boundingBox())!, (await fillIn.boundingBox())!];
      expect(Math.abs(a.y - b.y), path).toBeLessThan(80);
    }
    // At phone width the home page has a menu, and fill-in mode is in it.
    await page.goto(`${origin}/`);
    await page.getByRole('button', { name: 'Menu' }).click();
    // The open menu holds the page still behind it (MobileMenuToggle.astro), and lets go when it closes.
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).overflow)).toBe('hidden');
    await page.getByRole('button', { name: 'Menu' }).click();
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).overflow)).not.toBe('hidden');
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.locator('#starlight__sidebar').getByRole('link', { name: 'Plan invullen' }).click();
    await screenReady(page, 'stap-1');
    await context.close();
  });
});
