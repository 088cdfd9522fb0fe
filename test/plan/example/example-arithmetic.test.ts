import { describe, expect, it } from 'vitest';
import { EXAMPLE_BUDGET_ACTIONS, EXAMPLE_WAITS_FOR, exampleRaw, figureValue, revenueTarget } from '../../../src/plan/example/example-facts';
import { examplePlan } from '../../../src/plan/example/example-plan';
import { formatEuro, formatPercent } from '../../../src/plan/values/format';
import { reviewDates } from '../../../src/plan/method/reviews';
import { budgetTotals, financeYears, grossMargin, lineCost, pipelineTotals, planYear, quarterTotals } from '../../../src/plan/finance/totals';

/**
 * The worked example teaches sums: they must add up. A trainer who finds € 61.000 extra gross
 * margin from € 55.000 extra revenue stops trusting the site (content review, 2026-11-27).
 */
const plan = examplePlan();
const snapshot = plan.updatedAt.slice(0, 10);
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const lastYear = plan.envision.history.at(-1)!;
/** "3 van 15" → [3, 15] */
const outOf = (text: string) => text.match(/(\d+) van (\d+)/)!.slice(1).map(Number) as [number, number];

describe('the finance of the example', () => {
  it('has a history of consecutive years with margins and shares between 0 and 100%', () => {
    const years = plan.envision.history.map((h) => h.year!);
    expect(years).toEqual(years.map((_, i) => years[0]! + i));
    for (const h of plan.envision.history) {
      expect(h.margin!).toBeGreaterThan(0);
      expect(h.margin!).toBeLessThan(100);
      expect(h.share!).toBeLessThanOrEqual(100);
    }
    expect(plan.discover.ourShare).toBe(lastYear.share);
  });

  it('splits the customer\'s spend between us and the competitors: 100%', () => {
    expect(plan.discover.ourShare! + sum(plan.discover.competitors.map((c) => c.share!))).toBe(100);
  });

  it('never has more extra gross margin than extra revenue, per budget line and in total', () => {
    for (const row of plan.develop.budget) expect(row.returns!, row.item).toBeLessThanOrEqual(row.extraRevenue!);
    expect(budgetTotals(plan).returns).toBeLessThanOrEqual(budgetTotals(plan).extraRevenue);
  });

  it('computes extra gross margin as extra revenue × the margin of the last year', () => {
    for (const row of plan.develop.budget) expect(row.returns, row.item).toBe(Math.round((row.extraRevenue! * lastYear.margin!) / 100));
  });

  it('grows revenue by exactly the extra revenue of the budget (target of objective o1 minus last year)', () => {
    expect(revenueTarget() - lastYear.revenue!).toBe(budgetTotals(plan).extraRevenue);
    expect(figureValue('revenueGrowth')).toBe(budgetTotals(plan).extraRevenue);
  });

  it('counts hours in the cost of every line: hours × rate + other costs', () => {
    for (const row of plan.develop.budget) {
      expect(row.hours! * row.rate!, row.item).toBeGreaterThan(0);
      expect(lineCost(row), row.item).toBe(row.hours! * row.rate! + row.otherCost!);
    }
  });

  it('pays for every budget line through an action whose resources name its cost', () => {
    expect(Object.keys(EXAMPLE_BUDGET_ACTIONS).sort()).toEqual(plan.develop.budget.map((b) => b.id).sort());
    for (const row of plan.develop.budget) {
      const action = plan.actie.actions.find((a) => a.id === EXAMPLE_BUDGET_ACTIONS[row.id])!;
      expect(action.resources, row.item).toContain(formatEuro(lineCost(row)));
    }
  });

  it('has totals that equal their parts', () => {
    const b = plan.develop.budget;
    const cost = sum(b.map((r) => lineCost(r)!));
    expect(budgetTotals(plan)).toEqual({
      hours: sum(b.map((r) => r.hours!)),
      hoursCost: sum(b.map((r) => r.hours! * r.rate!)),
      otherCost: sum(b.map((r) => r.otherCost!)),
      cost,
      extraRevenue: sum(b.map((r) => r.extraRevenue!)),
      returns: sum(b.map((r) => r.returns!)),
      balance: sum(b.map((r) => r.returns! - lineCost(r)!)),
      returnOnCost: Math.round((sum(b.map((r) => r.returns! - lineCost(r)!)) / cost) * 1000) / 10,
    });
    const o = plan.develop.opportunities;
    expect(pipelineTotals(plan)).toEqual({ total: sum(o.map((r) => r.value!)), weighted: Math.round(sum(o.map((r) => (r.value! * r.probability!) / 100))) });
  });

  it('quotes the same figures in its management summary', () => {
    const t = budgetTotals(plan);
    for (const figure of [formatEuro(lastYear.revenue), formatPercent(lastYear.share), formatEuro(revenueTarget()), formatEuro(t.cost), `${t.hours} uur`, formatEuro(t.extraRevenue), formatEuro(t.returns), formatPercent(lastYear.margin)]) {
      expect(plan.cover.summary).toContain(figure);
    }
  });
});

