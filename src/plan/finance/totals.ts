import type { Plan } from '../model/schema';

/** Rounds to whole cents: adding amounts in binary leaves noise (0,1 + 0,2 is 0,30000000000000004). */
const cents = (n: number) => Math.round(n * 100) / 100;
const sum = (values: Array<number | null | undefined>) => cents(values.reduce<number>((n, v) => n + (v ?? 0), 0));
const has = (n: number | null | undefined): n is number => typeof n === 'number' && Number.isFinite(n);

type BudgetLine = Pick<Plan['develop']['budget'][number], 'hours' | 'rate' | 'otherCost'>;

/**
 * The cost of one budget line: hours × hourly rate + other costs, or null when the line has
 * neither. Hours without a rate cost nothing here (the checks ask for the rate).
 */
export function lineCost(line: BudgetLine): number | null {
  const hoursCost = has(line.hours) && has(line.rate) ? line.hours * line.rate : null;
  if (hoursCost === null && !has(line.otherCost)) return null;
  return cents((hoursCost ?? 0) + (line.otherCost ?? 0));
}

/**
 * Budget of step 6: hours, what the hours cost, other costs, total cost (hours included),
 * expected extra revenue, expected extra gross margin (`returns`), the balance of margin minus
 * cost, and that balance as a percentage of the cost (null without costs).
 */
export function budgetTotals(plan: Pick<Plan, 'develop'>) {
  const rows = plan.develop.budget;
  const hours = sum(rows.map((r) => r.hours));
  const hoursCost = sum(rows.map((r) => (has(r.hours) && has(r.rate) ? r.hours * r.rate : 0)));
  const otherCost = sum(rows.map((r) => r.otherCost));
  const cost = cents(hoursCost + otherCost);
  const extraRevenue = sum(rows.map((r) => r.extraRevenue));
  const returns = sum(rows.map((r) => r.returns));
  const balance = cents(returns - cost);
  return { hours, hoursCost, otherCost, cost, extraRevenue, returns, balance, returnOnCost: cost > 0 ? Math.round((balance / cost) * 1000) / 10 : null };
}

/** Sales opportunities of step 6: total expected revenue and the total weighted by probability. */
export function pipelineTotals(plan: Pick<Plan, 'develop'>) {
  const rows = plan.develop.opportunities;
  return {
    total: sum(rows.map((r) => r.value)),
    weighted: Math.round(sum(rows.map((r) => (r.value ?? 0) * ((r.probability ?? 0) / 100)))),
  };
}

/** Gross margin in euro: revenue × margin %, in whole cents; null when either is missing. */
export const grossMargin = (revenue: number | null | undefined, margin: number | null | undefined): number | null =>
  has(revenue) && has(margin) ? cents((revenue * margin) / 100) : null;

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
  for (const row of plan.develop.planYears) if (has(row.year)) out.set(row.year, { year: row.year, revenue: row.revenue, margin: row.margin, grossMargin: grossMargin(row.revenue, row.margin), kind: 'plan' });
  for (const row of plan.envision.history) if (has(row.year)) out.set(row.year, { year: row.year, revenue: row.revenue, margin: row.margin, grossMargin: grossMargin(row.revenue, row.margin), kind: 'realised' });
  return [...out.values()].sort((a, b) => a.year - b.year);
}

/**
 * The plan year: the year the plan starts to be valid (step 2), else the cover's period, else the
 * first plan year of step 6; null when none is known.
 */
export function planYear(plan: Pick<Plan, 'schedule' | 'cover' | 'develop'>): number | null {
  const from = plan.schedule.validFrom || plan.cover.periodFrom;
  if (from) return Number(from.slice(0, 4));
  const years = plan.develop.planYears.map((r) => r.year).filter(has);
  return years.length ? Math.min(...years) : null;
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
