import { describe, expect, it } from 'vitest';
import { buildDocument, type DocumentOptions } from '../../src/document/build';
import type { Block, Figure, PlanDocument } from '../../src/document/types';
import { revenueBridge } from '../../src/plan/finance/bridge';
import { bridgeText } from '../../src/plan/finance/bridge-table';
import { examplePlan } from '../../src/plan/example/example-plan';
import type { Plan } from '../../src/plan/model/schema';
import { pictureTexts } from '../../src/plan/pictures/picture';
import { emptyPlan, filledPlan, TODAY } from '../pdf/fixtures';

/**
 * The figures of the documents (issue 25, step 6's revenue bridge): where each stands, what it
 * holds, and that the written plan's documents never print the presentation's words.
 */
const build = (plan: Plan, options: Partial<DocumentOptions> = {}) => buildDocument(plan, { emptyFields: 'hide', today: TODAY, ...options });

/** Every block with the titles of the blocks it is under. */
function walk(blocks: readonly Block[], under: string[] = []): Array<{ block: Block; under: string[] }> {
  return blocks.flatMap((block) => [{ block, under }, ...(block.kind === 'titled' ? walk(block.body, [...under, block.title]) : [])]);
}
const everything = (document: PlanDocument) => document.chapters.flatMap((c) => walk(c.body, [c.outline]));
const figures = (document: PlanDocument) =>
  everything(document).flatMap(({ block, under }) => (block.kind === 'figure' ? [{ figure: block.figure, under }] : []));
const figureOf = <K extends Figure['figure']>(document: PlanDocument, kind: K) =>
  figures(document).find((f) => f.figure.figure === kind) as { figure: Extract<Figure, { figure: K }>; under: string[] } | undefined;
const texts = (figure: Figure) =>
  (figure.figure === 'financeYears' ? figure.shapes.texts.map((t) => t.text) : pictureTexts(figure.shapes).map((t) => t.text)).join(' ');
const squash = (text: string) => text.replace(/\s+/g, '');

describe('the figures of the documents', () => {
  const plan = examplePlan();

  it('stand in the steps where the worksheets show them: the map in step 3, the build-up in step 6, the timeline in step 9', () => {
    const document = build(plan);
    expect(figures(document).map((f) => [f.figure.figure, f.under[0]])).toEqual([
      ['relationshipMap', '3. Discover'],
      ['financeYears', '6. Develop'],
      ['revenueBridge', '6. Develop'],
      ['timeline', '9. Actie!'],
    ]);
  });

  it('stand in the exam order with the parts they belong to: the timeline under the action plan, the build-up with the finances, the map in the DMU appendix', () => {
    const document = build(plan, { order: 'exam' });
    expect(figures(document).map((f) => [f.figure.figure, f.under[0]])).toEqual([
      ['timeline', '8. Actieplan'],
      ['financeYears', '9. Budget en financiën'],
      ['revenueBridge', '9. Budget en financiën'],
      ['relationshipMap', 'Bijlage A · DMU'],
    ]);
  });

  it.each(['steps', 'exam'] as const)('put the map under the DMU and the timeline under the actions, each under a heading of its own (%s)', (order) => {
    const document = build(plan, { order });
    expect(figureOf(document, 'relationshipMap')!.under.slice(1)).toEqual(['DMU: wie beslist mee', 'Relatiekaart']);
    expect(figureOf(document, 'timeline')!.under.slice(1)).toEqual(['Actieplan', 'Tijdlijn']);
    // The build-up follows the growth of the existing revenue and why, as on the worksheet.
    const blocks = everything(document).map((b) => b.block);
    const growth = blocks.findIndex((b) => b.kind === 'titled' && b.fields?.includes('develop.baseGrowthNote'));
    const bridge = blocks.findIndex((b) => b.kind === 'titled' && b.title === 'Opbouw van het omzetdoel');
    expect(growth).toBeGreaterThan(0);
    expect(bridge).toBeGreaterThan(growth);
  });

  it('show every DMU member and every action and milestone in the pictures, and say everything in their text for screen readers', () => {
    const document = build(plan);
    const map = figureOf(document, 'relationshipMap')!.figure;
    const line = figureOf(document, 'timeline')!.figure;
    for (const person of plan.discover.dmu) {
      expect(squash(texts(map))).toContain(squash(person.name));
      expect(map.description).toContain(person.name);
    }
    for (const action of plan.actie.actions) {
      expect(squash(texts(line))).toContain(squash(action.action));
      expect(line.description).toContain(action.action);
    }
    for (const milestone of plan.schedule.milestones) expect(squash(texts(line))).toContain(squash(milestone.milestone));
    expect(map.title).toMatch(/^Relatiekaart/);
    expect(line.title).toMatch(/^Tijdlijn/);
  });

  it('list the actions without a date under the timeline, never drop them', () => {
    const undated = examplePlan();
    undated.actie.actions[0] = { ...undated.actie.actions[0]!, start: '', due: '' };
    const line = figureOf(build(undated), 'timeline')!.figure;
    const shown = pictureTexts(line.shapes);
    expect(shown.some((t) => t.role === 'undated-title')).toBe(true);
    expect(
      squash(
        shown
          .filter((t) => t.role === 'undated')
          .map((t) => t.text)
          .join(' '),
      ),
    ).toContain(squash(undated.actie.actions[0]!.action));
  });

  it('show the build-up of the revenue target as its table, the verdict, what the largest opportunity is worth, and the waterfall', () => {
    const text = bridgeText(revenueBridge(plan))!;
    const document = build(plan, { order: 'exam' });
    const titled = everything(document).find(({ block }) => block.kind === 'titled' && block.title === 'Opbouw van het omzetdoel')!.block as Extract<
      Block,
      { kind: 'titled' }
    >;
    const [table, ...rest] = titled.body;
    // Amounts kept together: a no-break space after "€", a real minus sign.
    const plain = (t: string) => t.replace(/\u00a0/g, ' ').replace(/−/g, '-');
    expect(table?.kind === 'table' && table.rows.map((r) => [r[0]!.text, plain(r[2]!.text)])).toEqual(text.rows.map((r) => [r.label, r.amount]));
    const paragraphs = rest.flatMap((b) => (b.kind === 'paragraph' ? [plain(b.text)] : []));
    for (const b of rest) if (b.kind === 'paragraph') expect(b.text).not.toMatch(/€ |€\u00a0-/);
    expect(paragraphs).toEqual([text.verdict, text.sensitivity!.join('')]);
    const bridge = figureOf(document, 'revenueBridge')!.figure;
    for (const row of text.rows.filter((r) => r.kind !== 'gap')) expect(texts(bridge)).toContain(row.amount);
    expect(bridge.description).toMatch(/^Opbouw van het omzetdoel 2027, als watervalgrafiek/);
    // What the budget yields is said once, under the budget, not again here.
    expect(paragraphs.join(' ')).not.toContain(text.budget![0]);
  });

  it('leave the figures out where there is nothing to draw, and out of the blank form', () => {
    for (const document of [build(emptyPlan()), build(emptyPlan(), { order: 'exam', emptyFields: 'show' }), build(filledPlan(), { form: true })])
      expect(figures(document)).toEqual([]);
    // A DMU without anyone in it and no actions: no map, no timeline; the build-up still shows.
    const plan = examplePlan();
    plan.discover.dmu = [
      { ...plan.discover.dmu[0]!, name: '', position: '', role: '', influence: '', attitude: '', lastContact: '', owner: '', reportsTo: '' },
    ];
    plan.actie.actions = [];
    expect(figures(build(plan)).map((f) => f.figure.figure)).toEqual(['financeYears', 'revenueBridge']);
  });

  it('show the build-up in the order of the steps even when its own group has nothing typed', () => {
    const plan = examplePlan();
    plan.develop.baseGrowth = null;
    plan.develop.baseGrowthNote = '';
    plan.develop.financeNote = '';
    expect(figures(build(plan)).map((f) => f.figure.figure)).toContain('revenueBridge');
  });
});

