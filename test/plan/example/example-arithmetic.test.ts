import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  EXAMPLE_BUDGET_ACTIONS,
  EXAMPLE_WAITS_FOR,
  exampleRaw,
  fig,
  figureValue,
  revenueTarget,
  type EuroFigureName,
  type FigureName,
} from '../../../src/plan/example/example-facts';
import { examplePlan } from '../../../src/plan/example/example-plan';
import { BRIDGE_TOLERANCE, revenueBridge } from '../../../src/plan/finance/bridge';
import { formatEuro, formatPercent } from '../../../src/plan/values/format';
import { reviewDates } from '../../../src/plan/method/reviews';
import { budgetTotals, financeYears, grossMargin, lineCost, pipelineTotals, planYear, quarterTotals } from '../../../src/plan/finance/totals';

/**
 * The worked example teaches sums: they must add up, and its story must follow from them. A
 * trainer who finds a target worked back from the budget, or a plan that "just pays for itself"
 * while its pipeline cannot deliver, stops trusting the site. Every figure here is computed in this
 * test from the plan's own data, by the rules the lessons teach, and set against what the site
 * computes and quotes.
 */
const plan = examplePlan();
const snapshot = plan.updatedAt.slice(0, 10);
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const lastYear = plan.envision.history.at(-1)!;
/** "3 van 15" → [3, 15] */
const outOf = (text: string) =>
  text
    .match(/(\d+) van (?:de )?(\d+)/)!
    .slice(1)
    .map(Number) as [number, number];
const year = planYear(plan)!;
const margin = plan.develop.planYears.find((y) => y.year === year)!.margin!;

/** What an opportunity brings in a year, by the rule lesson 6 teaches: value per year minus what it replaces, for the months after the order, times its probability. */
function byHand(o: (typeof plan.develop.opportunities)[number], inYear: number) {
  const [y, m] = o.expected.split('-').map(Number) as [number, number];
  const months = y < inYear ? 12 : y > inYear ? 0 : 12 - m;
  return { months, amount: Math.round(((o.value! - (o.replaces ?? 0)) * months * o.probability!) / 1200) };
}
const served = new Set(plan.develop.budget.map((b) => b.opportunity).filter(Boolean));
const growth = Math.round((lastYear.revenue! * plan.develop.baseGrowth!) / 100);
const newBusiness = sum(plan.develop.opportunities.map((o) => byHand(o, year).amount));
const expected = lastYear.revenue! + growth + newBusiness;
const target = plan.develop.planYears.find((y) => y.year === year)!.revenue!;
const cost = sum(plan.develop.budget.map((b) => (b.hours ?? 0) * (b.rate ?? 0) + (b.otherCost ?? 0)));
const servedNew = (inYear: number) => sum(plan.develop.opportunities.filter((o) => served.has(o.id)).map((o) => byHand(o, inYear).amount));
const returns = (inYear: number) => Math.round((servedNew(inYear) * margin) / 100);
const largest = [...plan.develop.opportunities].sort((a, b) => byHand(b, year).amount - byHand(a, year).amount)[0]!;

describe("the build-up of the example's revenue target", () => {
  it("starts from last year's revenue, a forecast written before the year ended", () => {
    expect(lastYear.year).toBe(year - 1);
    expect(lastYear.forecast).toBe(true);
    expect(plan.createdAt.slice(0, 4)).toBe(String(lastYear.year));
  });

  it('adds the growth of the existing revenue and what each opportunity brings in the plan year', () => {
    const b = revenueBridge(plan);
    expect([b.growth, b.existing]).toEqual([growth, lastYear.revenue! + growth]);
    expect(b.opportunities.map((o) => [o.id, o.months, o.contribution])).toEqual(
      plan.develop.opportunities.map((o) => [o.id, byHand(o, year).months, byHand(o, year).amount]),
    );
    expect([b.newBusiness, b.expected]).toEqual([newBusiness, expected]);
  });

  it('has a target equal to its build-up within the tolerance the lesson teaches', () => {
    expect(Math.abs(target - expected) / expected).toBeLessThanOrEqual(BRIDGE_TOLERANCE / 100);
    expect(revenueBridge(plan).backed).toBe(true);
    // One target: objective o1, the first plan year and the build-up agree.
    expect(revenueTarget()).toBe(target);
  });

  it('shows the difference between revenue per year and revenue in the plan year: the largest opportunity per year brings nothing in the plan year', () => {
    const perYear = [...plan.develop.opportunities].sort((a, b) => b.value! - a.value!)[0]!;
    expect(byHand(perYear, year).amount).toBe(0);
    expect(byHand(perYear, year + 1).amount).toBeGreaterThan(0);
    // And one opportunity replaces revenue Kroonstad has now.
    expect(plan.develop.opportunities.some((o) => (o.replaces ?? 0) > 0)).toBe(true);
  });

  it('grows at least as much as the sales plan asks of team Zorg', () => {
    const asked = Number(plan.envision.salesPlanPoints.map((p) => p.text.match(/groeit in \d{4} met (\d+)% in omzet/)?.[1]).find(Boolean));
    expect(asked).toBeGreaterThan(0);
    expect((target / lastYear.revenue! - 1) * 100).toBeGreaterThanOrEqual(asked);
  });
});

