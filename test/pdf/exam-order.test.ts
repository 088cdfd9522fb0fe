import { describe, expect, it } from 'vitest';
import { pdfOpenPoints } from '../../src/plan/checks';
import { EXAM_APPENDICES, EXAM_CHAPTERS, EXAM_COVER, appendixTitle } from '../../src/plan/exam/exam';
import { examplePlan } from '../../src/plan/example/example-plan';
import { formatEuro } from '../../src/plan/values/format';
import { fig } from '../../src/plan/example/example-facts';
import { budgetTotals } from '../../src/plan/finance/totals';
import { sectionFields } from '../../src/plan/model/field-entries';
import { PLAN_STRUCTURE, WRITTEN_SECTION_IDS, type Plan } from '../../src/plan/model/schema';
import { emptyPlan, filledPlan, firstMissingInOrder, misplaced, readPdf, render, squash, textBoxes, typedValues } from './fixtures';
import { examTypedTexts } from './exam-texts';

describe('the chapters of the exam order', () => {
  it('hold every field of the plan once: on the cover, in a chapter or in an appendix', () => {
    const places = [EXAM_COVER, ...EXAM_CHAPTERS.flatMap((c) => c.parts), ...EXAM_APPENDICES.flatMap((a) => a.parts)].flatMap((p) =>
      p.fields.map((f) => `${p.section}.${f}`),
    );
    const fields = WRITTEN_SECTION_IDS.flatMap((s) => Object.keys(PLAN_STRUCTURE[s]).map((f) => `${s}.${f}`));
    expect([...places].sort()).toEqual([...fields].sort());
  });

  it('start with the four chapters the exam description names, in its order', () => {
    expect(EXAM_CHAPTERS.slice(0, 4).map((c) => [c.title, c.source])).toEqual([
      ['Managementsamenvatting', 'exam'],
      ['Eigen organisatie', 'exam'],
      ['Accountteam', 'exam'],
      ['Markt en account', 'exam'],
    ]);
    expect(EXAM_CHAPTERS.slice(4).every((c) => c.source === 'usual')).toBe(true);
  });

  it('put the DMU, the matrix and the task split in the appendices', () => {
    const inAppendix = EXAM_APPENDICES.flatMap((a) => a.parts.flatMap((p) => p.fields.map((f) => `${p.section}.${f}`)));
    expect(inAppendix).toEqual(expect.arrayContaining(['discover.dmu', 'klantplan.matrix', 'align.raci', 'discover.sources']));
  });
});

describe.each<[string, () => Plan, 'hide' | 'show']>([
  ['the example plan', examplePlan, 'hide'],
  ['a plan with every field filled', () => filledPlan(), 'hide'],
  ['an empty plan with empty fields shown', emptyPlan, 'show'],
])('the exam-ordered PDF of %s', (_name, makePlan, emptyFields) => {
  const plan = makePlan();
  const result = render(plan, { order: 'exam', emptyFields, ...pdfOpenPoints(plan) });
  const read = readPdf(result.bytes);

  it('lists the ten chapters and the appendices in its contents, each on the page the contents say', async () => {
    const { pages } = await read;
    expect(pages[1]).toMatch(/^Inhoud/);
    const entries = [
      ...EXAM_CHAPTERS.map((c, i) => ({ toc: `${i + 1} ${c.title}`, heading: `Hoofdstuk ${i + 1}\n${c.title}` })),
      ...EXAM_APPENDICES.map((a) => ({ toc: appendixTitle(a), heading: appendixTitle(a) })),
    ];
    for (const entry of entries) {
      const match = new RegExp(`^${entry.toc.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} (\\d+)$`, 'm').exec(pages[1]!);
      expect(match, entry.toc).not.toBeNull();
      expect(pages[Number(match![1]) - 1], entry.toc).toContain(entry.heading);
    }
  });

  it('starts with the management summary, then the own organisation', async () => {
    const { pages } = await read;
    expect(pages[2]).toMatch(/^Hoofdstuk 1\nManagementsamenvatting\n/);
    const next = pages.findIndex((p) => p.startsWith('Hoofdstuk 2\n'));
    expect(pages[next]).toMatch(/^Hoofdstuk 2\nEigen organisatie\n/);
  });

  it('holds every word the reader typed, in the order of the chapters', async () => {
    expect(firstMissingInOrder((await read).text, examTypedTexts(plan))).toBeNull();
  });

  it('prints no open points: it is the copy to hand in', async () => {
    expect((await read).text).not.toContain('Open punten');
    expect((await read).text).not.toContain('Zelf nagaan');
  });

  it('counts the pages of the chapters and of the appendices', async () => {
    const { pages } = await read;
    const first = pages.findIndex((p) => p.startsWith('Hoofdstuk 1\n'));
    const appendix = pages.findIndex((p) => p.startsWith('Bijlagen\n'));
    expect(result.examPages).toEqual({ body: appendix - first, appendices: pages.length - appendix });
  });

  it('keeps all text inside the margins and clear of the footer', async () => {
    expect(misplaced(await textBoxes(result.bytes))).toEqual([]);
  });
});

