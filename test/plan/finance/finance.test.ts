import { describe, expect, it } from 'vitest';
import { cellValue, printColumns } from '../../../src/plan/model/derived-columns';
import { sectionFields } from '../../../src/plan/model/field-entries';
import { CHART, financeChart, niceStep } from '../../../src/plan/finance/finance-chart';
import { createPlan } from '../../../src/plan/model/plan';
import type { Plan } from '../../../src/plan/model/schema';
import { budgetTotals, financeYears, grossMargin, lineCost, planYear, quarterTotals, type FinanceYear } from '../../../src/plan/finance/totals';

const line = (hours: number | null, rate: number | null, otherCost: number | null) => ({ hours, rate, otherCost });

describe('the cost of a budget line', () => {
  it.each([
    ['hours at a rate plus other costs', line(20, 75, 3000), 4500],
    ['hours at a rate alone', line(48, 50, null), 2400],
    ['other costs alone', line(null, null, 900), 900],
    ['hours without a rate: the other costs only (the checks ask for the rate)', line(10, null, 2750), 2750],
    ['fractional hours and cents, in whole cents', line(1.5, 33.33, 0.1), 50.1],
    ['nothing at all', line(null, null, null), null],
    ['a rate without hours', line(null, 75, null), null],
  ])('is %s', (_name, row, cost) => {
    expect(lineCost(row)).toBe(cost);
  });
});

describe('the budget totals', () => {
  const plan = (rows: Array<Partial<Plan['develop']['budget'][number]>>) => {
    const p = createPlan();
    p.develop.budget = rows.map((r, i) => ({ id: `b${i}`, item: '', opportunity: '', noOpportunity: '', hours: null, rate: null, otherCost: null, ...r }));
    return p;
  };

  it('add hours, what they cost, other costs and the total cost; without a margin they yield nothing yet', () => {
    const t = budgetTotals(
      plan([
        { hours: 20, rate: 75, otherCost: 3000 },
        { hours: 8, rate: 75, otherCost: 900 },
      ]),
    );
    expect(t).toEqual({ hours: 28, hoursCost: 2100, otherCost: 3900, cost: 6000, extraRevenue: 0, returns: null, balance: null, returnOnCost: null });
  });

  it('count what the budget yields on the new business of the opportunities it serves (bridge.ts)', () => {
    const p = plan([
      { hours: 20, rate: 75, otherCost: 3000, opportunity: 'o1' },
      { otherCost: 1000, noOpportunity: 'relatie' },
    ]);
    p.schedule.validFrom = '2027-01-01';
    p.develop.planYears = [{ id: 'y', year: 2027, revenue: 100000, margin: 25 }];
    // Ordered in 2026: all twelve months of 2027, at 50%: 24.000 × 50% = 12.000 new revenue; 25% of it is 3.000.
    p.develop.opportunities = [
      { id: 'o1', opportunity: 'Kans', value: 24000, replaces: null, probability: 50, expected: '2026-12-01', status: 'voorstel', crm: 'K1' },
    ];
    expect(budgetTotals(p)).toEqual({
      hours: 20,
      hoursCost: 1500,
      otherCost: 4000,
      cost: 5500,
      extraRevenue: 12000,
      returns: 3000,
      balance: -2500,
      returnOnCost: -45.5,
    });
  });

  it('give no return on cost without costs, and never show binary noise', () => {
    expect(budgetTotals(plan([])).returnOnCost).toBeNull();
    expect(budgetTotals(plan([{ otherCost: 0.1 }, { otherCost: 0.2 }])).cost).toBe(0.3);
  });
});

describe('the years of the financial chapter', () => {
  const plan = createPlan();
  plan.envision.history = [
    { id: 'h1', year: 2025, revenue: 100000, margin: 30, share: null, shareEstimate: false, forecast: false },
    { id: 'h2', year: 2026, revenue: 110000, margin: null, share: null, shareEstimate: false, forecast: true },
  ];
  plan.develop.planYears = [
    { id: 'p2', year: 2028, revenue: 140000, margin: 31 },
    { id: 'p1', year: 2027, revenue: 125000, margin: 30.5 },
    { id: 'px', year: 2026, revenue: 999, margin: 1 },
    { id: 'py', year: null, revenue: 5, margin: 5 },
  ];

  it('are the history and the plan years by year, a year in both counted as realised, a row without year left out', () => {
    expect(financeYears(plan).map((y) => [y.year, y.kind, y.revenue, y.grossMargin])).toEqual([
      [2025, 'realised', 100000, 30000],
      [2026, 'realised', 110000, null],
      [2027, 'plan', 125000, 38125],
      [2028, 'plan', 140000, 43400],
    ]);
  });

  it('take the plan year from the validity of step 2, else the cover, else the first plan year', () => {
    const p = createPlan();
    expect(planYear(p)).toBeNull();
    p.develop.planYears = [
      { id: 'a', year: 2029, revenue: null, margin: null },
      { id: 'b', year: 2028, revenue: null, margin: null },
    ];
    expect(planYear(p)).toBe(2028);
    p.cover.periodFrom = '2027-03-01';
    expect(planYear(p)).toBe(2027);
    p.schedule.validFrom = '2026-07-01';
    expect(planYear(p)).toBe(2026);
  });

  it('add up the quarters and set them against the revenue planned for the plan year', () => {
    const p = createPlan();
    p.schedule.validFrom = '2027-01-01';
    p.develop.planYears = [{ id: 'a', year: 2027, revenue: 400, margin: 25 }];
    p.develop.quarters = [
      { id: 'q1', quarter: 'Q1', revenue: 90, margin: 25 },
      { id: 'q2', quarter: 'Q2', revenue: 110.5, margin: 20 },
      { id: 'q3', quarter: 'Q3', revenue: null, margin: 25 },
    ];
    expect(quarterTotals(p)).toEqual({
      rows: [
        { quarter: 'Q1', revenue: 90, margin: 25, grossMargin: 22.5 },
        { quarter: 'Q2', revenue: 110.5, margin: 20, grossMargin: 22.1 },
        { quarter: 'Q3', revenue: null, margin: 25, grossMargin: null },
      ],
      revenue: 200.5,
      grossMargin: 44.6,
      year: 2027,
      target: 400,
    });
    expect(grossMargin(null, 25)).toBeNull();
  });
});

