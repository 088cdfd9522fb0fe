import type { $ZodIssue } from 'zod/v4/core';
import { giveDuplicateRowsNewIds, salvagePlan, type Repair } from './salvage';
import { PLAN_SCHEMA_VERSION, planSchema, type Plan } from './schema';

/**
 * Migrations, keyed by the version they migrate *from*: `MIGRATIONS[n]` turns a plan of version n
 * into version n + 1. A migration receives the raw object and must keep every field it does not
 * handle (copy, then change), so data from fields it does not know survives.
 *
 * Version 1 is the first released version, so there is nothing to migrate yet. When you raise
 * PLAN_SCHEMA_VERSION: add `MIGRATIONS[old]`, and freeze a plan of the old version in
 * test/plan/fixtures/plan-v<old>.json (the migration test reads every fixture there).
 */
export const MIGRATIONS: Record<number, (plan: Record<string, unknown>) => Record<string, unknown>> = {};

export type ReadPlanResult =
  /** `repairs` lists what reading had to mend (see salvage.ts); empty for a sound plan. */
  | { ok: true; plan: Plan; migratedFrom: number | null; repairs: Repair[] }
  | { ok: false; reason: 'newer'; version: number; message: string }
  | { ok: false; reason: 'invalid'; message: string; issues: $ZodIssue[] };

/** Reads a stored or imported plan of any released version: checks it, migrates it, validates it. */
export function readPlan(raw: unknown): ReadPlanResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, reason: 'invalid', message: 'Dit is geen plan.', issues: [] };
  }
  const version = (raw as Record<string, unknown>)['schemaVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, reason: 'invalid', message: 'Dit plan heeft geen geldig versienummer.', issues: [] };
  }
  if (version > PLAN_SCHEMA_VERSION) {
    return {
      ok: false,
      reason: 'newer',
      version,
      message: `Dit plan is gemaakt met een nieuwere versie van deze site (planversie ${version}). Vernieuw de pagina of werk de site bij; het plan blijft ongewijzigd bewaard.`,
    };
  }
  let current = raw as Record<string, unknown>;
  for (let v = version; v < PLAN_SCHEMA_VERSION; v++) {
    const migrate = MIGRATIONS[v];
    if (!migrate) return { ok: false, reason: 'invalid', message: `Er is geen omzetting van planversie ${v}.`, issues: [] };
    current = { ...migrate(current), schemaVersion: v + 1 };
  }
  const migratedFrom = version === PLAN_SCHEMA_VERSION ? null : version;
  const repairs: Repair[] = [];
  let parsed = planSchema.safeParse(current);
  if (!parsed.success) {
    // One unreadable field must not cost the whole plan: mend field by field, then try again.
    const salvaged = salvagePlan(current);
    parsed = planSchema.safeParse(salvaged.data);
    // The issues say exactly where; describe-issue.ts turns them into Dutch where a reader needs it
    // (kept out of this module so pages that only read their own storage do not load it).
    if (!parsed.success) return { ok: false, reason: 'invalid', message: 'Dit plan klopt niet.', issues: parsed.error.issues };
    repairs.push(...salvaged.repairs);
  }
  giveDuplicateRowsNewIds(parsed.data, repairs);
  return { ok: true, plan: parsed.data, migratedFrom, repairs };
}
