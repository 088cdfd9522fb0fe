import type { Page } from 'playwright-core';
import { describe, expect, inject } from 'vitest';
import { it, openWorkbook as openWorkbookAt, watchContext } from './browser';

/**
 * A plan the site wrote always reads back: long names and the names made from them, two tabs on
 * one plan, and undo of a removed row — in a real browser, with real storage events.
 */
const origin = inject('origin');

const openWorkbook = (page: Page) => openWorkbookAt(page, origin);

async function openWorksheet(page: Page, slug: string) {
  await page.goto(`${origin}/stappen/${slug}/#werkblad`);
  await page.locator('.worksheet[data-ready="true"]').waitFor();
}

const saved = (page: Page) => page.locator('.save-status', { hasText: 'Opgeslagen' }).waitFor();

describe('a long plan name', () => {
  it('survives a copy, a restored version and a saved shared plan, and every plan reads back after a reload', async ({ openContext }) => {
    const context = await openContext();
    const watch = await watchContext(context, origin);
    const page = await context.newPage();
    await openWorkbook(page);
    const name = `Accountplan Zorggroep Lindenhof, locaties Deventer, Zutphen en Apeldoorn, ${'met een heel lange toelichting '.repeat(5)}`.slice(0, 200);
    expect(name).toHaveLength(200);
    await page.getByLabel('Naam van het actieve plan').fill(name);
    await page.getByLabel('Titel van het plan', { exact: true }).fill('Titel die blijft');
    await saved(page);
    // A copy (the original stays the active plan).
    await page.getByRole('button', { name: `Dupliceer plan ${name}` }).click();
    // A version with a long note, restored.
    await page.getByLabel('Wat is er veranderd?').fill('n'.repeat(200));
    await page.getByRole('button', { name: 'Bewaar versie' }).click();
    await page.getByRole('button', { name: /^Zet versie n+ terug als nieuw plan$/ }).click();
    // A shared plan, saved as the reader's own.
    await page.getByRole('button', { name: `Open plan ${name}`, exact: true }).click();
    await page.getByRole('button', { name: 'Deel met trainer' }).click();
    const link = await page.getByLabel('Link naar je plan').inputValue();
    const shared = await context.newPage();
    await shared.goto(link);
    await shared.getByRole('button', { name: 'Bewaar als mijn plan' }).click();
    await shared.getByRole('status').filter({ hasText: 'Bewaard als' }).waitFor();
    await shared.close();

    await openWorkbook(page);
    const names = await page.locator('.plan-list .plan-name').allInnerTexts();
    expect(names).toHaveLength(4);
    for (const n of names) expect(n.replace(/ \(actief\)$/, '').length).toBeLessThanOrEqual(200);
    expect(names.filter((n) => n.includes(' (kopie)'))).toHaveLength(1);
    expect(names.filter((n) => n.includes(' (versie: '))).toHaveLength(1);
    expect(names.filter((n) => n.includes(' (gedeeld)'))).toHaveLength(1);
    // Nothing was set aside, and every plan still has its title.
    await expect(page.locator('.notice-kept-aside, .notice-repaired').count()).resolves.toBe(0);
    const stored = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('accountplan:plan:'))
        .map((k) => (JSON.parse(localStorage.getItem(k)!) as { cover: { title: string } }).cover.title),
    );
    expect(stored).toEqual(['Titel die blijft', 'Titel die blijft', 'Titel die blijft', 'Titel die blijft']);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('accountplan:bewaard:')))).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('two tabs on one plan', () => {
  it('keep both texts when both change the same field, and both rows when both add to one list', async ({ openContext }) => {
    const context = await openContext();
    const watch = await watchContext(context, origin);
    const a = await context.newPage();
    const b = await context.newPage();
    await openWorksheet(a, '4-klantplan');
    await openWorksheet(b, '4-klantplan');
    const outcome = (p: Page) => p.locator('#werkblad-conversation-outcome-invoer');
    const conflictNotice = (p: Page) => p.locator('.notice-conflict', { hasText: 'tegelijk in een ander tabblad gewijzigd' });
    // Both type in the same field before either hears of the other. On a busy machine one tab may
    // hear the other's save before its own typing arrives: then it simply replaced a text it
    // saw, no conflict. Type again until the two typings cross (the first try, on a calm machine).
    // A conflict's notice may arrive after the round that caused it was checked: the text kept
    // aside is then one of an earlier round, so every round's texts are remembered per tab.
    const typed = { a: [] as string[], b: [] as string[] };
    for (let round = 1; ; round++) {
      const texts = [`Uitkomst getypt in tab A (${round})`, `Uitkomst getypt in tab B (${round})`] as const;
      typed.a.push(texts[0]);
      typed.b.push(texts[1]);
      await Promise.all([outcome(a).fill(texts[0]), outcome(b).fill(texts[1])]);
      await saved(a);
      await saved(b);
      await expect.poll(async () => (await outcome(a).inputValue()) === (await outcome(b).inputValue())).toBe(true);
      if ((await conflictNotice(a).count()) + (await conflictNotice(b).count()) > 0) break;
      expect(round, 'the two typings never crossed').toBeLessThan(8);
    }
    // One text is on screen in both tabs; both tabs say what happened, and the other text is one click away.
    for (const page of [a, b]) await conflictNotice(page).first().waitFor();
    const lostNotice = (p: Page) => p.locator('.notice-conflict', { hasText: 'daar is de andere tekst gehouden' }).first();
    const tabWithLostText = (await lostNotice(a).count()) > 0 ? a : b;
    const notice = lostNotice(tabWithLostText);
    await notice.getByText('Bekijk jouw tekst').click();
    // The text kept aside is one this tab typed, and not the one on screen.
    const kept = await outcome(a).inputValue();
    const ownTexts = tabWithLostText === a ? typed.a : typed.b;
    const keptAside = async () => {
      const shown = await notice.innerText();
      return ownTexts.filter((t) => t !== kept && shown.includes(t));
    };
    await expect.poll(async () => (await keptAside()).length).toBe(1);
    const [lost] = await keptAside();
    await notice.getByRole('button', { name: 'Zet jouw tekst terug' }).click();
    await expect.poll(() => outcome(a).inputValue()).toBe(lost!);
    await expect.poll(() => outcome(b).inputValue()).toBe(lost!);

    // Both add a strength. Tab B's new row has the focus when tab A's row arrives and takes the
    // first place: what B types stays in B's row (rows are keyed by id, the focus stays with the row).
    const rows = (p: Page) => p.locator('#werkblad-strengths-invoer textarea');
    const strengths = (p: Page) => rows(p).evaluateAll((items) => items.map((i) => (i as HTMLTextAreaElement).value).sort());
    await b.getByRole('button', { name: '+ Sterkte toevoegen' }).click();
    await expect.poll(() => b.evaluate(() => document.activeElement?.closest('#werkblad-strengths-invoer') !== null)).toBe(true);
    await a.getByRole('button', { name: '+ Sterkte toevoegen' }).click();
    await expect.poll(() => a.evaluate(() => document.activeElement?.closest('#werkblad-strengths-invoer') !== null)).toBe(true);
    await a.keyboard.type('Sterk merk (tab A)');
    await saved(a);
    await expect.poll(() => strengths(b)).toContain('Sterk merk (tab A)');
    await b.keyboard.type('Vaste klanten (tab B)');
    await saved(b);
    await expect.poll(() => strengths(a)).toEqual(['Sterk merk (tab A)', 'Vaste klanten (tab B)']);
    await expect.poll(() => strengths(b)).toEqual(['Sterk merk (tab A)', 'Vaste klanten (tab B)']);
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('removing a row', () => {
  it('can be undone, with every cell back, also after a reload', async ({ openContext }) => {
    const context = await openContext();
    const page = await context.newPage();
    await openWorksheet(page, '3-discover');
    await page.getByRole('button', { name: '+ Persoon toevoegen' }).click();
    const card = page.locator('#werkblad-dmu .row-card').first();
    await card.getByLabel('Naam').fill('Marco Huisman');
    await card.getByLabel('Functie').fill('Manager facilitaire dienst');
    await card.getByLabel('Rol in de DMU').selectOption('beslisser');
    await page.getByRole('button', { name: 'Verwijder persoon 1' }).click();
    await expect(page.locator('#werkblad-dmu .row-card').count()).resolves.toBe(0);
    const toast = page.locator('.undo-toast');
    await expect(toast.innerText()).resolves.toContain('Persoon "Marco Huisman" is verwijderd');
    await toast.getByRole('button', { name: 'Ongedaan maken' }).click();
    await expect(card.getByLabel('Functie').inputValue()).resolves.toBe('Manager facilitaire dienst');
    await saved(page);
    await page.reload();
    await page.locator('.worksheet[data-ready="true"]').waitFor();
    await expect(card.getByLabel('Naam').inputValue()).resolves.toBe('Marco Huisman');
    await expect(card.getByLabel('Rol in de DMU').inputValue()).resolves.toBe('beslisser');
    await context.close();
  });
});
