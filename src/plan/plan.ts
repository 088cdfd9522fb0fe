import { newId } from './ids';
import { PLAN_SCHEMA_VERSION, type Plan } from './schema';
import { readPlanObject } from './validate';

/** A new, empty plan with every field at its default. */
export function createPlan(name = 'Naamloos plan', now: Date = new Date()): Plan {
  const stamp = now.toISOString();
  const read = readPlanObject({ schemaVersion: PLAN_SCHEMA_VERSION, id: newId(), name, createdAt: stamp, updatedAt: stamp });
  if (!read.ok) throw new Error('A new plan always reads');
  return read.plan;
}

/**
 * The plan a part shows before it has read the reader's plans (server render, first client
 * render): every field empty, with fixed id and times so server and client agree.
 */
export function placeholderPlan(): Plan {
  const read = readPlanObject({ schemaVersion: PLAN_SCHEMA_VERSION, id: 'leeg' });
  if (!read.ok) throw new Error('The placeholder plan always reads');
  return read.plan;
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