describe("what the example's budget yields", () => {
  it('names for every line the opportunity it serves, or why it serves none', () => {
    const ids = new Set(plan.develop.opportunities.map((o) => o.id));
    for (const b of plan.develop.budget) expect(ids.has(b.opportunity) || b.noOpportunity.trim().length > 20, b.item).toBe(true);
    expect(plan.develop.budget.some((b) => !b.opportunity)).toBe(true);
  });

  it("counts as its return only the new business of the opportunities it serves, at the plan year's margin", () => {
    expect(budgetTotals(plan)).toMatchObject({ cost, extraRevenue: servedNew(year), returns: returns(year), balance: returns(year) - cost });
    // The growth of the existing revenue is not the plan's return.
    expect(servedNew(year)).toBeLessThan(target - lastYear.revenue!);
  });

  it('shows a loss in the plan year that the next year earns back, and says so in the summary and the note, in computed figures', () => {
    const balance = returns(year) - cost;
    expect(balance).toBeLessThan(0);
    expect(balance + returns(year + 1)).toBeGreaterThanOrEqual(0);
    for (const text of [plan.cover.summary, plan.develop.financeNote]) {
      expect(text).toContain(`In ${year} kost het plan dus ${formatEuro(-balance)} meer dan het oplevert; in ${year + 1} verdient het zich terug.`);
      for (const figure of [
        formatEuro(cost),
        `${budgetTotals(plan).hours} uur`,
        formatEuro(target),
        formatPercent(plan.develop.baseGrowth),
        formatEuro(expected),
        formatEuro(target - expected),
      ]) {
        expect(text, figure).toContain(figure);
      }
    }
    expect(plan.cover.summary).toContain(formatEuro(servedNew(year)));
    expect(plan.develop.financeNote).toContain(formatEuro(returns(year + 1)));
  });

  it('says what losing the opportunity that brings the most does, in the summary and the note', () => {
    const without = expected - byHand(largest, year).amount;
    expect(plan.cover.summary).toContain(`dan komt de omzet ${formatEuro(target - without)} onder het doel uit`);
    const balanceWithout = Math.round(((servedNew(year) - (served.has(largest.id) ? byHand(largest, year).amount : 0)) * margin) / 100) - cost;
    expect(plan.develop.financeNote).toContain(`dan wordt het saldo in ${year} ${formatEuro(balanceWithout)}`);
  });

  it('counts hours in the cost of every line with hours: hours × rate + other costs', () => {
    for (const row of plan.develop.budget) expect(lineCost(row), row.item).toBe((row.hours ?? 0) * (row.rate ?? 0) + (row.otherCost ?? 0));
    expect(plan.develop.budget.filter((b) => b.hours).length).toBeGreaterThanOrEqual(3);
  });

  it('pays for every budget line through an action whose resources name its cost and its extra hours', () => {
    expect(Object.keys(EXAMPLE_BUDGET_ACTIONS).sort()).toEqual(plan.develop.budget.map((b) => b.id).sort());
    for (const row of plan.develop.budget) {
      const action = plan.actie.actions.find((a) => a.id === EXAMPLE_BUDGET_ACTIONS[row.id])!;
      expect(action.resources, row.item).toContain(formatEuro(lineCost(row)));
      // The crew's hours are per location; an adviser's are named as they are.
      if (row.hours && row.rate === figureValue('adviserRate')) expect(action.resources, row.item).toContain(`${row.hours} uur`);
    }
  });

  it("holds only the extra hours of the actions: the team's fixed hours per month are the ordinary cost of the team", () => {
    const adviser = plan.align.team.find((m) => /adviseur/i.test(m.role))!;
    const adviserLines = plan.develop.budget.filter((b) => b.rate === figureValue('adviserRate'));
    // Every line at the adviser's rate is an action the adviser owns, and the account manager's own hours are in no line.
    for (const b of adviserLines) expect(plan.actie.actions.find((a) => a.id === EXAMPLE_BUDGET_ACTIONS[b.id])!.owner, b.item).toBe(adviser.name);
    expect(plan.actie.actions.find((a) => a.id === EXAMPLE_BUDGET_ACTIONS['bu5'])!.resources).toMatch(/vaste uren/);
  });
});

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

  it('has a customer whose total spend (our revenue ÷ our share) grows, as the customer does', () => {
    const spend = plan.envision.history.map((h) => h.revenue! / (h.share! / 100));
    expect(spend).toEqual([...spend].sort((a, b) => a - b));
  });

  it("splits the customer's spend between us and the competitors: 100%", () => {
    expect(plan.discover.ourShare! + sum(plan.discover.competitors.map((c) => c.share!))).toBe(100);
  });

  it("values the competitor's five locations at what Kroonstad earns per location it serves now", () => {
    const [served, all] = outOf(plan.discover.currentSales);
    const perLocation = lastYear.revenue! / served;
    const op4 = plan.develop.opportunities.find((o) => o.id === 'op4')!;
    expect(all - served).toBe(5);
    expect(Math.abs(op4.value! - (all - served) * perLocation) / op4.value!).toBeLessThan(0.02);
  });

  it('has pipeline totals that equal their parts', () => {
    const o = plan.develop.opportunities;
    expect(pipelineTotals(plan)).toEqual({ total: sum(o.map((r) => r.value!)), weighted: Math.round(sum(o.map((r) => (r.value! * r.probability!) / 100))) });
  });

  it("plans the years right after the history, the first being the plan year with objective o1's revenue", () => {
    const years = plan.develop.planYears;
    expect(years.map((y) => y.year)).toEqual(years.map((_, i) => lastYear.year! + 1 + i));
    expect(years[0]!.year).toBe(year);
    expect(financeYears(plan).map((y) => y.kind)).toEqual([...plan.envision.history.map(() => 'realised'), ...years.map(() => 'plan')]);
    for (const y of years) expect(y.margin).toBe(lastYear.margin);
  });

  it('splits the plan year into four growing quarters that add up to its revenue and gross margin', () => {
    const q = quarterTotals(plan);
    const revenues = plan.develop.quarters.map((r) => r.revenue!);
    expect(plan.develop.quarters.map((r) => r.quarter)).toEqual(['Q1', 'Q2', 'Q3', 'Q4']);
    expect(revenues).toEqual([...revenues].sort((a, b) => a - b));
    expect(q.revenue).toBe(target);
    expect(q.grossMargin).toBe(grossMargin(target, margin));
  });

  it('measures the first quarter in the KPI check of step 7 against its plan', () => {
    const measured = plan.adapt.kpiChecks.find((k) => k.id === 'kc1')!.value;
    const [first, planned] = [...measured.matchAll(/€ ([\d.]+)/g)].map((m) => Number(m[1]!.replace(/\./g, '')));
    expect(planned).toBe(plan.develop.quarters[0]!.revenue);
    expect(Math.abs(first! - planned!) / planned!).toBeLessThan(0.05);
  });
});

