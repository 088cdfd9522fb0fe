import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BRIDGE_TOLERANCE, budgetPayback, contributionIn, monthsInYear, revenueBridge } from '../../../src/plan/finance/bridge';
import { BRIDGE_CHART, bridgeChart } from '../../../src/plan/finance/bridge-chart';
import { bridgeText, signedEuro } from '../../../src/plan/finance/bridge-table';
import { createPlan } from '../../../src/plan/model/plan';
import type { Plan } from '../../../src/plan/model/schema';

type Opportunity = Plan['develop']['opportunities'][number];
const op = (id: string, value: number | null, probability: number | null, expected: string, extra: Partial<Opportunity> = {}): Opportunity => ({
  id,
  opportunity: `Kans ${id}`,
  value,
  replaces: null,
  probability,
  expected,
  status: 'voorstel',
  crm: id,
  ...extra,
});

/**
 * A plan worked out by hand. Last year (2026, a forecast) € 250.000 at 25%; the existing revenue
 * grows 4%: + € 10.000, so € 260.000. In 2027:
 * - A: € 36.000 a year, ordered mid April: 8 months (May–December) at 50% = € 12.000;
 * - B: € 13.200 a year, ordered in December 2026: all 12 months at 100% = € 13.200;
 * - C: € 60.000 a year, ordered in February 2028: nothing in 2027;
 * - D: € 10.000 a year that replaces € 16.000 we sell now, ordered end of March: 9 months at 50% of −€ 6.000 = −€ 2.250;
 * - E: € 50.000 at 80%, but lost: nothing.
 * New business € 22.950, expected € 282.950. Target € 300.000: € 17.050 above, 6,0%.
 * The budget (€ 1.000 for A, € 2.000 for D, € 1.500 for no opportunity: € 4.500) serves A and D:
 * € 9.750 new business × 25% = € 2.437,50, rounded € 2.438; balance −€ 2.062.
 */
function handPlan(): Plan {
  const p = createPlan();
  p.schedule.validFrom = '2027-01-01';
  p.envision.history = [
    { id: 'h1', year: 2025, revenue: 200000, margin: 30, share: null, shareEstimate: false, forecast: false },
    { id: 'h2', year: 2026, revenue: 250000, margin: 25, share: null, shareEstimate: false, forecast: true },
  ];
  p.develop.baseGrowth = 4;
  p.develop.planYears = [{ id: 'y', year: 2027, revenue: 300000, margin: 25 }];
  p.develop.opportunities = [
    op('A', 36000, 50, '2027-04-15'),
    op('B', 13200, 100, '2026-12-01', { status: 'gewonnen' }),
    op('C', 60000, 25, '2028-02-01'),
    op('D', 10000, 50, '2027-03-31', { replaces: 16000 }),
    op('E', 50000, 80, '2027-01-15', { status: 'verloren' }),
  ];
  p.develop.budget = [
    { id: 'b1', item: 'Voor A', opportunity: 'A', noOpportunity: '', hours: 10, rate: 50, otherCost: 500 },
    { id: 'b2', item: 'Voor D', opportunity: 'D', noOpportunity: '', hours: null, rate: null, otherCost: 2000 },
    { id: 'b3', item: 'Relatie', opportunity: '', noOpportunity: 'Geen order', hours: null, rate: null, otherCost: 1500 },
  ];
  return p;
}

describe('the months of the plan year an order brings revenue', () => {
  it.each([
    ['an order at the end of June: July to December', '2027-06-30', 6],
    ['an order in January: February to December', '2027-01-29', 11],
    ['an order in December: nothing this year', '2027-12-15', 0],
    ['an order before the plan year: all twelve', '2026-11-01', 12],
    ['an order after the plan year: none', '2028-01-03', 0],
    ['no date: none', '', 0],
    ['a date that does not exist: none', '2027-02-30', 0],
  ])('%s', (_name, date, months) => {
    expect(monthsInYear(date, 2027)).toBe(months);
  });
});

