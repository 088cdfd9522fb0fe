import { newId } from './ids';
import { fitName } from './limits';
import { accountPlanName, firstPlanName, newPlanName, untitledPlanName } from '../messages';
import { PLAN_SCHEMA_VERSION, type Plan } from './schema';
import { readPlanObject } from '../values/validate';

/** A new, empty plan with every field at its default. */
export function createPlan(name = untitledPlanName, now: Date = new Date()): Plan {
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

/** What naming a plan needs: its name, and the account and author from its cover. */
export interface PlanNaming {
  name: string;
  cover: Pick<Plan['cover'], 'account' | 'author'>;
}

/**
 * The names the site gives a plan by itself ("Mijn plan" for the first, "Nieuw plan" for the next,
 * "Naamloos plan" for one read without a name). A plan with one of these, or with no name, was not
 * named by the reader: it is called after its account as soon as that is filled in.
 */
export const DEFAULT_PLAN_NAMES: readonly string[] = [firstPlanName, newPlanName, untitledPlanName];

/** Whether the reader left the plan's name to the site (empty or one of the default names). */
export function isDefaultName(name: string): boolean {
  const trimmed = name.trim();
  return trimmed === '' || DEFAULT_PLAN_NAMES.includes(trimmed);
}

/**
 * The name to show for a plan: the name the reader gave it; else "Accountplan <klant>" once the
 * account is filled in; else its default name. Derived, never stored: a plan that was "Mijn plan"
 * before this rule existed is called after its account too, and a new account renames it.
 */
export function planDisplayName(plan: { name: string; cover: Pick<Plan['cover'], 'account'> }): string {
  if (!isDefaultName(plan.name)) return plan.name.trim();
  const account = plan.cover.account.trim();
  if (account) return fitName(accountPlanName(account.replace(/\s+/g, ' ')));
  return plan.name.trim() || untitledPlanName;
}

/** A deep copy of a plan under a new id and name (for "dupliceer" and "gebruik als startpunt"). */
export function copyPlan(plan: Plan, name: string, now: Date = new Date()): Plan {
  const copy = structuredClone(plan);
  const stamp = now.toISOString();
  return { ...copy, id: newId(), name, createdAt: stamp, updatedAt: stamp };
}
