import type { Plan } from './schema';

/** Rounds to whole cents: adding amounts in binary leaves noise (0,1 + 0,2 is 0,30000000000000004). */
const cents = (n: number) => Math.round(n * 100) / 100;
const sum = (values: Array<number | null | undefined>) => cents(values.reduce<number>((n, v) => n + (v ?? 0), 0));

/**
 * Budget of step 6: hours, total cost (hours included), expected extra revenue, expected extra
 * gross margin (`returns`), and the balance of margin minus cost.
 */
export function budgetTotals(plan: Plan) {
  const rows = plan.develop.budget;
  const hours = sum(rows.map((r) => r.hours));
  const cost = sum(rows.map((r) => r.cost));
  const extraRevenue = sum(rows.map((r) => r.extraRevenue));
  const returns = sum(rows.map((r) => r.returns));
  return { hours, cost, extraRevenue, returns, balance: cents(returns - cost) };
}

/** Sales opportunities of step 6: total expected revenue and the total weighted by probability. */
export function pipelineTotals(plan: Plan) {
  const rows = plan.develop.opportunities;
  return {
    total: sum(rows.map((r) => r.value)),
    weighted: Math.round(sum(rows.map((r) => (r.value ?? 0) * ((r.probability ?? 0) / 100)))),
  };
}
