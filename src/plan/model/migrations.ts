import { notAPlan, noPlanVersion, planFromNewerSite, planInvalid } from '../messages';
import { PLAN_SCHEMA_VERSION, type Plan } from './schema';
import { readPlanObject, type Issue, type Repair } from '../values/validate';

/** One change of the stored plan between two released versions. */
export interface Migration {
  /** The version it reads; it writes `from + 1`. */
  from: number;
  /** What changed, in a sentence (shown nowhere; read by whoever adds the next one). */
  description: string;
  /**
   * Turns a plan of version `from` into version `from + 1`. It receives the raw object and must
   * keep every field it does not handle (copy, then change), so data from fields it does not know
   * survives.
   */
  migrate: (plan: Record<string, unknown>) => Record<string, unknown>;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The migrations, in order. When you raise PLAN_SCHEMA_VERSION: add one here, and freeze a plan
 * of the old version in test/plan/model/fixtures/plan-v<old>.json (the migration test reads every
 * fixture there).
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    // Budget lines of step 6 no longer store their cost: it is computed as hours × hourly rate +
    // other costs. A v1 cost (typed with the hours already in it) becomes the other costs, with no
    // rate, so every total stays the same. The fields v2 adds (own organisation, classification,
    // purchasing, account strategy, finance) start empty.
    description: 'Budget cost computed from hours, rate and other costs; a v1 cost becomes other costs.',
    migrate: (plan) => {
      const develop = plan['develop'];
      if (!isObject(develop) || !Array.isArray(develop['budget'])) return { ...plan };
      const budget = develop['budget'].map((row: unknown) => {
        if (!isObject(row) || !('cost' in row)) return row;
        const { cost, ...rest } = row;
        // A cost that was no amount is left for reading to report; it must not vanish here.
        return 'otherCost' in rest ? { ...rest, cost } : { ...rest, otherCost: cost };
      });
      return { ...plan, develop: { ...develop, budget } };
    },
  },
  {
    from: 2,
    // Step 6 builds the revenue target up from the existing revenue and the sales opportunities,
    // and a budget line names the opportunity it serves instead of typing its extra revenue and
    // margin. A v2 line's typed extraRevenue and returns stay in the row, unread, so nothing the
    // reader typed is lost. The fields v3 adds (growth of the existing revenue, what an opportunity
    // replaces, the line's opportunity, a forecast year, what a trend means, our position, the
    // purchasing portfolio and phases) start empty. (Descriptions are short: this module is in
    // every worksheet's code; the comment says the rest.)
    description: 'Revenue bridge in step 6; budget lines name their opportunity; new fields empty.',
    // Every new field reads as its default and every old value is kept as it is: nothing to convert.
    migrate: (plan) => ({ ...plan }),
  },
  {
    from: 3,
    description: 'Adds the section presentatie (slides, length, interview answers), empty; an unknown member of that name moves to presentatie-v3.',
    migrate: (plan) => {
      if (!('presentatie' in plan)) return { ...plan, presentatie: {} };
      const { presentatie, ...rest } = plan;
      return { ...rest, 'presentatie-v3': presentatie, presentatie: {} };
    },
  },
];

// Checked when the module loads: one migration per version step, in order, up to the current one.
MIGRATIONS.forEach((m, i) => {
  if (m.from !== i + 1) throw new Error(`Migration ${i} reads version ${m.from}; expected ${i + 1}.`);
});
if (MIGRATIONS.length !== PLAN_SCHEMA_VERSION - 1)
  throw new Error(`PLAN_SCHEMA_VERSION is ${PLAN_SCHEMA_VERSION} but there are ${MIGRATIONS.length} migrations.`);

export type ReadPlanResult =
  /** `repairs` lists what reading had to mend (see validate.ts); empty for a sound plan. */
  | { ok: true; plan: Plan; migratedFrom: number | null; repairs: Repair[] }
  | { ok: false; reason: 'newer'; version: number; message: string }
  | { ok: false; reason: 'invalid'; message: string; issues: Issue[] };

/** Reads a stored or imported plan of any released version: checks it, migrates it, mends it. */
export function readPlan(raw: unknown): ReadPlanResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, reason: 'invalid', message: notAPlan, issues: [] };
  }
  const version = (raw as Record<string, unknown>)['schemaVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, reason: 'invalid', message: noPlanVersion, issues: [] };
  }
  if (version > PLAN_SCHEMA_VERSION) {
    return {
      ok: false,
      reason: 'newer',
      version,
      message: planFromNewerSite(version),
    };
  }
  let current = raw as Record<string, unknown>;
  for (const migration of MIGRATIONS.slice(version - 1)) current = { ...migration.migrate(current), schemaVersion: migration.from + 1 };
  const read = readPlanObject({ ...current, schemaVersion: PLAN_SCHEMA_VERSION });
  // The issues say exactly where; describe-issue.ts turns them into Dutch where a reader needs it.
  if (!read.ok) return { ok: false, reason: 'invalid', message: planInvalid, issues: read.issues };
  return { ok: true, plan: read.plan, migratedFrom: version === PLAN_SCHEMA_VERSION ? null : version, repairs: read.repairs };
}