describe('the exam-ordered PDF of the example plan', async () => {
  const result = render(examplePlan(), { order: 'exam' });
  const { pages, text, outline } = await readPdf(result.bytes);

  it('fits the exam: 10 to 25 pages of chapters, at most 5 of appendices', () => {
    expect(result.examPages!.body).toBeGreaterThanOrEqual(10);
    expect(result.examPages!.body).toBeLessThanOrEqual(25);
    expect(result.examPages!.appendices).toBeLessThanOrEqual(5);
  });

  it('holds every value of the plan, whole (a text that runs over a page break read without the footer)', () => {
    const body = squash(pages.map((p) => p.replace(/\n[^\n]*pagina \d+ van \d+$/, '')).join('\n'));
    const missing = typedValues(examplePlan()).filter((v) => !body.includes(squash(v.text)));
    expect(missing).toEqual([]);
  });

  it('prints the financial chapter with the cost of every line, the years with their gross margin and the chart', () => {
    const finance = squash(
      pages
        .slice(
          pages.findIndex((p) => p.startsWith('Hoofdstuk 9\n')),
          pages.findIndex((p) => p.startsWith('Hoofdstuk 10\n')),
        )
        .join('\n'),
    );
    const t = budgetTotals(examplePlan());
    expect(finance).toContain(squash(`Totaal ${t.hours} uur ${formatEuro(t.otherCost)} ${formatEuro(t.cost)}`));
    expect(finance).toContain(squash(`2026 € 355.000 28,5% ${fig('lastGrossMargin')} gerealiseerd`));
    expect(finance).toContain(squash(`2027 ${fig('bridgeTarget')} 28,5% ${fig('planGrossMargin')} plan`));
    expect(finance).toContain(squash(`Totaal ${fig('quartersRevenue')} ${fig('planGrossMargin')}`));
    // The chart: its axis, the years and the legend.
    expect(finance).toContain(squash('€ 0 € 200k € 400k'));
    expect(finance).toContain(squash('Omzet Omzet (plan) Brutomarge'));
  });

  it('bookmarks every chapter and appendix', () => {
    expect(outline).toEqual([...EXAM_CHAPTERS.map((c, i) => `${i + 1}. ${c.title}`), ...EXAM_APPENDICES.map(appendixTitle)]);
  });

  it('names every field it prints under its label', () => {
    for (const label of [
      'Organisatie of business unit',
      'Hoe de klant inkoopt',
      'Classificatie van het account',
      'Waardepropositie',
      'Strategieën voor dit account',
      'Wat het plan oplevert',
    ]) {
      expect(text).toContain(label);
    }
    expect(sectionFields('develop').find((f) => f.key === 'strategies')!.info.label).toBe('Strategieën voor dit account');
  });
});