describe('what one opportunity brings in the plan year', () => {
  const base = { replaces: null, status: 'voorstel' as const };
  it.each([
    ['at 100%, ordered before the year: its whole value', { ...base, value: 24000, probability: 100, expected: '2026-05-01' }, 24000],
    ['at 0%: nothing', { ...base, value: 24000, probability: 0, expected: '2026-05-01' }, 0],
    ['ordered after the plan year: nothing, however large', { ...base, value: 195000, probability: 35, expected: '2028-01-03' }, 0],
    ['weighted for the months after the order and its probability', { ...base, value: 40500, replaces: 18000, probability: 70, expected: '2027-06-30' }, 7875],
    ['replacing more than it brings: a loss', { ...base, value: 10000, replaces: 16000, probability: 50, expected: '2027-03-31' }, -2250],
    ['lost: nothing, whatever its probability', { ...base, value: 50000, probability: 80, expected: '2027-01-15', status: 'verloren' as const }, 0],
    ['without value or probability: nothing', { ...base, value: null, probability: null, expected: '2027-01-15' }, 0],
  ])('%s', (_name, opportunity, amount) => {
    expect(contributionIn(opportunity, 2027)).toBe(amount);
  });

  it('is never more than its value for a year, and never less than minus what it replaces', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 100 }),
        fc.date({ min: new Date('2025-01-01'), max: new Date('2029-12-31'), noInvalidDate: true }),
        (value, replaces, probability, date) => {
          const c = contributionIn({ value, replaces, probability, expected: date.toISOString().slice(0, 10), status: 'voorstel' }, 2027);
          expect(c).toBeLessThanOrEqual(value);
          expect(c).toBeGreaterThanOrEqual(-replaces);
        },
      ),
    );
  });
});