describe('the financial chapter of the example', () => {
  const years = plan.develop.planYears;
  const q = quarterTotals(plan);

  it('plans the years right after the history, the first being the plan year with objective o1\'s revenue', () => {
    expect(years.map((y) => y.year)).toEqual(years.map((_, i) => lastYear.year! + 1 + i));
    expect(years[0]!.year).toBe(planYear(plan));
    expect(years[0]!.revenue).toBe(revenueTarget());
    expect(financeYears(plan).map((y) => y.kind)).toEqual([...plan.envision.history.map(() => 'realised'), ...years.map(() => 'plan')]);
  });

  it('keeps the margin of the last year, so extra gross margin is extra revenue × that margin', () => {
    for (const y of years) expect(y.margin).toBe(lastYear.margin);
    expect(grossMargin(years[0]!.revenue, years[0]!.margin)! - grossMargin(lastYear.revenue, lastYear.margin)!).toBe(budgetTotals(plan).returns);
  });

  it('splits the plan year into four quarters that add up to its revenue and gross margin', () => {
    expect(plan.develop.quarters.map((r) => r.quarter)).toEqual(['Q1', 'Q2', 'Q3', 'Q4']);
    expect(q.revenue).toBe(years[0]!.revenue);
    expect(q.grossMargin).toBe(grossMargin(years[0]!.revenue, years[0]!.margin));
    expect(figureValue('planGrossMargin') - figureValue('lastGrossMargin')).toBe(figureValue('budgetExtraMargin'));
  });

  it('grows every quarter, and measures the first one in the KPI check of step 7 close to its plan', () => {
    const revenues = plan.develop.quarters.map((r) => r.revenue!);
    expect(revenues).toEqual([...revenues].sort((a, b) => a - b));
    const measured = plan.adapt.kpiChecks.find((k) => k.id === 'kc1')!.value;
    const first = Number(measured.match(/€ ([\d.]+)/)![1]!.replace(/\./g, ''));
    expect(Math.abs(first - revenues[0]!) / revenues[0]!).toBeLessThan(0.05);
  });

  it('states in its note the same growth, margin, cost, hours and balance as the budget', () => {
    const t = budgetTotals(plan);
    for (const figure of [formatEuro(figureValue('revenueGrowth')), formatPercent(lastYear.margin), formatEuro(t.returns), formatEuro(t.cost), `${t.hours} uur`, formatEuro(t.balance)]) {
      expect(plan.develop.financeNote).toContain(figure);
    }
  });
});

describe('the account strategy of the example', () => {
  it('has every objective serve one of its strategies, and every strategy served', () => {
    const ids = plan.develop.strategies.map((s) => s.id);
    for (const o of plan.develop.objectives) expect(ids, o.objective).toContain(o.strategy);
    expect(new Set(plan.develop.objectives.map((o) => o.strategy))).toEqual(new Set(ids));
  });
});