describe('the figures the lessons quote', () => {
  /** Every euro figure a lesson may quote, computed here from the plan. */
  const BY_HAND: Partial<Record<EuroFigureName, number>> = {
    bridgeBase: lastYear.revenue!,
    bridgeGrowth: growth,
    bridgeExisting: lastYear.revenue! + growth,
    bridgeNewBusiness: newBusiness,
    bridgeExpected: expected,
    bridgeTarget: target,
    bridgeGap: target - expected,
    budgetCost: cost,
    budgetExtraRevenue: servedNew(year),
    budgetExtraMargin: returns(year),
    budgetBalance: returns(year) - cost,
    nextYearMargin: returns(year + 1),
    nextYearBalance: returns(year) + returns(year + 1) - cost,
    sensitivityExpected: expected - byHand(largest, year).amount,
    sensitivityGap: target - (expected - byHand(largest, year).amount),
    revenueGrowth: target - lastYear.revenue!,
    pipelineTotal: sum(plan.develop.opportunities.map((o) => o.value!)),
    pipelineWeighted: Math.round(sum(plan.develop.opportunities.map((o) => (o.value! * o.probability!) / 100))),
    pilotCost: 20 * 75 + 3000,
  };
  /** Figures that are values of the plan as typed: rates and other costs. */
  const TYPED: Partial<Record<EuroFigureName, number | null>> = {
    adviserRate: plan.develop.budget.find((b) => b.id === 'bu1')!.rate,
    pilotMaterials: plan.develop.budget.find((b) => b.id === 'bu1')!.otherCost,
  };
  const lessons = readdirSync(join(process.cwd(), 'content', 'stappen')).filter((f) => f.endsWith('.mdx'));
  const used = [
    ...new Set(
      lessons.flatMap((f) =>
        [...readFileSync(join(process.cwd(), 'content', 'stappen', f), 'utf8').matchAll(/\bfig\('([^']+)'\)/g)].map((m) => m[1]! as FigureName),
      ),
    ),
  ];

  it('are quoted at all, the build-up among them', () => {
    expect(used).toEqual(expect.arrayContaining(['bridgeExpected', 'bridgeTarget', 'bridgeGap', 'budgetBalance', 'nextYearMargin']));
  });

  it.each(used.filter((n) => n in BY_HAND || n in TYPED))('%s is the figure computed from the plan', (name) => {
    const value = (BY_HAND[name as EuroFigureName] ?? TYPED[name as EuroFigureName])!;
    expect(figureValue(name as EuroFigureName)).toBe(value);
    expect(fig(name)).toBe(formatEuro(value));
  });

  it('are all computed here or are values of the plan, or a date, a count or a percentage of it', () => {
    const others = new Set<FigureName>([
      'budgetHours',
      'reviewDates',
      'startDate',
      'baseGrowth',
      'bridgeTolerance',
      'bridgeGapPercent',
      'nextYear',
      'budgetReturnOnCost',
    ]);
    for (const name of used) expect(name in BY_HAND || name in TYPED || others.has(name), name).toBe(true);
    expect(fig('bridgeTolerance')).toBe(formatPercent(BRIDGE_TOLERANCE));
    expect(fig('baseGrowth')).toBe(formatPercent(plan.develop.baseGrowth));
    expect(fig('nextYear')).toBe(String(year + 1));
    expect(fig('bridgeGapPercent')).toBe(formatPercent(Math.round(((target - expected) / expected) * 1000) / 10));
  });
});

describe('the account strategy of the example', () => {
  it('has every objective serve one of its strategies, and every strategy served', () => {
    const ids = plan.develop.strategies.map((s) => s.id);
    for (const o of plan.develop.objectives) expect(ids, o.objective).toContain(o.strategy);
    expect(new Set(plan.develop.objectives.map((o) => o.strategy))).toEqual(new Set(ids));
  });

  it('says per rejected growth direction why not', () => {
    for (const direction of ['Penetratie', 'Marktontwikkeling', 'Diversificatie']) expect(plan.develop.growthNote).toContain(direction);
  });
});

describe('the locations of the example', () => {
  it('rolls out dispensers to every location Kroonstad serves that does not have them yet, at four hours a location', () => {
    const o4 = plan.develop.objectives.find((o) => o.id === 'o4')!;
    const [now, all] = outOf(o4.baseline);
    expect(outOf(o4.target)).toEqual([all, all]);
    // The locations Kroonstad serves: 9 of the 14 when the plan was written, and Zutphen since the take-over (step 7).
    expect(all).toBe(outOf(plan.discover.currentSales)[0] + 1);
    expect(plan.discover.currentSales).toContain(`op ${now} daarvan hangen onze dispensers`);
    const rollOut = all - now;
    expect(plan.develop.opportunities.find((o) => o.id === 'op2')!.opportunity).toContain(`${rollOut} locaties`);
    expect(plan.actie.actions.find((a) => a.id === 'a5')!.action).toContain(`${rollOut} locaties`);
    expect(plan.actie.actions.find((a) => a.id === 'a5')!.resources).toContain('4 uur per locatie');
    expect(plan.develop.budget.find((b) => b.id === 'bu4')!.hours).toBe(rollOut * 4);
    expect(plan.adapt.signals.find((s) => s.id === 'sig1')!.adjustment).toContain(`${all} van ${all}`);
  });
});

describe('the dates of the example', () => {
  const { schedule } = plan;
  /** Dutch public holidays around the plan (New Year, Easter Monday, King's Day, Ascension, Whit Monday, Christmas). */
  const HOLIDAYS = new Set([
    '2026-12-25',
    '2026-12-26',
    '2027-01-01',
    '2027-03-29',
    '2027-04-27',
    '2027-05-06',
    '2027-05-17',
    '2027-12-25',
    '2027-12-26',
    '2028-01-01',
  ]);
  /** The days something happens (not the bounds of a period). */
  const events = [
    ...schedule.milestones.map((m) => m.date),
    schedule.readyBy,
    ...plan.discover.dmu.map((d) => d.lastContact),
    ...plan.discover.sources.map((s) => s.date),
    plan.klantplan.conversationDate,
    ...plan.align.agreement.map((a) => a.date),
    ...plan.develop.objectives.map((o) => o.deadline),
    ...plan.develop.opportunities.map((o) => o.expected),
    ...plan.adapt.signals.map((s) => s.date),
    ...plan.adapt.kpiChecks.map((k) => k.date),
    ...plan.actie.actions.flatMap((a) => [a.start, a.due]),
    plan.createdAt.slice(0, 10),
    snapshot,
  ];

  it.each([...new Set(events)])('lets %s fall on a working day', (date) => {
    const day = new Date(`${date}T12:00:00Z`).getUTCDay();
    expect(day !== 0 && day !== 6 && !HOLIDAYS.has(date)).toBe(true);
  });

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
      const status = a.start > snapshot ? 'gepland' : a.due < snapshot ? 'klaar' : 'bezig';
      expect(a.status, a.action).toBe(status);
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
