import type { Plan } from '../model/schema';
import { revenueBridge, type BridgePlan } from './bridge';
import { cents, grossMargin, has, planYear, sum } from './plan-figures';

export { grossMargin, lineCost, planYear } from './plan-figures';

/**
 * Budget of step 6: hours, what the hours cost, other costs, total cost (hours included); then
 * what it yields, counted on new business only (bridge.ts): the plan-year revenue of the sales
 * opportunities the budget serves (`extraRevenue`), its gross margin (`returns`), the balance of
 * margin minus cost, and that balance as a percentage of the cost (null without costs or margin).
 */
export function budgetTotals(plan: BridgePlan) {
  const rows = plan.develop.budget;
  const hours = sum(rows.map((r) => r.hours));
  const hoursCost = sum(rows.map((r) => (has(r.hours) && has(r.rate) ? r.hours * r.rate : 0)));
  const otherCost = sum(rows.map((r) => r.otherCost));
  const cost = cents(hoursCost + otherCost);
  const { newBusiness, returns, balance } = revenueBridge(plan).budget;
  return {
    hours,
    hoursCost,
    otherCost,
    cost,
    extraRevenue: newBusiness,
    returns,
    balance,
    returnOnCost: cost > 0 && balance !== null ? Math.round((balance / cost) * 1000) / 10 : null,
  };
}

/** Sales opportunities of step 6: total expected revenue and the total weighted by probability. */
export function pipelineTotals(plan: Pick<Plan, 'develop'>) {
  const rows = plan.develop.opportunities;
  return {
    total: sum(rows.map((r) => r.value)),
    weighted: Math.round(sum(rows.map((r) => (r.value ?? 0) * ((r.probability ?? 0) / 100)))),
  };
}

export interface FinanceYear {
  year: number;
  revenue: number | null;
  /** Margin as a percentage of revenue. */
  margin: number | null;
  /** Gross margin in euro. */
  grossMargin: number | null;
  /** A year of step 1's history, or a plan year of step 6. */
  kind: 'realised' | 'plan';
}

/**
 * Revenue and gross margin per year: the history of step 1 (realised) and the plan years of
 * step 6, by year. A year in both lists counts as realised, shown once.
 */
export function financeYears(plan: Pick<Plan, 'envision' | 'develop'>): FinanceYear[] {
  const out = new Map<number, FinanceYear>();
  for (const row of plan.develop.planYears)
    if (has(row.year))
      out.set(row.year, { year: row.year, revenue: row.revenue, margin: row.margin, grossMargin: grossMargin(row.revenue, row.margin), kind: 'plan' });
  for (const row of plan.envision.history)
    if (has(row.year))
      out.set(row.year, { year: row.year, revenue: row.revenue, margin: row.margin, grossMargin: grossMargin(row.revenue, row.margin), kind: 'realised' });
  return [...out.values()].sort((a, b) => a.year - b.year);
}

/** The quarters of the plan year with their gross margin, and their totals against the plan year's revenue. */
export function quarterTotals(plan: Pick<Plan, 'schedule' | 'cover' | 'develop'>) {
  const rows = plan.develop.quarters.map((q) => ({ quarter: q.quarter, revenue: q.revenue, margin: q.margin, grossMargin: grossMargin(q.revenue, q.margin) }));
  const year = planYear(plan);
  const target = plan.develop.planYears.find((r) => r.year === year)?.revenue ?? null;
  return {
    rows,
    revenue: sum(rows.map((r) => r.revenue)),
    grossMargin: sum(rows.map((r) => r.grossMargin)),
    /** The plan year, and the revenue step 6 plans for it (null when not given). */
    year,
    target: has(target) ? target : null,
  };
}