describe('a gross margin in the documents', () => {
  /** A plan year of € 365.083 at 15%: € 54.762,45 exactly. */
  const plan = examplePlan();
  plan.develop.planYears[0] = { ...plan.develop.planYears[0]!, revenue: 365_083, margin: 15 };
  const cells = (document: PlanDocument) =>
    everything(document).flatMap(({ block }) => (block.kind === 'table' ? [...block.rows, ...(block.totals ?? [])].flat().map((c) => c.text) : []));

  it('is shown as its revenue is: whole euros beside whole euros, in the table, the chart and its description', () => {
    const document = build(plan, { order: 'exam' });
    expect(cells(document)).toContain('€\u00a054.762');
    expect(JSON.stringify(document)).not.toMatch(/54\.762,45/);
    const years = figureOf(document, 'financeYears')!.figure;
    expect(years.data.years.find((y) => y.revenue === 365_083)!.grossMargin).toBe(54_762);
    expect(years.description).toContain('€ 54.762');
  });

  it('keeps its cents where the revenue has them', () => {
    const cents = examplePlan();
    cents.develop.planYears[0] = { ...cents.develop.planYears[0]!, revenue: 110.5, margin: 20 };
    expect(cells(build(cents))).toContain('€\u00a022,10');
  });

  it('adds up in the quarters as the rows show it: whole euros, the total the sum of the rows', () => {
    const quarters = examplePlan();
    quarters.develop.quarters = quarters.develop.quarters.map((q) => ({ ...q, revenue: 100_001, margin: 15 }));
    const shown = cells(build(quarters));
    // Each quarter € 15.000,15, shown as € 15.000: the total € 60.000, not € 60.001 or € 60.000,60.
    expect(shown.filter((t) => t === '€\u00a015.000')).toHaveLength(4);
    expect(shown).toContain('€\u00a060.000');
    expect(shown.filter((t) => /€\u00a0[\d.]+,\d\d/.test(t))).toEqual([]);
  });
});

describe('the weighted total of the sales opportunities', () => {
  const weighted = (plan: Plan) => {
    const table = everything(build(plan)).find(({ block }) => block.kind === 'table' && block.totals?.length === 2)!.block as Extract<Block, { kind: 'table' }>;
    return table.totals![1]!.map((c) => c.text).filter(Boolean)[1];
  };

  it('is in whole euros under whole amounts', () => {
    expect(weighted(examplePlan())).toMatch(/^€\u00a0[\d.]+$/);
  });

  it('keeps its cents under amounts with cents, as the column shows them', () => {
    const plan = examplePlan();
    plan.develop.opportunities = [{ ...plan.develop.opportunities[0]!, value: 1_000.5, probability: 35 }];
    // 1.000,50 × 35% = 350,175: € 350,18, not € 350 under € 1.000,50.
    expect(weighted(plan)).toBe('€\u00a0350,18');
  });
});