describe('the build-up of the revenue target', () => {
  const b = revenueBridge(handPlan());

  it("starts at last year's revenue and adds the growth of the existing business", () => {
    expect(b.year).toBe(2027);
    expect(b.base).toEqual({ year: 2026, revenue: 250000, forecast: true });
    expect([b.growthPercent, b.growth, b.existing]).toEqual([4, 10000, 260000]);
  });

  it('adds what each opportunity brings in the plan year', () => {
    expect(b.opportunities.map((o) => [o.id, o.months, o.contribution, o.served])).toEqual([
      ['A', 8, 12000, true],
      ['B', 12, 13200, false],
      ['C', 0, 0, false],
      ['D', 9, -2250, true],
      ['E', 11, 0, false],
    ]);
    expect([b.newBusiness, b.expected]).toEqual([22950, 282950]);
  });

  it('sets the expected revenue against the target, with the gap in euros and as a share', () => {
    expect([b.target, b.gap, b.gapPercent, b.backed, b.margin]).toEqual([300000, 17050, 6, true, 25]);
  });

  it('counts what the budget yields on the new business of the opportunities it serves only', () => {
    expect(b.budget).toEqual({ newBusiness: 9750, returns: 2438, cost: 4500, balance: -2062 });
  });

  it('says what happens when the opportunity that brings the most is lost', () => {
    // B (€ 13.200) is the largest; the budget does not serve it, so the budget's balance stays.
    expect(b.sensitivity).toMatchObject({ opportunity: { id: 'B' }, expected: 269750, gap: 30250, balance: -2062 });
    const p = handPlan();
    p.develop.opportunities[1]!.probability = 0;
    // Now A (€ 12.000, served) is the largest: without it the budget's new business is −€ 2.250, its margin −€ 562,50, rounded −€ 562.
    expect(revenueBridge(p).sensitivity).toMatchObject({ opportunity: { id: 'A' }, expected: 257750, gap: 42250, balance: -562 - 4500 });
  });

  it('is not backed when the target is more than the tolerance above the expected revenue', () => {
    const p = handPlan();
    p.develop.planYears[0]!.revenue = 320000;
    const high = revenueBridge(p);
    expect([high.gap, high.gapPercent, high.backed]).toEqual([37050, 13.1, false]);
    p.develop.planYears[0]!.revenue = Math.round(282950 * (1 + BRIDGE_TOLERANCE / 100));
    expect(revenueBridge(p).backed).toBe(true);
  });

  it('works without history, growth, target or margin, and says so', () => {
    const p = createPlan();
    p.schedule.validFrom = '2027-01-01';
    p.develop.opportunities = [op('A', 12000, 50, '2026-06-01')];
    const empty = revenueBridge(p);
    expect([empty.base, empty.growth, empty.existing, empty.expected, empty.target, empty.gap, empty.backed, empty.margin, empty.budget.returns]).toEqual([
      null,
      0,
      0,
      6000,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(revenueBridge(createPlan()).year).toBeNull();
  });

  it('earns the budget back in the year the margin of the same opportunities covers the cost', () => {
    // 2028: A all year at 50% (€ 18.000) and D (−€ 3.000): € 15.000 × 25% (the margin of last year) = € 3.750.
    expect(budgetPayback(handPlan(), 2)).toEqual([
      { year: 2027, returns: 2438, balance: -2062 },
      { year: 2028, returns: 3750, balance: 1688 },
    ]);
  });
});

describe('the build-up as a table', () => {
  const text = bridgeText(revenueBridge(handPlan()))!;

  it('lists last year, the growth, every opportunity, the expected revenue, the target and the gap, each amount written', () => {
    expect(text.rows.map((r) => [r.key, r.amount])).toEqual([
      ['base', '€ 250.000'],
      ['growth', '+ € 10.000'],
      ['A', '+ € 12.000'],
      ['B', '+ € 13.200'],
      ['C', '€ 0'],
      ['D', '− € 2.250'],
      ['E', '€ 0'],
      ['expected', '€ 282.950'],
      ['target', '€ 300.000'],
      ['gap', '+ € 17.050'],
    ]);
    expect(text.rows.find((r) => r.key === 'base')!.label).toBe('Omzet 2026 (verwachting)');
    expect(text.rows.find((r) => r.key === 'D')!.how).toBe('(€ 10.000 − € 16.000) × 9/12 × 50%');
    expect(text.rows.find((r) => r.key === 'C')!.how).toMatch(/na 2027/);
    expect(text.rows.find((r) => r.key === 'E')!.how).toMatch(/verloren/);
  });

  it('says whether the target is backed, what the budget yields and what the largest opportunity is worth', () => {
    expect(text.verdict).toBe('Je doel ligt 6% boven de verwachte omzet: binnen de 10% die een plan kan dragen.');
    expect(text.budget!.join('')).toBe(
      'Wat het budget oplevert in 2027: de verkoopkansen die het dient brengen € 9.750 nieuwe omzet, bij 25% marge € 2.438 extra brutomarge. Het budget kost € 4.500: het saldo is € -2.062.',
    );
    expect(text.sensitivity!.join('')).toBe(
      'Gaat de grootste verkoopkans (Kans B) niet door, dan verwacht je € 269.750: € 30.250 onder je doel. Het saldo van het budget wordt € -2.062.',
    );
    // The figures are the odd parts, so a renderer can set them in bold.
    expect(text.budget!.filter((_, i) => i % 2)).toEqual(['2027', '€ 9.750', '€ 2.438', '€ 4.500', '€ -2.062']);
    expect(text.sensitivity!.filter((_, i) => i % 2)).toEqual(['€ 269.750', '€ 30.250', '€ -2.062']);
  });

  it('writes a step with its sign', () => {
    expect([signedEuro(1500), signedEuro(-1500), signedEuro(0)]).toEqual(['+ € 1.500', '− € 1.500', '€ 0']);
  });

  it('is nothing without a plan year or anything to build on', () => {
    expect(bridgeText(revenueBridge(createPlan()))).toBeNull();
  });
});

describe('the build-up as a waterfall', () => {
  const bridge = revenueBridge(handPlan());
  const chart = bridgeChart(bridge)!;

  it('has a bar per row: last year, the growth, every opportunity, the expected revenue and the target', () => {
    expect(chart.rects.map((r) => r.tone)).toEqual(['base', 'up', 'up', 'up', 'muted', 'down', 'muted', 'expected', 'target']);
    expect(chart.rects.at(-1)!.outlined).toBe(true);
  });

  it('stacks each step on the level the one before ended at, up or down in proportion', () => {
    const [, growth, a, b, , d] = chart.rects;
    // A step starts where the one before it ended.
    expect(a!.y + a!.height).toBeCloseTo(growth!.y, 5);
    expect(b!.y + b!.height).toBeCloseTo(a!.y, 5);
    expect(a!.height / growth!.height).toBeCloseTo(12000 / 10000, 5);
    // D goes down from the top of B's step.
    expect(d!.y).toBeCloseTo(b!.y, 5);
    expect(d!.height / growth!.height).toBeCloseTo(2250 / 10000, 5);
  });

  it('keeps every shape inside its box and names every bar in one sentence for screen readers', () => {
    for (const r of chart.rects) expect(r.x >= 0 && r.y >= 0 && r.x + r.width <= BRIDGE_CHART.width && r.y + r.height <= BRIDGE_CHART.height).toBe(true);
    for (const t of chart.texts) expect(t.x >= 0 && t.x <= BRIDGE_CHART.width && t.y > 0 && t.y <= BRIDGE_CHART.height).toBe(true);
    expect(chart.description).toBe(
      'Opbouw van het omzetdoel 2027, als watervalgrafiek: 2026 € 250.000; Groei bestaand + € 10.000; Kans A + € 12.000; Kans B + € 13.200; Kans C € 0; Kans D − € 2.250; Kans E € 0; Verwacht 2027 € 282.950; Doel 2027 € 300.000.',
    );
  });

  it('shows the gap between the expected revenue and the target, and says where the axis starts', () => {
    const texts = chart.texts.map((t) => t.text);
    expect(texts).toContain('verschil + € 17.050');
    expect(texts.find((t) => t.startsWith('De as begint bij'))).toMatch(/^De as begint bij € [\d.]+, niet bij nul\.$/);
  });

  it('is nothing without a plan year or anything to build on', () => {
    expect(bridgeChart(revenueBridge(createPlan()))).toBeNull();
  });
});
