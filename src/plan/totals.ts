import type { Plan } from './schema';

const sum = (values: Array<number | null | undefined>) => values.reduce<number>((n, v) => n + (v ?? 0), 0);

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
  return { hours, cost, extraRevenue, returns, balance: returns - cost };
}

/** Sales opportunities of step 6: total expected revenue and the total weighted by probability. */
export function pipelineTotals(plan: Plan) {
  const rows = plan.develop.opportunities;
  return {
    total: sum(rows.map((r) => r.value)),
    weighted: Math.round(sum(rows.map((r) => (r.value ?? 0) * ((r.probability ?? 0) / 100)))),
  };
}
