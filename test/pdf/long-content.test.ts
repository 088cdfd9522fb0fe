import { describe, expect, it } from 'vitest';
import { examplePlan } from '../../src/plan/example/example-plan';
import { filledPlan, firstMissingInOrder, misplaced, readPdf, render, squash, textBoxes, typedTexts, typedValues, word } from './fixtures';

describe('a plan with every text field at 20,000 characters', { timeout: 120_000 }, () => {
  const plan = filledPlan({ length: 20_000, rows: 1 });
  const result = render(plan);
  const read = readPdf(result.bytes);

  it('holds every word of every field, in order, long URLs included', async () => {
    const { text } = await read;
    const missing = typedValues(plan).flatMap(({ where, text: typed }) => {
      const gap = firstMissingInOrder(text, [typed]);
      return gap ? [`${where}: ${gap.word.slice(0, 60)}`] : [];
    });
    expect(missing).toEqual([]);
    expect(typedValues(plan).some((v) => v.text.length === 20_000)).toBe(true);
  });

  it('flows over many pages, keeping all text inside the margins and clear of the footer', async () => {
    expect(result.pageCount).toBeGreaterThan(10 * render(filledPlan()).pageCount);
    expect(misplaced(await textBoxes(result.bytes))).toEqual([]);
  });

  it('numbers every page after the cover', async () => {
    const { pages } = await read;
    pages.slice(1).forEach((page, i) => expect(page).toContain(`pagina ${i + 2} van ${pages.length}`));
  });
});

describe('a table of 300 rows', { timeout: 60_000 }, () => {
  const plan = examplePlan();
  const template = plan.actie.actions[0]!;
  plan.actie.actions = Array.from({ length: 300 }, (_, i) => ({
    ...template,
    id: `a${i}`,
    action: `Actie ${word(i)} nummer ${i + 1}`,
    owner: `Eigenaar ${word(i + 1000)}`,
  }));
  const result = render(plan);
  const read = readPdf(result.bytes);
  const header = squash('Actie Bij doel Eigenaar Start Einddatum Middelen Status');

  it('holds every row in order', async () => {
    expect(firstMissingInOrder((await read).text, typedTexts(plan))).toBeNull();
  });

  it('takes more pages than the same table with six rows', () => {
    expect(result.pageCount).toBeGreaterThan(render(examplePlan()).pageCount + 10);
  });

  it('repeats its header row at the top of every page it continues on', async () => {
    // The table's pages: up to the one where the timeline under it starts (it names the actions too).
    const all = (await read).pages;
    const timeline = all.findIndex((p) => p.includes('Tijdlijn'));
    expect(timeline).toBeGreaterThan(0);
    const pages = all.slice(0, timeline + 1).filter((p) => /Actieba[a-z]+nummer\d+/.test(squash(p)));
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) expect(squash(page), page.slice(0, 80)).toContain(header);
  });

  it('keeps all text inside the margins and clear of the footer', async () => {
    expect(misplaced(await textBoxes(result.bytes))).toEqual([]);
  });
});