describe('the locations of the example', () => {
  it('rolls out dispensers to every location that does not have them yet, at four hours a location', () => {
    const o4 = plan.develop.objectives.find((o) => o.id === 'o4')!;
    const [now, all] = outOf(o4.baseline);
    expect(outOf(o4.target)).toEqual([all, all]);
    const rollOut = all - now;
    expect(plan.develop.opportunities.find((o) => o.id === 'op2')!.opportunity).toContain(`${rollOut} locaties`);
    expect(plan.actie.actions.find((a) => a.id === 'a5')!.action).toContain(`${rollOut} locaties`);
    expect(plan.actie.actions.find((a) => a.id === 'a5')!.resources).toContain('4 uur per locatie');
    expect(plan.develop.budget.find((b) => b.id === 'bu4')!.hours).toBe(rollOut * 4);
    expect(plan.develop.opportunities.find((o) => o.id === 'op1')!.opportunity).toContain(`${all} locaties`);
  });
});

describe('the dates of the example', () => {
  const { schedule } = plan;

  it('plans the plan before it is valid: milestones, agreement and approval before the start', () => {
    expect(plan.createdAt.slice(0, 10) <= schedule.milestones[0]!.date).toBe(true);
    const dates = schedule.milestones.map((m) => m.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates.at(-1)).toBe(schedule.readyBy);
    expect(schedule.readyBy < schedule.validFrom).toBe(true);
    for (const a of plan.align.agreement) expect(a.date <= schedule.readyBy).toBe(true);
    expect(plan.discover.sources.some((s) => s.date === plan.klantplan.conversationDate)).toBe(true);
  });

  it('keeps actions, objectives and measurements inside the validity period, each action starting before it ends', () => {
    for (const a of plan.actie.actions) {
      expect(a.start <= a.due, a.action).toBe(true);
      expect(a.start >= schedule.validFrom && a.due <= schedule.validUntil, a.action).toBe(true);
    }
    for (const o of plan.develop.objectives) expect(o.deadline >= schedule.validFrom && o.deadline <= schedule.validUntil, o.objective).toBe(true);
    for (const s of plan.adapt.signals) expect(s.date >= schedule.validFrom && s.date <= snapshot, s.change).toBe(true);
    for (const k of plan.adapt.kpiChecks) expect(reviewDates(schedule), k.value).toContain(k.date);
  });

  it('is a snapshot: nothing happens after it, and every status fits its date', () => {
    for (const k of plan.adapt.kpiChecks) expect(k.date <= snapshot).toBe(true);
    for (const d of plan.discover.dmu) expect(d.lastContact <= snapshot, d.name).toBe(true);
    for (const m of schedule.milestones) expect(m.done, m.milestone).toBe(m.date <= snapshot);
    for (const a of plan.actie.actions) {
      const expected = a.start > snapshot ? 'gepland' : a.due < snapshot ? 'klaar' : 'bezig';
      expect(a.status, a.action).toBe(expected);
    }
    for (const o of plan.develop.opportunities) {
      if (o.status === 'gewonnen') expect([o.expected <= snapshot, o.probability]).toEqual([true, 100]);
      else expect(o.expected > snapshot, o.opportunity).toBe(true);
    }
  });

  it('closes a deal only after what it waits for (a pilot, an order, a licence)', () => {
    for (const { later, earlier, why } of EXAMPLE_WAITS_FOR) expect(String(exampleRaw(later)) > String(exampleRaw(earlier)), why).toBe(true);
  });
});

describe('the task split of the example', () => {
  it('gives every action an owner who is R or A for the first goal of its objective', () => {
    const team = new Map(plan.align.team.map((m) => [m.id, m.name]));
    for (const a of plan.actie.actions) {
      const goal = plan.develop.objectives.find((o) => o.id === a.objective)!.goal;
      const responsible = plan.align.raci.filter((r) => r.goal === goal && (r.role === 'R' || r.role === 'A')).map((r) => team.get(r.member));
      expect(responsible, a.action).toContain(a.owner);
    }
  });

  it('gives every DMU person an owner from the team', () => {
    const names = plan.align.team.map((m) => m.name);
    for (const d of plan.discover.dmu) expect(names).toContain(d.owner);
  });
});
