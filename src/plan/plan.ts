import { newId } from './ids';
import { PLAN_SCHEMA_VERSION, planSchema, type Plan } from './schema';

/** A new, empty plan with every field at its default. */
export function createPlan(name = 'Naamloos plan', now: Date = new Date()): Plan {
  const stamp = now.toISOString();
  return planSchema.parse({ schemaVersion: PLAN_SCHEMA_VERSION, id: newId(), name, createdAt: stamp, updatedAt: stamp });
}

/** The name to show for a plan: its own name, else the account, else a neutral word. */
export function planDisplayName(plan: Pick<Plan, 'name' | 'cover'>): string {
  return plan.name.trim() || plan.cover.account.trim() || 'Naamloos plan';
}

/** A deep copy of a plan under a new id and name (for "dupliceer" and "gebruik als startpunt"). */
export function copyPlan(plan: Plan, name: string, now: Date = new Date()): Plan {
  const copy = structuredClone(plan);
  const stamp = now.toISOString();
  return { ...copy, id: newId(), name, createdAt: stamp, updatedAt: stamp };
}
