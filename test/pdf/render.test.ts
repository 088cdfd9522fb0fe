import { describe, expect, it } from 'vitest';
import { revenueBridge } from '../../src/plan/finance/bridge';
import { bridgeText } from '../../src/plan/finance/bridge-table';
import { fig } from '../../src/plan/example/example-facts';
import { budgetTotals } from '../../src/plan/finance/totals';
import { formatEuro, formatPercent } from '../../src/plan/values/format';
import { pdfOpenPoints, SELF_CHECKS } from '../../src/plan/checks';
import { planCompleteness } from '../../src/plan/checks/completeness';
import { examplePlan } from '../../src/plan/example/example-plan';
import type { Plan } from '../../src/plan/model/schema';
import { stepOfTotal } from '../../src/plan/messages';
import { STEPS, type StepId } from '../../src/plan/model/steps';
import { emptyPlan, filledPlan, firstMissingInOrder, misplaced, readPdf, render, squash, textBoxes, typedTexts } from './fixtures';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The heading over a step's chapter, as the PDF prints it: "Stap 6 van 9". */
const chapterOf = (id: StepId) => stepOfTotal(STEPS.find((s) => s.id === id)!.number, STEPS.length);

describe('the rich test plan', () => {
  it('fills every field of the cover and of every step', () => {
    const c = planCompleteness(filledPlan());
    expect(c.filled).toBe(c.total);
  });
});

describe.each<[string, () => Plan, 'hide' | 'show']>([
  ['an empty plan', emptyPlan, 'hide'],
  ['an empty plan with empty fields shown', emptyPlan, 'show'],
  ['a plan with every field filled', () => filledPlan(), 'hide'],
  ['the example plan', examplePlan, 'hide'],
])('the PDF of %s', (_name, makePlan, emptyFields) => {
  const plan = makePlan();
  const result = render(plan, { emptyFields, ...pdfOpenPoints(plan) });
  const read = readPdf(result.bytes);
  const title = plan.cover.title.trim() || 'Accountplan';

  it('holds every word the reader typed, in order', async () => {
    expect(firstMissingInOrder((await read).text, typedTexts(plan))).toBeNull();
    expect(result.replacedCharacters).toBe(0);
  });

  it('starts with a cover that names the plan, its account, author, organisation, period and date', async () => {
    const cover = squash((await read).pages[0]!);
    for (const text of [title, plan.cover.account, plan.cover.author, plan.cover.organisation, '12 maart 2027']) expect(cover).toContain(squash(text));
    if (plan.cover.periodFrom) expect(cover).toContain(squash('1 januari 2027 – 31 december 2027'));
  });

  it('has a table of contents whose page numbers lead to each chapter', async () => {
    const { pages } = await read;
    expect(pages[1]).toMatch(/^Inhoud/);
    const chapters = [
      ...STEPS.map((s) => ({ toc: `${s.number} ${s.name} ${s.title}`, heading: `Stap ${s.number} van ${STEPS.length}\n${s.name}` })),
      { toc: 'Open punten', heading: 'Open punten' },
    ];
    for (const chapter of chapters) {
      const match = new RegExp(`${escape(chapter.toc)} (\\d+)`).exec(pages[1]!);
      expect(match, chapter.toc).not.toBeNull();
      expect(pages[Number(match![1]) - 1], chapter.toc).toContain(chapter.heading);
    }
    if (plan.cover.summary || emptyFields === 'show') expect(pages[1]).toMatch(/^Managementsamenvatting \d+$/m);
  });

  it('puts the management summary before the steps, or leaves it out when it is empty and empty fields are hidden', async () => {
    const { text } = await read;
    const at = text.indexOf('Managementsamenvatting\n');
    if (plan.cover.summary || emptyFields === 'show') {
      expect(at).toBeGreaterThanOrEqual(0);
      expect(at).toBeLessThan(text.indexOf(stepOfTotal(1, STEPS.length)));
    } else expect(at).toBe(-1);
  });

  it('numbers every page after the cover as "pagina X van Y" next to the title', async () => {
    const { pages } = await read;
    expect(result.pageCount).toBe(pages.length);
    expect(pages[0]).not.toContain('pagina 1');
    pages.slice(1).forEach((page, i) => {
      expect(page).toContain(`pagina ${i + 2} van ${pages.length}`);
      expect(page).toContain(title);
    });
  });

  it('keeps all text inside the margins and clear of the footer', async () => {
    expect(misplaced(await textBoxes(result.bytes))).toEqual([]);
  });

  it('sets title, author, subject, creator and language', async () => {
    const { info, outline } = await read;
    expect(info).toMatchObject({ Title: title, Creator: 'Accountplan in 9 stappen', Language: 'nl' });
    expect(info['Subject']).toMatch(/^Accountplan/);
    if (plan.cover.author) expect(info['Author']).toBe(plan.cover.author);
    expect(outline).toEqual(expect.arrayContaining(['1. Envision', '9. Actie!', 'Open punten']));
  });

  it('is small and compressed', () => {
    expect(result.bytes.byteLength).toBeLessThan(150 * 1024);
    expect(new TextDecoder('latin1').decode(result.bytes)).toContain('/FlateDecode');
  });
});