describe('the computed columns', () => {
  const entry = (section: 'develop' | 'envision', key: string) => sectionFields(section).find((f) => f.key === key)!;

  it("put a budget line's cost after its other costs, and a year's gross margin after its margin", () => {
    expect(printColumns(entry('develop', 'budget')).map((c) => c.key)).toEqual(['item', 'opportunity', 'noOpportunity', 'hours', 'rate', 'otherCost', 'cost']);
    expect(printColumns(entry('develop', 'quarters')).map((c) => c.key)).toEqual(['quarter', 'revenue', 'margin', 'grossMargin']);
    expect(printColumns(entry('envision', 'history')).map((c) => c.key)).toEqual([
      'year',
      'revenue',
      'margin',
      'grossMargin',
      'share',
      'shareEstimate',
      'forecast',
    ]);
  });

  it('compute their value from the row, and read stored columns as stored', () => {
    const [, , , hours, , , cost] = printColumns(entry('develop', 'budget'));
    const row = { id: 'x', hours: 4, rate: 50, otherCost: 10 };
    expect(cellValue(cost!, row)).toBe(210);
    expect(cellValue(hours!, row)).toBe(4);
  });
});

describe('the chart of the financial chapter', () => {
  const year = (y: number, revenue: number | null, margin: number | null, kind: FinanceYear['kind']): FinanceYear => ({
    year: y,
    revenue,
    margin,
    grossMargin: grossMargin(revenue, margin),
    kind,
  });
  const years = [year(2025, 300000, 30, 'realised'), year(2026, 360000, 25, 'realised'), year(2027, 410000, 28.5, 'plan')];
  const chart = financeChart(years)!;

  it.each([
    [0, 1],
    [7, 2],
    [410000, 200000],
    [90000, 50000],
    [1234, 500],
  ])('takes a round step for the axis: %d → %d', (max, step) => {
    expect(niceStep(max)).toBe(step);
  });

  it('is nothing without a year with revenue', () => {
    expect(financeChart([])).toBeNull();
    expect(financeChart([year(2027, null, 30, 'plan')])).toBeNull();
  });

  it('draws per year a revenue bar and a gross margin bar, heights in proportion, plan years outlined', () => {
    const bars = chart.rects.filter((r) => r.height > 3);
    expect(bars).toHaveLength(6);
    const [rev25, margin25, , , rev27] = bars;
    expect(rev27!.tone).toBe('plan');
    expect(rev27!.outlined).toBe(true);
    expect(rev25!.tone).toBe('realised');
    expect(margin25!.tone).toBe('margin');
    expect(rev27!.height / rev25!.height).toBeCloseTo(410000 / 300000, 5);
    expect(margin25!.height / rev25!.height).toBeCloseTo(0.3, 5);
    // Every shape inside the box.
    for (const r of chart.rects) expect(r.x >= 0 && r.y >= 0 && r.x + r.width <= CHART.width && r.y + r.height <= CHART.height).toBe(true);
  });

  it('labels its axis in round euros, its years, and plan years as plan; and says it all in one sentence', () => {
    const texts = chart.texts.map((t) => t.text);
    expect(texts).toEqual(expect.arrayContaining(['€ 0', '€ 200k', '€ 400k', '€ 600k', '2025', '2026', '2027', 'plan', 'Omzet', 'Omzet (plan)', 'Brutomarge']));
    expect(chart.description).toBe(
      'Omzet en brutomarge per jaar. 2025: omzet € 300.000, brutomarge € 90.000; 2026: omzet € 360.000, brutomarge € 90.000; 2027 (plan): omzet € 410.000, brutomarge € 116.850.',
    );
  });
});
