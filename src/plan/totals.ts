import type { Plan } from './schema';

/** Rounds to whole cents: adding amounts in binary leaves noise (0,1 + 0,2 is 0,30000000000000004). */
const cents = (n: number) => Math.round(n * 100) / 100;
const sum = (values: Array<number | null | undefined>) => cents(values.reduce<number>((n, v) => n + (v ?? 0), 0));

/** Budget of step 6: total cost, total expected return, and the balance. */
export function budgetTotals(plan: Plan) {
  const cost = sum(plan.develop.budget.map((r) => r.cost));
  const returns = sum(plan.develop.budget.map((r) => r.returns));
  return { cost, returns, balance: cents(returns - cost) };
}

/** Opportunities of step 6: total value and value weighted by the chance of success. */
export function pipelineTotals(plan: Plan) {
  const rows = plan.develop.opportunities;
  return {
    total: sum(rows.map((r) => r.value)),
    weighted: Math.round(sum(rows.map((r) => (r.value ?? 0) * ((r.probability ?? 0) / 100)))),
  };
}