describe('empty fields', () => {
  it('are left out, with a note on a step that is still empty', async () => {
    const { text } = await readPdf(render(emptyPlan(), { emptyFields: 'hide' }).bytes);
    expect(text).not.toMatch(/(?<!stap is )nog niet ingevuld/);
    expect(text).not.toContain('Ambitie voor het account');
    expect(text.match(/Deze stap is nog niet ingevuld\./g)).toHaveLength(STEPS.length);
  });

  it('are shown as "nog niet ingevuld" under their label when the reader asks', async () => {
    const { text } = await readPdf(render(emptyPlan(), { emptyFields: 'show' }).bytes);
    expect(text).toContain('Ambitie voor het account\nnog niet ingevuld');
    expect(text).toContain('Benodigde tijd');
    expect(text).not.toContain('Deze stap is nog niet ingevuld');
  });
});

describe('the open points', () => {
  type Points = Array<{ message: string; step: StepId | null }>;
  it.each<[string, Points | undefined, RegExp | null]>([
    [
      'are a chapter per step when checks fail',
      [
        { message: 'Er zijn nog geen SMART-doelen.', step: 'develop' },
        { message: 'Het actieplan is nog leeg.', step: 'actie' },
      ],
      /Open punten[\s\S]*Stap 6 · Develop\n• Er zijn nog geen SMART-doelen\.\nStap 9 · Actie!\n• Het actieplan is nog leeg\./,
    ],
    ['say so when every check passes', [], /Alle controles die het werkboek kan doen, zijn in orde\./],
    ['list a point without a step under "Algemeen"', [{ message: 'Iets algemeens.', step: null }], /Algemeen\n• Iets algemeens\./],
    [
      'print a point that two checks report only once',
      [
        { message: 'Dubbel.', step: 'develop' },
        { message: 'Dubbel.', step: 'develop' },
      ],
      /Dit punt is/,
    ],
    ['are left out when the workbook gives none', undefined, null],
  ])('%s', async (_name, points, pattern) => {
    const { text, pages } = await readPdf(render(emptyPlan(), points ? { openPoints: points } : {}).bytes);
    if (pattern) expect(text).toMatch(pattern);
    else expect(pages[1]).not.toContain('Open punten');
    if (points?.length === 2 && points[0]!.message === 'Dubbel.') expect(text.match(/Dubbel\./g)).toHaveLength(1);
  });

  it('never say the checks pass while one fails, and list every self-check per step', async () => {
    const plan = examplePlan();
    plan.klantplan.keyQuestions = plan.klantplan.keyQuestions.slice(0, 2);
    const { text } = await readPdf(render(plan, pdfOpenPoints(plan)).bytes);
    const chapter = squash(text.slice(text.lastIndexOf('Controles uit het werkboek')));
    expect(chapter).not.toContain(squash('zijn in orde'));
    expect(chapter).toContain(squash('Stap 4 · Wat zou de klant moeten plannen?'));
    expect(chapter).toContain(squash('Formuleer drie tot vijf kernvragen; nu twee.'));
    expect(chapter).toContain(squash('Zelf nagaan'));
    for (const self of SELF_CHECKS) expect(chapter).toContain(squash(self.text));
  });
});

