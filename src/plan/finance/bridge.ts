import type { Plan } from '../model/schema';
import { isFilled } from '../model/fields';
import { parseIsoDate } from '../values/dates';
import { budgetCost, has, planYear } from './plan-figures';

/**
 * The build-up of the revenue target ("Opbouw van je omzetdoel"), a computed part of step 6: from
 * last year's revenue, the expected growth of the existing business, and what each sales
 * opportunity brings in the plan year, to the revenue the plan can expect; set against the target
 * of the first plan year. What the budget yields is counted on the new business of the
 * opportunities it serves, never on the growth the customer would bring anyway.
 *
 * Pure and renderer-neutral: the worksheet, the lesson, the example page (and the PDF and Word
 * document) draw the same numbers. Amounts are whole euros: a forecast has no cents.
 */

/**
 * A target more than this percentage above the expected revenue is a wish, not a plan: the lesson
 * teaches it and the check of step 6 holds a plan to it.
 */
export const BRIDGE_TOLERANCE = 10;

export type BridgePlan = Pick<Plan, 'envision' | 'develop' | 'schedule' | 'cover'>;
type Opportunity = Plan['develop']['opportunities'][number];

/**
 * The months of `year` in which an order expected on `date` brings revenue: from the month after
 * the order. An order before the year counts all twelve, one after it none; without a date, none.
 */
export function monthsInYear(date: string, year: number): number {
  const d = parseIsoDate(date);
  if (!d) return 0;
  if (d.y < year) return 12;
  if (d.y > year) return 0;
  return 12 - d.m;
}

/** One sales opportunity in the build-up. */
export interface BridgeOpportunity {
  id: string;
  name: string;
  /** Revenue per year once the order is in, and the existing revenue per year it replaces. */
  value: number;
  replaces: number;
  probability: number;
  expected: string;
  /** Months of the plan year it brings revenue (0 to 12). */
  months: number;
  /** (value − replaces) × months / 12 × probability, in whole euros; negative when it replaces more than it brings. */
  contribution: number;
  /** Lost opportunities count for nothing, whatever their probability. */
  lost: boolean;
  /** A budget line serves it, so its margin counts as what the budget yields. */
  served: boolean;
}

/** What an opportunity brings in `year`, weighted by its probability, net of what it replaces. */
export function contributionIn(op: Pick<Opportunity, 'value' | 'replaces' | 'probability' | 'expected' | 'status'>, year: number): number {
  if (op.status === 'verloren') return 0;
  const net = (op.value ?? 0) - (op.replaces ?? 0);
  const value = (net * monthsInYear(op.expected, year) * (op.probability ?? 0)) / 1200;
  // Math.round(-0.4) is -0: an opportunity that brings nothing brings 0.
  return Math.round(value) || 0;
}

/** The opportunities the budget serves: the ids its lines point to. */
export function servedOpportunities(plan: Pick<Plan, 'develop'>): Set<string> {
  const ids = new Set(plan.develop.opportunities.map((o) => o.id));
  return new Set(plan.develop.budget.filter((b) => ids.has(b.opportunity)).map((b) => b.opportunity));
}

export interface BudgetReturn {
  /** The new business of the opportunities the budget serves, in the year. */
  newBusiness: number;
  /** Its gross margin (null without a margin). */
  returns: number | null;
  cost: number;
  /** Gross margin minus cost (null without a margin). */
  balance: number | null;
}

export interface RevenueBridge {
  /** The plan year (null when no date or plan year says which). */
  year: number | null;
  /** Last year's revenue: the latest year of step 1's history before the plan year. */
  base: { year: number; revenue: number; forecast: boolean } | null;
  growthPercent: number | null;
  /** The growth of the existing business, in euros. */
  growth: number;
  /** Last year's revenue plus its growth. */
  existing: number;
  opportunities: BridgeOpportunity[];
  /** What the opportunities bring in the plan year, together. */
  newBusiness: number;
  /** The revenue the plan can expect in the plan year. */
  expected: number;
  /** The revenue step 6 plans for the plan year. */
  target: number | null;
  /** Target minus expected: positive when the target is higher. */
  gap: number | null;
  /** The gap as a percentage of the expected revenue, one decimal. */
  gapPercent: number | null;
  /** The target is no more than BRIDGE_TOLERANCE % above the expected revenue. */
  backed: boolean | null;
  /** The margin (%) of the plan year, else of last year. */
  margin: number | null;
  budget: BudgetReturn;
  /** What changes when the opportunity that brings the most in the plan year is lost (null when none brings anything). */
  sensitivity: { opportunity: BridgeOpportunity; expected: number; gap: number | null; balance: number | null } | null;
}

