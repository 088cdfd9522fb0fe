import type { Plan } from '../model/schema';

/**
 * The figures every other finance module builds on: a budget line's cost, a gross margin, the plan
 * year. Apart from totals.ts and bridge.ts, so each can use them without importing the other.
 */

/** Rounds to whole cents: adding amounts in binary leaves noise (0,1 + 0,2 is 0,30000000000000004). */
export const cents = (n: number) => Math.round(n * 100) / 100;
export const sum = (values: Array<number | null | undefined>) => cents(values.reduce<number>((n, v) => n + (v ?? 0), 0));
export const has = (n: number | null | undefined): n is number => typeof n === 'number' && Number.isFinite(n);

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

/** What the whole budget costs, hours included. */
export const budgetCost = (plan: Pick<Plan, 'develop'>) => sum(plan.develop.budget.map((r) => lineCost(r)));

/** Gross margin in euro: revenue × margin %, in whole cents; null when either is missing. */
export const grossMargin = (revenue: number | null | undefined, margin: number | null | undefined): number | null =>
  has(revenue) && has(margin) ? cents((revenue * margin) / 100) : null;

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