describe('values of the example plan', async () => {
  const { text, pages } = await readPdf(render(examplePlan()).bytes);
  /** The text of the chapter that starts with `heading`, over all its pages. */
  const page = (heading: string) => {
    const start = pages.findIndex((p) => p.startsWith(heading));
    const next = [...STEPS.map((s) => chapterOf(s.id)), 'Controles uit het werkboek', 'Bijlage'];
    const end = pages.findIndex((p, i) => i > start && next.some((h) => p.startsWith(`${h}\n`)));
    return pages.slice(start, end < 0 ? undefined : end).join('\n');
  };

  it.each([
    ['amounts in Dutch notation', '€ 312.000'],
    ['percentages with a percent sign', '27,5%'],
    ['dates written out', '15 december 2026'],
    ['years without a thousands separator', '2024'],
    ['scores out of five', '4 van 5'],
    ['review dates derived from the rhythm', 'Evaluatiemomenten 1 april 2027, 1 juli 2027, 1 oktober 2027'],
  ])('shows %s', (_name, snippet) => {
    expect(squash(text)).toContain(squash(snippet));
  });

  it('adds the totals under the budget and the opportunities', () => {
    const develop = squash(page(chapterOf('develop')));
    const t = budgetTotals(examplePlan());
    // Each line's cost is hours × rate + other costs: € 4.500 for the pilot (20 uur × € 75 + € 3.000).
    expect(develop).toContain(squash('20 uur € 75 € 3.000 € 4.500'));
    expect(develop).toContain(squash(`Totaal ${t.hours} uur ${formatEuro(t.otherCost)} ${formatEuro(t.cost)}`));
    // What the budget yields is the bridge's sentence (new business of the opportunities it serves), then the balance.
    // A negative amount with a real minus, kept whole at a line end.
    const yields = bridgeText(revenueBridge(examplePlan()))!.budget!.join('').replace(/€ -/g, '€ −');
    expect(develop).toContain(squash(`Waarvan uren: ${formatEuro(t.hoursCost)}. ${yields} Het saldo is ${formatPercent(t.returnOnCost)} van de kosten.`));
    expect(develop).toContain(squash(`Totaal ${fig('pipelineTotal')}`));
    expect(develop).toContain(squash(`Gewogen met de waarschijnlijkheid ${fig('pipelineWeighted')}`));
  });

  it.each([
    ['an action', chapterOf('actie'), 'Presenteer het voorstel voor de duurzame lijn aan Marco Huisman Duurzame productlijn op alle locaties'],
    ['a relationship', chapterOf('inspire'), 'Ingrid Bos 2 van 5 3 van 5'],
    ['a KPI measurement', chapterOf('adapt'), 'Aandeel duurzame producten in de bestellingen van Lindenhof bij Kroonstad 1 april 2027 19%'],
    ['an objective', chapterOf('develop'), 'Hoe kunnen we met de centrale facilitaire dienst de duurzaamheidsdoelen sneller halen?'],
    ['a key question', chapterOf('klantplan'), 'sneller halen? S2 × K1 (++)'],
    ['a key question from a -- cell', chapterOf('klantplan'), 'alle locaties invoeren? Z1 × B1 (−−)'],
  ])('names the row %s refers to by its label', (_name, heading, snippet) => {
    expect(squash(page(heading))).toContain(squash(snippet));
  });

  it('prints the SWOT with codes and scores the matrix by code', () => {
    const step4 = squash(page(chapterOf('klantplan')));
    expect(step4).toContain(squash('S1 Goede naam in de regio als zorgaanbieder'));
    expect(step4).toContain(squash('B3 Druk op kosten'));
    expect(step4).toContain(squash('Sterkte of zwakte K1 K2 B1 B2 B3'));
  });

  it('shows the task split as a RACI chart of goals and team members', () => {
    expect(squash(page(chapterOf('align')))).toContain(
      squash('Doel Sanne de Wit Karin Vos Leila Yilmaz Ruud Jansen Vaste hygiënepartner van alle locaties worden R A R'),
    );
  });

  it('lists the sources as an appendix', () => {
    const appendix = pages.at(-1)!;
    expect(appendix).toMatch(/^Bijlage\nBronnen/);
    expect(squash(appendix)).toContain(squash('1. Jaarverslag Zorggroep Lindenhof 2025 28 oktober 2026'));
  });
});