const marginOf = (amount: number, margin: number | null) => (margin === null ? null : Math.round((amount * margin) / 100));

/** The build-up of the revenue target of a plan year (by default the plan's own). */
export function revenueBridge(plan: BridgePlan, year: number | null = planYear(plan)): RevenueBridge {
  const history = plan.envision.history.filter((h) => has(h.year) && has(h.revenue) && (year === null || h.year < year));
  const last = history.reduce<(typeof history)[number] | null>((a, b) => (a === null || b.year! > a.year! ? b : a), null);
  const base = last ? { year: last.year!, revenue: last.revenue!, forecast: last.forecast === true } : null;
  const growthPercent = has(plan.develop.baseGrowth) ? plan.develop.baseGrowth : null;
  const growth = base && growthPercent !== null ? Math.round((base.revenue * growthPercent) / 100) : 0;
  const existing = (base?.revenue ?? 0) + growth;

  const served = servedOpportunities(plan);
  const opportunities: BridgeOpportunity[] = plan.develop.opportunities
    .filter((o) => isFilled(o))
    .map((o) => ({
      id: o.id,
      name: o.opportunity.trim(),
      value: o.value ?? 0,
      replaces: o.replaces ?? 0,
      probability: o.probability ?? 0,
      expected: o.expected,
      months: year === null ? 0 : monthsInYear(o.expected, year),
      contribution: year === null ? 0 : contributionIn(o, year),
      lost: o.status === 'verloren',
      served: served.has(o.id),
    }));
  const newBusiness = opportunities.reduce((n, o) => n + o.contribution, 0);
  const expected = existing + newBusiness;

  const planRow = plan.develop.planYears.find((r) => r.year === year);
  const target = has(planRow?.revenue) ? planRow.revenue : null;
  const gap = target === null ? null : target - expected;
  const gapPercent = gap === null || expected <= 0 ? null : Math.round((gap / expected) * 1000) / 10;
  const margin = has(planRow?.margin) ? planRow.margin : has(last?.margin) ? last.margin : null;

  const cost = budgetCost(plan);
  const servedNew = opportunities.filter((o) => o.served).reduce((n, o) => n + o.contribution, 0);
  const returns = marginOf(servedNew, margin);
  const budget: BudgetReturn = { newBusiness: servedNew, returns, cost, balance: returns === null ? null : returns - cost };

  const largest = opportunities.reduce<BridgeOpportunity | null>((a, b) => (b.contribution > (a?.contribution ?? 0) ? b : a), null);
  let sensitivity: RevenueBridge['sensitivity'] = null;
  if (largest) {
    const without = expected - largest.contribution;
    const returnsWithout = largest.served ? marginOf(servedNew - largest.contribution, margin) : returns;
    sensitivity = {
      opportunity: largest,
      expected: without,
      gap: target === null ? null : target - without,
      balance: returnsWithout === null ? null : returnsWithout - cost,
    };
  }
  return {
    year,
    base,
    growthPercent,
    growth,
    existing,
    opportunities,
    newBusiness,
    expected,
    target,
    gap,
    gapPercent,
    backed: gapPercent === null ? null : gapPercent <= BRIDGE_TOLERANCE,
    margin,
    budget,
    sensitivity,
  };
}

/**
 * What the budget yields year after year, from the plan year on: the margin of the new business of
 * the opportunities it serves, and the balance so far (the budget is spent in the plan year). The
 * year the balance turns positive is the year the plan has earned itself back.
 */
export function budgetPayback(plan: BridgePlan, years = 3): Array<{ year: number; returns: number | null; balance: number | null }> {
  const first = planYear(plan);
  if (first === null) return [];
  let balance: number | null = -budgetCost(plan);
  return Array.from({ length: years }, (_, i) => {
    const { returns } = revenueBridge(plan, first + i).budget;
    balance = balance === null || returns === null ? null : balance + returns;
    return { year: first + i, returns, balance };
  });
}
